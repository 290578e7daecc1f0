/* Guidebook theme: sidebar contents from toc.js, reading progress, drawer on small screens, light/dark toggle.
   No framework. */
(function () {
  'use strict';
  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var current = body.getAttribute('data-page');

  /* Sidebar: built from window.GUIDEBOOK_TOC so the contents are written once for the whole site. */
  var sidebar = document.getElementById('sidebar');
  if (sidebar && window.GUIDEBOOK_TOC) {
    var frag = document.createDocumentFragment();
    var home = document.createElement('a');
    home.href = root + 'index.html';
    home.className = 'sidebar-home';
    home.textContent = 'Home';
    if (current === 'home') home.setAttribute('aria-current', 'page');
    frag.appendChild(home);
    window.GUIDEBOOK_TOC.forEach(function (part) {
      var title = document.createElement('p');
      title.className = 'sidebar-part';
      title.textContent = part.t;
      frag.appendChild(title);
      var list = document.createElement('ul');
      part.c.forEach(function (entry) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = root + entry[0] + '.html';
        link.textContent = entry[1];
        if (entry[0] === current) link.setAttribute('aria-current', 'page');
        item.appendChild(link);
        list.appendChild(item);
      });
      frag.appendChild(list);
    });
    sidebar.textContent = '';
    sidebar.appendChild(frag);
    var active = sidebar.querySelector('[aria-current="page"]');
    if (active && active.scrollIntoView) active.scrollIntoView({ block: 'center' });
  }

  /* Reading progress, kept in this browser only (localStorage under the guide's identifier): a chapter is read
     once the reader scrolls to its end or marks it; the home page (the single file's cover) shows where to
     continue and how much of each part is read. In the single file, guide.js also starts the study views,
     whose script sits in the page as inert text until the reader opens one. */
  var onePage = body.hasAttribute('data-one-page');
  var progressKey = 'guidebook:' + (body.getAttribute('data-guide') || '') + ':progress';
  var progress = { read: {}, last: '' };
  try { progress = JSON.parse(localStorage.getItem(progressKey)) || progress; } catch (e) { /* fresh */ }
  progress.read = progress.read || {};
  function saveProgress() {
    try { localStorage.setItem(progressKey, JSON.stringify(progress)); } catch (e) { /* kept for this page */ }
  }
  /* The chapters: the site's toc.js, or the single file's chapters (articles with a part line). */
  function chapterList() {
    if (!onePage) return window.GUIDEBOOK_TOC || [];
    var parts = [];
    Array.prototype.forEach.call(document.querySelectorAll('article.print-chapter'), function (a) {
      var part = a.querySelector('.chapter-part');
      if (!part) return;
      if (!parts.length || parts[parts.length - 1].t !== part.textContent) parts.push({ t: part.textContent, c: [] });
      parts[parts.length - 1].c.push([a.id, a.querySelector('h1').textContent]);
    });
    return parts;
  }
  function chapterUrl(id) { return onePage ? '#' + id : root + id + '.html'; }
  function showProgress() {
    var box = document.getElementById('reading-progress');
    if (!box) return;
    var parts = chapterList();
    var titles = {};
    var list = document.getElementById('progress-parts');
    list.textContent = '';
    var any = false;
    parts.forEach(function (part) {
      var read = part.c.filter(function (c) { titles[c[0]] = c[1]; return progress.read[c[0]]; }).length;
      if (read) any = true;
      var item = document.createElement('li');
      item.textContent = part.t + ': ' + read + ' of ' + part.c.length + ' read';
      var bar = document.createElement('span');
      bar.className = 'progress-bar';
      bar.setAttribute('aria-hidden', 'true');
      bar.appendChild(document.createElement('span')).style.width = Math.round(100 * read / part.c.length) + '%';
      item.appendChild(bar);
      list.appendChild(item);
    });
    var go = document.getElementById('progress-continue');
    go.textContent = '';
    if (titles[progress.last]) {
      go.appendChild(document.createTextNode('Continue where you left off: '));
      var link = go.appendChild(document.createElement('a'));
      link.href = chapterUrl(progress.last);
      link.textContent = titles[progress.last];
    }
    box.hidden = !any && !titles[progress.last];
    Array.prototype.forEach.call(document.querySelectorAll('.card > a, .print-toc li > a'), function (a) {
      var id = (a.getAttribute('href') || '').replace(/^#/, '').replace(/\.html$/, '');
      a.parentNode.classList.toggle('is-read', !!progress.read[id]);
    });
  }
  function markButton(id, before) {
    var p = document.createElement('p');
    p.className = 'read-mark';
    var b = p.appendChild(document.createElement('button'));
    b.type = 'button';
    function label() { b.textContent = progress.read[id] ? 'Read \u2713 (mark as unread)' : 'Mark as read'; }
    b.addEventListener('click', function () {
      if (progress.read[id]) delete progress.read[id]; else progress.read[id] = 1;
      saveProgress();
      label();
    });
    label();
    before.parentNode.insertBefore(p, before);
    return label;
  }
  /* Each chapter's end: when it comes into view after the reader has scrolled, the chapter is read. */
  var ends = [];
  if (current === 'home') {
    showProgress();
  } else if (body.classList.contains('page-chapter')) {
    progress.last = current;
    saveProgress();
    var pager = document.querySelector('.pager');
    if (pager) ends.push({ id: current, el: pager, label: markButton(current, pager) });
  } else if (onePage) {
    showProgress();
    Array.prototype.forEach.call(document.querySelectorAll('article.print-chapter'), function (a) {
      var end = a.querySelector('footer.pager');
      if (a.querySelector('.chapter-part') && end) ends.push({ id: a.id, el: end, label: markButton(a.id, end), article: a });
    });
  }
  if (ends.length && 'IntersectionObserver' in window) {
    var scrolled = false;
    var seen = [];
    var watch = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var end = ends.filter(function (x) { return x.el === entry.target; })[0];
        if (entry.isIntersecting && seen.indexOf(end) < 0) seen.push(end);
        if (!entry.isIntersecting && seen.indexOf(end) >= 0) seen.splice(seen.indexOf(end), 1);
      });
      if (scrolled) markSeen();
    });
    var visited = {}; /* single file: chapters that crossed the top of the window (a jump past one reads nothing) */
    function markSeen() {
      seen.forEach(function (end) {
        if (progress.read[end.id] || (onePage && !visited[end.id])) return;
        progress.read[end.id] = 1;
        saveProgress();
        end.label();
      });
    }
    ends.forEach(function (end) { watch.observe(end.el); });
    window.addEventListener('scroll', function () { if (!scrolled) { scrolled = true; markSeen(); } }, { passive: true });
    if (onePage) { /* the chapter being read: the one across the top of the window */
      var lastTimer = null;
      window.addEventListener('scroll', function () {
        clearTimeout(lastTimer);
        lastTimer = setTimeout(function () {
          var here = '';
          ends.forEach(function (end) {
            var box = end.article.getBoundingClientRect();
            if (box.top < 80 && box.bottom > 80) here = end.id; /* not a study view or the back matter */
          });
          if (here) visited[here] = true;
          if (here && here !== progress.last) { progress.last = here; saveProgress(); }
          if (scrolled) markSeen();
        }, 300);
      }, { passive: true });
    }
  }
  var clear = document.getElementById('progress-clear');
  if (clear) {
    clear.addEventListener('click', function () {
      progress = { read: {}, last: '' };
      saveProgress();
      ends.forEach(function (end) { end.label(); });
      showProgress();
    });
  }
  if (onePage) { /* the study code follows this script in the page: look it up when a view opens */
    var studyLoaded = false;
    var openStudy = function (view, deck) {
      var source = document.getElementById('study-code');
      if (!source) return;
      if (!studyLoaded) {
        studyLoaded = true;
        var code = document.createElement('script');
        code.text = source.textContent;
        body.appendChild(code);
      }
      if (window.GuidebookStudy) window.GuidebookStudy.open(view, deck);
    };
    var fromHash = function () {
      var view = location.hash.slice(1);
      if (view === 'flashcards' || view === 'practice') openStudy(view);
    };
    document.addEventListener('click', function (event) {
      var start = event.target.closest && event.target.closest('[data-study-start], a[data-deck], a[href="#flashcards"], a[href="#practice"]');
      if (!start) return;
      var view = start.getAttribute('data-study-start') || start.getAttribute('href').slice(1);
      var article = start.hasAttribute('data-deck') && start.closest('article');
      openStudy(view, article ? 'chapter:' + article.id : null);
    });
    window.addEventListener('hashchange', fromHash);
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fromHash); else fromHash();
  }

  /* Drawer: the Contents link becomes a button that opens the sidebar over the page on small screens. */
  var menu = document.getElementById('menu-button');
  var narrow = window.matchMedia('(max-width: 60rem)');
  function setOpen(open, focusBack) {
    body.classList.toggle('drawer-open', open);
    menu.setAttribute('aria-expanded', String(open));
    if (open) {
      var first = sidebar.querySelector('[aria-current="page"]') || sidebar.querySelector('a');
      if (first) first.focus();
    } else if (focusBack) {
      menu.focus();
    }
  }
  if (menu && sidebar) {
    menu.setAttribute('role', 'button');
    menu.setAttribute('aria-expanded', 'false');
    menu.addEventListener('click', function (event) {
      if (!narrow.matches) return; /* wide screens show the sidebar; the link still goes to the contents */
      event.preventDefault();
      setOpen(!body.classList.contains('drawer-open'), false);
    });
    menu.addEventListener('keydown', function (event) {
      if (event.key === ' ') { event.preventDefault(); menu.click(); }
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && body.classList.contains('drawer-open')) setOpen(false, true);
    });
    document.addEventListener('click', function (event) {
      if (body.classList.contains('drawer-open') && !sidebar.contains(event.target) && !menu.contains(event.target)) {
        setOpen(false, false);
      }
    });
  }

  /* Light/dark toggle: remembers the reader's choice; without a choice the system setting applies. */
  var toggle = document.getElementById('theme-toggle');
  var html = document.documentElement;
  var prefersDark = window.matchMedia('(prefers-color-scheme: dark)');
  function effectiveTheme() {
    return html.getAttribute('data-theme') || (prefersDark.matches ? 'dark' : 'light');
  }
  function label() {
    var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    toggle.setAttribute('aria-label', 'Use ' + next + ' theme');
    toggle.setAttribute('title', 'Use ' + next + ' theme');
  }
  if (toggle) {
    toggle.hidden = false;
    label();
    toggle.addEventListener('click', function () {
      var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      try { localStorage.setItem('guidebook-theme', next); } catch (e) { /* not saved; still applied */ }
      label();
    });
    if (prefersDark.addEventListener) prefersDark.addEventListener('change', label);
  }

  /* Offline app: over http(s) a site page (its icon link names the web app manifest) links the manifest and
     registers the service worker, which keeps every file of the build; when a newer build's worker waits, a
     prompt offers to reload into it. From file:// nothing happens: no worker can register there, and a manifest
     link would only be refused. The single file names no manifest. */
  var app = document.querySelector('link[data-manifest]');
  if (app && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
    var manifest = document.createElement('link');
    manifest.rel = 'manifest';
    manifest.href = app.getAttribute('data-manifest');
    document.head.appendChild(manifest);
    var reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', function () { if (reloading) location.reload(); });
    navigator.serviceWorker.register(root + 'sw.js').then(function (registration) {
      function offer(worker) {
        if (!navigator.serviceWorker.controller || document.getElementById('update-prompt')) return;
        var prompt = document.createElement('aside');
        prompt.id = 'update-prompt';
        prompt.className = 'update-prompt';
        prompt.setAttribute('aria-label', 'Update');
        prompt.innerHTML = '<p role="status">New version available \u2014 <button type="button">Reload</button></p>';
        prompt.querySelector('button').addEventListener('click', function () {
          reloading = true;
          worker.postMessage('skipWaiting');
        });
        body.appendChild(prompt);
      }
      if (registration.waiting) offer(registration.waiting);
      registration.addEventListener('updatefound', function () {
        var worker = registration.installing;
        if (worker) worker.addEventListener('statechange', function () { if (worker.state === 'installed') offer(worker); });
      });
    }, function () { /* no worker (storage blocked, a private window): the site still works online */ });
  }

  /* Diagrams: a tap or Enter opens the diagram full screen, where it can be zoomed, pinch-zoomed and
     scrolled; Esc or Close puts it back. The SVG itself moves into the viewer (no copy, so ids stay unique). */
  var viewer = null;
  var zoom = 1;
  var shown = null;
  function applyZoom() {
    var natural = parseFloat(shown.svg.getAttribute('width')) || shown.svg.getBoundingClientRect().width;
    shown.svg.style.width = Math.round(natural * zoom) + 'px';
    shown.svg.style.maxWidth = 'none';
    viewer.querySelector('.viewer-zoom-level').textContent = Math.round(zoom * 100) + '%';
  }
  function buildViewer() {
    viewer = document.createElement('dialog');
    viewer.className = 'diagram-viewer';
    viewer.setAttribute('aria-label', 'Diagram');
    viewer.innerHTML = '<div class="viewer-bar"><p class="viewer-caption"></p>' +
      '<button type="button" class="viewer-out" aria-label="Zoom out">\u2212</button>' +
      '<span class="viewer-zoom-level" aria-live="polite"></span>' +
      '<button type="button" class="viewer-in" aria-label="Zoom in">+</button>' +
      '<button type="button" class="viewer-close">Close</button></div><div class="viewer-body" tabindex="0"></div>';
    document.body.appendChild(viewer);
    viewer.querySelector('.viewer-close').addEventListener('click', function () { viewer.close(); });
    viewer.querySelector('.viewer-in').addEventListener('click', function () { zoom = Math.min(4, zoom * 1.25); applyZoom(); });
    viewer.querySelector('.viewer-out').addEventListener('click', function () { zoom = Math.max(0.25, zoom / 1.25); applyZoom(); });
    viewer.addEventListener('close', function () {
      if (!shown) return;
      shown.svg.style.width = '';
      shown.svg.style.maxWidth = '';
      shown.button.insertBefore(shown.svg, shown.button.firstChild);
      shown.button.focus();
      shown = null;
      body.classList.remove('viewer-open');
    });
  }
  function openDiagram(frame, button) {
    var svg = button.querySelector('svg');
    if (!svg || typeof HTMLDialogElement === 'undefined') return;
    if (!viewer) buildViewer();
    var caption = frame.parentNode.querySelector('figcaption');
    viewer.querySelector('.viewer-caption').textContent = caption ? caption.textContent : '';
    viewer.setAttribute('aria-label', caption ? caption.textContent : 'Diagram');
    shown = { svg: svg, button: button };
    viewer.querySelector('.viewer-body').appendChild(svg);
    var natural = parseFloat(svg.getAttribute('width')) || 600;
    var room = window.innerWidth - 16;
    zoom = natural > room ? 1 : Math.min(2, room / natural);
    applyZoom();
    body.classList.add('viewer-open');
    viewer.showModal();
    viewer.querySelector('.viewer-close').focus();
  }
  /* The diagram itself becomes a real button named by its content (the diagram's accessible name), so what is
     seen is what is announced; its title says what it does, as a description and a tooltip, and adds no text
     to the page (the single file's search reads snippets from the page). Made here, not in the page, because
     only the script can open the viewer. */
  Array.prototype.forEach.call(document.querySelectorAll('figure.diagram .diagram-frame'), function (frame) {
    var svg = frame.querySelector('svg');
    if (!svg) return;
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'diagram-open';
    button.title = 'Open full screen';
    frame.insertBefore(button, svg);
    button.appendChild(svg);
    button.addEventListener('click', function () { openDiagram(frame, button); });
    frame.addEventListener('click', function (event) { if (event.target === frame) openDiagram(frame, button); });
  });
})();
