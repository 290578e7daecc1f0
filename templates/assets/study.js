/* Study views: flashcards scheduled by srs.js (SM-2) and the timed practice interview. The site loads this on
   flashcards.html and practice.html only; the single file holds it as inert text that guide.js runs when the
   reader opens a view. Everything stays in this browser's localStorage, under the guide's identifier. */
(function () {
  'use strict';
  var body = document.body;
  var prefix = 'guidebook:' + (body.getAttribute('data-guide') || '') + ':';
  var srs = window.GuidebookSrs;
  var api = {
    /* The clock every view reads: one function, so a test can move time. */
    now: function () { return Date.now(); }
  };

  /* Storage can throw (file:// in some browsers, private modes, a full quota): then state lives for the page only. */
  var memory = {};
  function load(key, fallback) {
    var text = null;
    try { text = localStorage.getItem(prefix + key); } catch (e) { text = memory[key] || null; }
    if (text === null) text = memory[key] || null;
    try { return text ? JSON.parse(text) : fallback; } catch (e) { return fallback; }
  }
  function save(key, value) {
    var text = JSON.stringify(value);
    memory[key] = text;
    try { localStorage.setItem(prefix + key, text); } catch (e) { /* kept for this page only */ }
  }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  /* A copy of a question or answer for the card, without ids (the original stays on the page); diagrams keep theirs. */
  function copyOf(node) {
    var copy = node.cloneNode(true);
    Array.prototype.forEach.call(copy.querySelectorAll('[id]'), function (e) {
      if (!e.closest('svg')) e.removeAttribute('id');
    });
    if (copy.id) copy.removeAttribute('id');
    return copy;
  }
  function typing(target) {
    return target && /^(INPUT|SELECT|TEXTAREA|BUTTON|A|SUMMARY)$/.test(target.tagName);
  }

  /* ---------- Flashcards ---------- */

  /* Every card on the page: the flashcards page lists them by chapter; in the single file they are the
     chapters' own check-yourself questions. A card's id is <chapter-id>#<heading-id> in both. */
  function collectCards() {
    var cards = [];
    Array.prototype.forEach.call(document.querySelectorAll('details.qa'), function (d) {
      var holder = d.closest('[data-deck-chapter]') || d.closest('article.print-chapter');
      var question = d.querySelector('summary');
      var answer = d.querySelector('.answer');
      if (!holder || !question || !answer) return;
      var chapter = holder.getAttribute('data-deck-chapter') || holder.id;
      var heading = question.querySelector('h3');
      var id = d.getAttribute('data-card') || (heading ? chapter + '#' + heading.id.replace(chapter + '--', '') : '');
      var partEl = holder.querySelector('.chapter-part');
      var titleEl = holder.querySelector('h1');
      cards.push({ id: id, chapter: chapter, question: heading || question, answer: answer,
        part: holder.getAttribute('data-part') || (partEl ? partEl.textContent : ''),
        title: holder.getAttribute('data-title') || (titleEl ? titleEl.textContent : chapter) });
    });
    return cards;
  }

  function interval(days) { return days === 1 ? '1 day' : days + ' days'; }
  function longDate(date) {
    var p = date.split('-');
    return new Date(+p[0], +p[1] - 1, +p[2]).toLocaleDateString(undefined, { year: 'numeric', month: 'long', day: 'numeric' });
  }

  var flash = null;
  function flashcards(app, deck) {
    if (flash) { if (deck) flash.choose(deck); return; }
    var cards = collectCards();
    if (!cards.length || !srs) return;
    var states = load('cards', {});
    var queue = [];
    var current = null;
    var revealed = false;
    var list = document.getElementById('card-list');
    if (list) list.hidden = true;
    app.hidden = false;
    app.textContent = '';

    var bar = el('div', 'fc-bar');
    var label = el('label', '', 'Deck');
    label.htmlFor = 'fc-deck';
    var select = el('select');
    select.id = 'fc-deck';
    bar.appendChild(label);
    bar.appendChild(select);
    var status = el('p', 'fc-status');
    status.setAttribute('role', 'status');
    var card = el('div', 'fc-card');
    card.setAttribute('aria-live', 'polite');
    var meta = el('p', 'fc-meta');
    var question = el('div', 'fc-question');
    var answer = el('div', 'fc-answer');
    answer.hidden = true;
    card.appendChild(meta);
    card.appendChild(question);
    card.appendChild(answer);
    var actions = el('div', 'fc-actions');
    var reveal = el('button', 'fc-reveal');
    reveal.type = 'button';
    reveal.appendChild(document.createTextNode('Show answer '));
    var key = el('kbd', '', 'Space');
    key.setAttribute('aria-hidden', 'true');
    reveal.appendChild(key);
    var rate = el('div', 'fc-rate');
    rate.hidden = true;
    var buttons = {};
    ['again', 'hard', 'good', 'easy'].forEach(function (grade, i) {
      var b = el('button', 'fc-grade fc-' + grade);
      b.type = 'button';
      b.setAttribute('data-grade', grade);
      b.appendChild(el('span', 'fc-grade-name', grade.charAt(0).toUpperCase() + grade.slice(1)));
      b.appendChild(el('span', 'fc-next'));
      var k = el('kbd', '', String(i + 1));
      k.setAttribute('aria-hidden', 'true');
      b.appendChild(k);
      b.addEventListener('click', function () { grade_(grade); });
      buttons[grade] = b;
      rate.appendChild(b);
    });
    actions.appendChild(reveal);
    actions.appendChild(rate);
    var help = el('p', 'fc-help', 'Space or a tap on the card shows the answer; 1–4 or the buttons rate it (on a touch'
      + ' screen, swipe the card left for Again, right for Good). A card rated Again or Hard comes back before the end of'
      + ' the session.');
    [bar, status, card, actions, help].forEach(function (e) { app.appendChild(e); });

    function today() { return srs.day(api.now()); }
    function decks() {
      var t = today();
      var due = cards.filter(function (c) { return srs.isDue(states[c.id], t); }).length;
      var options = [['due', 'Due today (' + due + ')'], ['all', 'All cards (' + cards.length + ')']];
      var parts = [];
      var chapters = [];
      cards.forEach(function (c) {
        if (c.part && parts.indexOf(c.part) < 0) parts.push(c.part);
        if (!chapters.some(function (x) { return x[0] === c.chapter; })) chapters.push([c.chapter, c.title]);
      });
      var value = select.value;
      select.textContent = '';
      options.forEach(function (o) { select.appendChild(new Option(o[1], o[0])); });
      function group(name, entries) {
        var g = document.createElement('optgroup');
        g.label = name;
        entries.forEach(function (o) { g.appendChild(new Option(o[1], o[0])); });
        select.appendChild(g);
      }
      group('Parts', parts.map(function (p) {
        return ['part:' + p, p + ' (' + cards.filter(function (c) { return c.part === p; }).length + ')'];
      }));
      group('Chapters', chapters.map(function (c) {
        return ['chapter:' + c[0], c[1] + ' (' + cards.filter(function (x) { return x.chapter === c[0]; }).length + ')'];
      }));
      if (value) select.value = value;
    }
    function inDeck(c, deck, t) {
      if (deck === 'due') return srs.isDue(states[c.id], t);
      if (deck.indexOf('part:') === 0) return c.part === deck.slice(5);
      if (deck.indexOf('chapter:') === 0) return c.chapter === deck.slice(8);
      return true;
    }
    function choose(deck) {
      decks();
      select.value = deck;
      if (select.value !== deck) select.value = 'due';
      var t = today();
      var chosen = cards.filter(function (c) { return inDeck(c, select.value, t); });
      /* Cards due first, in reading order; cards not due yet after them (a chapter deck reviews ahead of time). */
      queue = chosen.filter(function (c) { return srs.isDue(states[c.id], t); })
        .concat(chosen.filter(function (c) { return !srs.isDue(states[c.id], t); }));
      next();
    }
    function next() {
      current = queue.shift() || null;
      revealed = false;
      answer.hidden = true;
      rate.hidden = true;
      question.textContent = '';
      answer.textContent = '';
      if (!current) {
        card.hidden = true;
        reveal.hidden = true;
        var upcoming = cards.map(function (c) { return states[c.id] && states[c.id].due; }).filter(Boolean).sort()[0];
        status.textContent = 'Nothing left in this deck for now.' + (upcoming ? ' Next review: ' + longDate(upcoming) + '.' : '');
        return;
      }
      card.hidden = false;
      reveal.hidden = false;
      var s = states[current.id];
      meta.textContent = current.title + (s && s.due ? ' · due ' + longDate(s.due) : ' · new card');
      Array.prototype.forEach.call(copyOf(current.question).childNodes, function (n) { question.appendChild(n.cloneNode(true)); });
      status.textContent = (queue.length + 1) + (queue.length ? ' cards' : ' card') + ' left in this session.';
      card.setAttribute('data-card', current.id);
    }
    function show() {
      if (!current || revealed) return;
      revealed = true;
      answer.appendChild(copyOf(current.answer));
      answer.hidden = false;
      var t = today();
      Object.keys(buttons).forEach(function (g) {
        var s = states[current.id];
        var after = srs.review(s, srs.GRADES[g], t);
        buttons[g].querySelector('.fc-next').textContent = after === s ? 'again today' : interval(after.interval);
      });
      reveal.hidden = true;
      rate.hidden = false;
      buttons.good.focus();
    }
    function grade_(grade) {
      if (!current || !revealed) return;
      var q = srs.GRADES[grade];
      states[current.id] = srs.review(states[current.id], q, today());
      save('cards', states);
      if (srs.repeatToday(q)) queue.push(current);
      next();
      if (current) reveal.focus();
    }
    reveal.addEventListener('click', show);
    card.addEventListener('click', function (e) { if (!e.target.closest('a')) show(); });
    select.addEventListener('change', function () { choose(select.value); });
    document.addEventListener('keydown', function (e) {
      if (app.hidden || e.altKey || e.ctrlKey || e.metaKey || !current) return;
      if ((e.key === ' ' || e.key === 'Spacebar') && !revealed && !typing(e.target)) { e.preventDefault(); show(); return; }
      if (revealed && /^[1-4]$/.test(e.key) && !/^(INPUT|SELECT|TEXTAREA)$/.test(e.target.tagName)) {
        e.preventDefault();
        grade_(['again', 'hard', 'good', 'easy'][+e.key - 1]);
      }
    });
    var startX = null;
    var startY = null;
    card.addEventListener('touchstart', function (e) { startX = e.touches[0].clientX; startY = e.touches[0].clientY; }, { passive: true });
    card.addEventListener('touchend', function (e) {
      if (startX === null || !revealed) return;
      var dx = e.changedTouches[0].clientX - startX;
      var dy = e.changedTouches[0].clientY - startY;
      startX = null;
      if (Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) grade_(dx < 0 ? 'again' : 'good');
    });
    flash = { choose: choose };
    choose(deck || 'due');
  }

  /* ---------- Practice interview ---------- */

  var practiceStarted = false;
  function practice(root) {
    if (practiceStarted || !root) return;
    practiceStarted = true;
    var $ = function (id) { return document.getElementById(id); };
    var select = $('practice-prompt');
    var steps = Array.prototype.slice.call(root.querySelectorAll('#practice-steps > li'));
    var total = +root.getAttribute('data-minutes') * 60000;
    var session = load('practice', null);
    var notes = $('practice-notes');
    var clock = $('practice-clock');
    var stepNow = $('practice-step-now');
    var timer = null;
    $('practice-setup').hidden = false;

    function option(text) {
      return Array.prototype.filter.call(select.options, function (o) { return o.value === text; })[0];
    }
    function mmss(ms) {
      var s = Math.max(0, Math.round(ms / 1000));
      return Math.floor(s / 60) + ':' + (s % 60 < 10 ? '0' : '') + (s % 60);
    }
    function render() {
      var active = session && session.start;
      $('practice-session').hidden = !active;
      $('practice-notes-box').hidden = !active;
      $('practice-setup').hidden = !!active;
      if (!active) {
        steps.forEach(function (li) { li.classList.remove('step-done', 'step-now'); li.removeAttribute('aria-current'); });
        $('practice-review').hidden = true;
        clearInterval(timer);
        timer = null;
        return;
      }
      $('practice-current-prompt').textContent = session.prompt;
      if (notes.value !== session.notes) notes.value = session.notes || '';
      tick();
      if (!timer) timer = setInterval(tick, 1000);
    }
    function tick() {
      if (!session || !session.start) return;
      var elapsed = (session.ended || api.now()) - session.start;
      var over = session.ended || elapsed >= total;
      var minute = elapsed / 60000;
      var now = -1;
      steps.forEach(function (li, i) {
        var done = over || minute >= +li.getAttribute('data-to');
        var here = !done && minute >= +li.getAttribute('data-from');
        if (here) now = i;
        li.classList.toggle('step-done', done);
        li.classList.toggle('step-now', here);
        if (here) li.setAttribute('aria-current', 'step'); else li.removeAttribute('aria-current');
      });
      clock.textContent = over ? 'Time' : mmss(total - elapsed) + ' left';
      if (over) {
        var title = 'Session over after ' + mmss(Math.min(elapsed, total)) + '. Check your answer below.';
        if (stepNow.textContent !== title) stepNow.textContent = title;
        $('practice-end').hidden = true;
        showReview();
        clearInterval(timer);
        timer = null;
        return;
      }
      $('practice-end').hidden = false;
      var li = steps[now];
      var text = 'Step ' + (now + 1) + ' of ' + steps.length + ': ' + li.querySelector('.step-title').textContent
        + ' — ' + mmss(+li.getAttribute('data-to') * 60000 - elapsed) + ' left in this step';
      stepNow.textContent = text;
      stepNow.setAttribute('data-step', String(now + 1));
    }
    function showReview() {
      var o = option(session.prompt);
      var decide = o ? o.getAttribute('data-decide') : '';
      $('practice-decide-line').hidden = !decide;
      $('practice-decide').textContent = decide || '';
      var sheet = $('practice-sheet');
      var href = o ? o.getAttribute('data-sheet') : '';
      sheet.hidden = !href;
      if (href) {
        sheet.href = href;
        sheet.textContent = 'Cheat sheet: ' + o.getAttribute('data-sheet-title');
      }
      $('practice-review').hidden = false;
    }
    /* A phone shows only the start of a long option: the whole prompt is repeated below the list. */
    function chosen() { $('practice-chosen').textContent = select.value; }
    select.addEventListener('change', chosen);
    chosen();
    $('practice-random').addEventListener('click', function () {
      var n = select.options.length;
      var pick = Math.floor(Math.random() * n);
      if (n > 1 && pick === select.selectedIndex) pick = (pick + 1) % n;
      select.selectedIndex = pick;
      chosen();
    });
    $('practice-start').addEventListener('click', function () {
      session = { prompt: select.value, start: api.now(), ended: 0, notes: '' };
      save('practice', session);
      render();
      $('practice-current-prompt').focus();
    });
    $('practice-end').addEventListener('click', function () {
      session.ended = api.now();
      save('practice', session);
      tick();
    });
    $('practice-new').addEventListener('click', function () {
      session = null;
      save('practice', null);
      notes.value = '';
      render();
      select.focus();
    });
    notes.addEventListener('input', function () {
      if (!session) return;
      session.notes = notes.value;
      save('practice', session);
    });
    api.tick = tick;
    render();
  }

  /* Opens a view: 'flashcards' (with a deck such as 'chapter:<id>') or 'practice'. */
  api.open = function (view, deck) {
    Array.prototype.forEach.call(document.querySelectorAll('[data-study-start="' + view + '"]'), function (b) {
      b.parentNode.hidden = true;
    });
    if (view === 'flashcards') {
      var app = document.getElementById('flashcards-app');
      if (app) flashcards(app, deck);
    } else if (view === 'practice') {
      practice(document.getElementById('practice-app'));
    }
  };
  window.GuidebookStudy = api;

  if (body.classList.contains('page-flashcards')) {
    var m = /^#deck-(.+)$/.exec(location.hash);
    api.open('flashcards', m ? 'chapter:' + decodeURIComponent(m[1]) : null);
  } else if (body.classList.contains('page-practice')) {
    api.open('practice');
  }
})();
