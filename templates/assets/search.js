/* Guidebook search: section-level, offline, no server and no library.
 *
 * The index (search-index.js, written by the build; format in SearchIndexScript.java) is a script, so it
 * loads from file:// as well as from a web server; it is loaded when the reader heads for the search box
 * (pointer, focus, first key) or when the page has been open two seconds, or found already inlined
 * (window.GUIDEBOOK_SEARCH) in a single-file build. The texts for snippets are one small script per page
 * (search/<page>.js, window.GUIDEBOOK_SEARCH_TEXT), loaded when a result on that page is shown; results
 * appear at once and their snippets fill in as the texts arrive. The single file (<body data-one-page>) has
 * no such scripts: the texts are read from its own page (recordText). This file makes no other request and never
 * puts text from the index into the page as HTML: results are built from text nodes and <mark> only.
 *
 * Ranking: each query word matches index words exactly, by plural/suffix, by prefix while it is still
 * being typed (the last word), or with one typo (words of five letters or more), each with a lower
 * weight in that order. A glossary term and its abbreviations are one query word ("ANN" = "approximate
 * nearest neighbor"). Records that contain every query word come first; among them, words in a section
 * title count most, then the chapter title, then the body (rarer words weigh more); an exact phrase in
 * a title adds a bonus.
 */
(function () {
  'use strict';
  var body = document.body;
  var root = body.getAttribute('data-root') || '';
  var WORD = /[\p{L}\p{N}]+/gu;
  var MARKS = /\p{M}+/gu;
  var index = null;
  /* The single file: every id is <page-id>--<id>, and the texts for snippets are read from the page. */
  var onePage = body.hasAttribute('data-one-page');
  /* How long a page must have been open before the index loads without being asked for. */
  var PRELOAD_AFTER_MS = 2000;
  var loading = false;
  var waiting = [];

  function normalize(text) { return text.normalize('NFKD').replace(MARKS, '').toLowerCase(); }
  function tokens(text) { return normalize(text).match(WORD) || []; }

  /* ---------- Loading ---------- */

  function load(done) {
    if (index) { done(true); return; }
    waiting.push(done);
    if (window.GUIDEBOOK_SEARCH) { prepare(); return; }
    if (loading) return;
    loading = true;
    var script = document.createElement('script');
    script.src = root + 'search-index.js';
    script.onload = prepare;
    script.onerror = function () {
      loading = false;
      var callbacks = waiting; waiting = [];
      callbacks.forEach(function (cb) { cb(false); });
    };
    document.head.appendChild(script);
  }

  function prepare() {
    var data = window.GUIDEBOOK_SEARCH;
    var stop = Object.create(null);
    data.x.split(' ').forEach(function (w) { stop[w] = true; });
    var lines = data.r ? data.r.split('\n') : [];
    var n = lines.length;
    var firstOfPage = [], endOfPage = [], pageOf = new Int32Array(n), level = new Uint8Array(n);
    var pagesByWord = Object.create(null);
    data.c.forEach(function (page, i) {
      firstOfPage[i] = page[2];
      endOfPage[i] = i + 1 < data.c.length ? data.c[i + 1][2] : n;
      for (var r = page[2]; r < endOfPage[i]; r++) pageOf[r] = i;
      if (page[0] === 'glossary.html') return;
      tokens(page[1]).forEach(function (w) { (pagesByWord[w] = pagesByWord[w] || []).push(i); });
    });
    for (var r = 0; r < n; r++) level[r] = lines[r].charCodeAt(lines[r].length - 1) - 48;
    index = {
      firstOfPage: firstOfPage,
      endOfPage: endOfPage,
      pageOf: pageOf,
      level: level,
      pagesByWord: pagesByWord,
      pages: data.c,
      records: lines,
      fields: [],
      words: data.w ? data.w.split(' ') : [],
      postingText: data.p ? data.p.split(' ') : [],
      decoded: [],
      stop: stop,
      synonyms: data.s ? data.s.split('\n').map(function (group) {
        return group.split('|').map(function (form) { return form.split(' '); });
      }) : [],
      expansions: Object.create(null)
    };
    var callbacks = waiting; waiting = [];
    callbacks.forEach(function (cb) { cb(true); });
  }

  /* A record's fields, split from its line on first use: page, anchor ('' for a chapter's opening), title,
     level and parent (the h2 record above an h3, else -1), as SearchIndexScript.java writes them. */
  function record(r) {
    var fields = index.fields[r];
    if (fields) return fields;
    var parts = index.records[r].split('\t');
    var level = index.level[r];
    var parent = -1;
    if (level === 3) {
      var q = r - 1;
      while (q >= 0 && index.level[q] === 3) q--;
      if (q >= 0 && index.level[q] === 2) parent = q;
    }
    fields = {
      page: index.pageOf[r],
      anchor: level === 1 ? '' : parts[0] || slug(parts[1]),
      title: parts[1],
      level: level,
      parent: parent
    };
    index.fields[r] = fields;
    return fields;
  }

  /* The text of record r for its snippet, to the callback: in the single file read from the page
     (recordText), on the site from its page's texts (pageTexts). */
  function textOf(r, done) {
    if (onePage) { done(recordText(r)); return; }
    var page = record(r).page;
    pageTexts(page, function (texts) { done(texts[r - index.firstOfPage[page]] || ''); });
  }

  /* The texts of a page's records on the site: from the inlined scripts, or loaded once; calls back with
     the array. */
  var textWaiting = Object.create(null);
  function pageTexts(pageIndex, done) {
    var page = index.pages[pageIndex][0];
    var store = window.GUIDEBOOK_SEARCH_TEXT || {};
    if (store[page]) { done(store[page]); return; }
    if (textWaiting[page]) { textWaiting[page].push(done); return; }
    textWaiting[page] = [done];
    setTimeout(function () { /* after the results are on screen */
      var script = document.createElement('script');
      script.src = root + 'search/' + page.replace(/\.html$/, '') + '.js';
      script.onload = script.onerror = function () {
        var texts = (window.GUIDEBOOK_SEARCH_TEXT || {})[page] || [];
        var callbacks = textWaiting[page]; delete textWaiting[page];
        callbacks.forEach(function (cb) { cb(texts); });
      };
      document.head.appendChild(script);
    }, 0);
  }

  /* The single file carries no second copy of the book's text for snippets: a record's text is read from
     its heading in <article id="<page-id>"> (the h1 for the chapter's opening record, the h2/h3 of a
     section, the <dt> of a glossary entry) to the next such heading, cut as the build cuts it (Sections.java,
     IndexStage.java): text nodes in document order with a space at each block; diagrams, scripts, styles,
     hidden elements, popovers, navigation, study links and buttons, and the glossary's "Explained in" lines
     left out. The opening record's summary is not on the page, so its snippet starts at the prompt or the
     first paragraph. Only the records of the results shown are read, each walking its own section, so a
     snippet costs about as much as its section is long, not its chapter. */
  var domText = [];
  var SKIP_TAG = /^(svg|SCRIPT|STYLE|TEMPLATE)$/;
  var SKIP_CLASS = /(^| )(term-definitions|term-popover|pager|glossary-see|prompt-label|review-cards|read-mark)( |$)/;
  var BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;

  function isRecordHeading(n, article) {
    var tag = n.tagName, parent = n.parentNode;
    return tag === 'H2' || tag === 'H3' || (tag === 'H1' && parent === article)
      || (tag === 'DT' && parent.classList.contains('glossary-list'));
  }

  /* The node after n in document order, within root; past n's children when skipChildren. */
  function following(n, root, skipChildren) {
    if (!skipChildren && n.firstChild) return n.firstChild;
    for (; n && n !== root; n = n.parentNode) if (n.nextSibling) return n.nextSibling;
    return null;
  }

  function recordText(r) {
    if (domText[r] !== undefined) return domText[r];
    var rec = record(r);
    var page = index.pages[rec.page][0];
    var article = document.getElementById(page.replace(/\.html$/, ''));
    var heading = !article ? null : rec.level === 1 ? article.querySelector(':scope > h1')
      : document.getElementById(href(page, rec.anchor).slice(1));
    var parts = [];
    /* a heading's own text is its record's title, not its text */
    for (var n = heading && following(heading, article, true); n;) {
      if (n.nodeType === 3) { parts.push(n.data); n = following(n, article, true); continue; }
      if (n.nodeType !== 1 || SKIP_TAG.test(n.tagName) || n.hidden || SKIP_CLASS.test(n.className)) {
        n = following(n, article, true);
        continue;
      }
      if (isRecordHeading(n, article)) break;
      if (BLOCK.test(n.tagName)) parts.push(' ');
      n = following(n, article, false);
    }
    domText[r] = parts.join('').replace(/\s+/g, ' ').trim();
    return domText[r];
  }

  /* ---------- Matching query words to index words ---------- */

  function lowerBound(words, key) {
    var lo = 0, hi = words.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (words[mid] < key) lo = mid + 1; else hi = mid; }
    return lo;
  }

  /* Damerau-Levenshtein distance of at most one (one insertion, deletion, substitution or swap). */
  function oneEditApart(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1 || a === b) return false;
    var i = 0;
    while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
    if (la === lb) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return a.charAt(i) === b.charAt(i + 1) && a.charAt(i + 1) === b.charAt(i) && a.slice(i + 2) === b.slice(i + 2);
    }
    return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  }

  var SUFFIX = /^(s|es|ed|er|ers|ing|ings|ly|al)$/;

  /* The index words of one length, built on first use. */
  function byLength(len) {
    if (!index.lengths) {
      index.lengths = [];
      for (var i = 0; i < index.words.length; i++) {
        var l = index.words[i].length;
        (index.lengths[l] = index.lengths[l] || []).push(i);
      }
    }
    return index.lengths[len] || [];
  }

  /* The index words a query word stands for, each with a quality from 0 to 1. */
  function expand(word, typing) {
    var key = word + (typing ? '*' : '');
    var cached = index.expansions[key];
    if (cached) return cached;
    var words = index.words, found = Object.create(null), out = [];
    function add(w, quality) {
      if (found[w] === undefined) { found[w] = out.length; out.push({ w: w, q: quality }); }
      else if (out[found[w]].q < quality) out[found[w]].q = quality;
    }
    var start = lowerBound(words, word);
    for (var i = start; i < words.length && words[i].lastIndexOf(word, 0) === 0 && out.length < 400; i++) {
      var rest = words[i].length - word.length;
      if (rest === 0) add(i, 1);
      else if (SUFFIX.test(words[i].slice(word.length))) add(i, 0.9);
      else if (typing && word.length >= 2) add(i, 0.45 + 0.4 * word.length / words[i].length);
    }
    /* a plural query word also finds the singular: "embeddings" finds "embedding" */
    [word.replace(/s$/, ''), word.replace(/es$/, ''), word.replace(/ies$/, 'y')].forEach(function (singular) {
      if (singular === word || singular.length < 3) return;
      var s = lowerBound(words, singular);
      if (words[s] === singular) add(s, 0.9);
    });
    /* One typo is forgiven only when the word as typed is in no index word: a reader who types "tower"
       means tower, not power or lower. (This also keeps the typo scan off the common path.) */
    if (word.length >= 5 && !out.length) {
      /* one edit changes the length by at most one and leaves the first two letters alone, or moves or
         changes one of them */
      var a0 = word.charCodeAt(0), a1 = word.charCodeAt(1);
      for (var len = word.length - 1; len <= word.length + 1; len++) {
        var bucket = byLength(len);
        for (var j = 0; j < bucket.length; j++) {
          var w = words[bucket[j]], b0 = w.charCodeAt(0), b1 = w.charCodeAt(1);
          if ((b0 === a0 || b1 === a1 || b0 === a1 || b1 === a0) && oneEditApart(word, w)) add(bucket[j], 0.55);
        }
      }
    }
    index.expansions[key] = out;
    return out;
  }

  /* Base-64 VLQ digits (see SearchIndexScript.java): digit value by character code. */
  var DIGIT = new Int8Array(128);
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.split('').forEach(function (c, i) { DIGIT[c.charCodeAt(0)] = i; });

  /* A word's postings as [record, flags, record, flags, …], decoded on first use. */
  function postings(w) {
    var decoded = index.decoded[w];
    if (decoded) return decoded;
    var text = index.postingText[w];
    var values = new Int32Array(text.length * 2); /* every posting takes one character at least */
    var record = -1, count = 0;
    for (var pos = 0; pos < text.length;) {
      var v = 0, scale = 1, d;
      do { d = DIGIT[text.charCodeAt(pos++)]; v += (d & 31) * scale; scale *= 32; } while (d & 32);
      record += (v - (v & 7)) / 8;
      values[count++] = record;
      values[count++] = v & 7;
    }
    decoded = values.subarray(0, count);
    index.decoded[w] = decoded;
    return decoded;
  }

  var BODY = [0, 1, 1.5, 1.5];
  function weight(flags) { return BODY[flags & 3] + (flags & 4 ? 6 : 0); }
  var IN_CHAPTER_TITLE = 1.5;

  /* ---------- Queries ---------- */

  /* Splits a query into slots: a glossary phrase or abbreviation (with all its forms), or one word. */
  function parse(query) {
    var words = tokens(query);
    var typingLast = /[\p{L}\p{N}]$/u.test(query);
    var slots = [];
    for (var i = 0; i < words.length;) {
      var best = null;
      index.synonyms.forEach(function (group) {
        group.forEach(function (form) {
          if (form.length && (!best || form.length > best.length) && formAt(words, i, form)) best = { group: group, length: form.length };
        });
      });
      if (best) {
        slots.push({ forms: best.group, typing: false, words: words.slice(i, i + best.length) });
        i += best.length;
        continue;
      }
      var last = i === words.length - 1 && typingLast;
      if (!index.stop[words[i]] || last) slots.push({ forms: [[words[i]]], typing: last, words: [words[i]], stop: !!index.stop[words[i]] });
      i++;
    }
    return { slots: slots, phrase: words.filter(function (w) { return !index.stop[w]; }).join(' ') };
  }

  /* True when the query words at i spell the form, each word exactly or, for words of five letters or more
     that the guide does not contain, with one typo ("tower" is a word of its own, not a typo of "power"). */
  function formAt(words, i, form) {
    if (i + form.length > words.length) return false;
    for (var k = 0; k < form.length; k++) {
      var q = words[i + k], f = form[k];
      if (q !== f && !(f.length >= 5 && !isIndexWord(q) && oneEditApart(q, f))) return false;
    }
    return true;
  }

  function isIndexWord(word) { return index.words[lowerBound(index.words, word)] === word; }

  /* Score arrays, one per record, allocated once and reused by every query: a keystroke allocates nothing
     that grows with the book, so typing does not wake the garbage collector. */
  function buffer(k) {
    var n = index.records.length;
    var buffers = index.buffers || (index.buffers = []);
    if (!buffers[k]) buffers[k] = new Float64Array(n);
    else buffers[k].fill(0);
    return buffers[k];
  }

  /* Scores every record for one form (all its words must be present) into `total` (zeroed); false when a
     word of the form is in no index word. */
  function scoreForm(form, typing, n, matched, total) {
    var kept = form.filter(function (w, k) { return !index.stop[w] || (typing && k === form.length - 1); });
    if (kept.length < form.length && !typing) form = kept; /* stopwords are not indexed: "learning to rank" */
    for (var k = 0; k < form.length; k++) {
      var word = form[k];
      var isTyping = typing && k === form.length - 1;
      var expansions = expand(word, isTyping);
      if (!expansions.length) return false;
      var best = k === 0 ? total : buffer(4);
      for (var e = 0; e < expansions.length; e++) {
        var x = expansions[e];
        var list = postings(x.w);
        var idf = Math.log(1 + n / (list.length / 2));
        var wordText = index.words[x.w];
        matched[wordText] = true;
        for (var p = 0; p < list.length; p += 2) {
          var s = x.q * weight(list[p + 1]) * idf;
          if (s > best[list[p]]) best[list[p]] = s;
        }
        /* a word of the chapter title counts for every section of the chapter */
        var pages = index.pagesByWord[wordText];
        if (pages) {
          var c = x.q * (BODY[0] + IN_CHAPTER_TITLE) * idf;
          for (var g = 0; g < pages.length; g++) {
            for (var r = index.firstOfPage[pages[g]]; r < index.endOfPage[pages[g]]; r++) {
              best[r] = best[r] > 0 ? Math.max(best[r], best[r] + c * 0.25) : Math.max(best[r], c);
            }
          }
        }
      }
      if (k > 0) for (var t = 0; t < n; t++) total[t] = best[t] > 0 && total[t] > 0 ? total[t] + best[t] : 0;
    }
    if (form.length > 1) for (var u = 0; u < n; u++) total[u] /= form.length;
    return true;
  }

  /**
   * Runs a query; returns up to `limit` results, best first, each with the record's link, chapter, title and
   * a snippet, as plain-text parts flagged for highlighting.
   */
  function search(query, limit) {
    if (!index) return [];
    var parsed = parse(query);
    var n = index.records.length;
    var score = buffer(0);
    var hits = index.hits || (index.hits = new Uint8Array(n));
    hits.fill(0);
    var matched = Object.create(null);
    var slots = 0;
    parsed.slots.forEach(function (slot) {
      var slotScore = buffer(1), found = false;
      slot.forms.forEach(function (form) {
        var s = buffer(2);
        if (!scoreForm(form, slot.typing, n, matched, s)) return;
        found = true;
        for (var r = 0; r < n; r++) if (s[r] > slotScore[r]) slotScore[r] = s[r];
      });
      if (!found) return; /* a word the guide does not contain narrows nothing */
      slots++;
      for (var r = 0; r < n; r++) if (slotScore[r] > 0) { score[r] += slotScore[r]; hits[r]++; }
    });
    if (!slots) return [];
    var candidates = [];
    for (var r = 0; r < n; r++) {
      if (!hits[r]) continue;
      if (index.level[r] === 0) score[r] *= 0.5; /* a glossary entry after the sections that explain it */
      candidates.push(r);
    }
    function order(a, b) { return hits[b] - hits[a] || score[b] - score[a] || a - b; }
    candidates.sort(order);
    if (parsed.phrase.indexOf(' ') > 0) {
      var top = candidates.slice(0, 30);
      top.forEach(function (r) {
        if ((' ' + tokens(record(r).title).join(' ') + ' ').indexOf(' ' + parsed.phrase) >= 0) score[r] *= 2;
      });
      top.sort(order);
      candidates = top.concat(candidates.slice(30));
    }
    return candidates.slice(0, limit || 10).map(function (r) { return result(r, matched, hits[r] === slots); });
  }

  /* The heading id of an ASCII title, as the build makes it (Slugger.java); the index leaves such ids out. */
  function slug(title) { return title.trim().toLowerCase().replace(/[^a-z0-9 _-]/g, '').replace(/ /g, '-'); }

  function href(page, anchor) {
    if (onePage) {
      /* single-file output: every id is <page-id>--<id> (see OnePageAnchors) */
      var id = page.replace(/\.html$/, '');
      return '#' + (anchor ? id + '--' + anchor : id);
    }
    return root + page + (anchor ? '#' + anchor : '');
  }

  function result(r, matched, all) {
    var rec = record(r);
    var page = index.pages[rec.page];
    return {
      url: href(page[0], rec.anchor),
      chapter: page[1],
      parent: rec.parent >= 0 ? record(rec.parent).title : '',
      level: rec.level,
      title: highlight(rec.title, matched, 0),
      complete: all,
      /* calls back with the snippet parts once the page's texts are there (at once when they are) */
      snippet: function (done) {
        textOf(r, function (text) { done(highlight(text, matched, 160)); });
      }
    };
  }

  function wordKey(word) { return /[^\x00-\x7f]/.test(word) ? normalize(word) : word.toLowerCase(); }

  /* Splits text into [text, isMatch] parts; with max > 0, cuts a window of about max characters around the
     part with the most matched words. */
  function highlight(text, matched, max) {
    var spans = [];
    var re = WORD;
    re.lastIndex = 0;
    var m;
    while ((m = re.exec(text)) !== null) {
      if (matched[wordKey(m[0])] === true) spans.push([m.index, m.index + m[0].length]);
    }
    var from = 0, to = text.length;
    if (max > 0 && text.length > max) {
      var bestStart = 0, bestCount = -1;
      for (var i = 0; i < spans.length; i++) {
        var count = 0;
        for (var j = i; j < spans.length && spans[j][1] <= spans[i][0] + max - 40; j++) count++;
        if (count > bestCount) { bestCount = count; bestStart = spans[i][0]; }
      }
      from = Math.max(0, bestStart - 40);
      while (from > 0 && !/\s/.test(text.charAt(from - 1))) from--;
      to = Math.min(text.length, from + max);
      while (to < text.length && !/\s/.test(text.charAt(to))) to++;
    }
    var parts = [];
    if (from > 0) parts.push(['\u2026 ', false]);
    var at = from;
    spans.forEach(function (s) {
      if (s[0] < from || s[1] > to) return;
      if (s[0] > at) parts.push([text.slice(at, s[0]), false]);
      parts.push([text.slice(s[0], s[1]), true]);
      at = s[1];
    });
    if (at < to) parts.push([text.slice(at, to), false]);
    if (to < text.length) parts.push([' \u2026', false]);
    return parts;
  }

  /* ---------- Showing results (text nodes and <mark> only) ---------- */

  function appendParts(el, parts) {
    parts.forEach(function (p) {
      if (p[1]) { var mark = document.createElement('mark'); mark.textContent = p[0]; el.appendChild(mark); }
      else el.appendChild(document.createTextNode(p[0]));
    });
  }

  function resultLink(res, id) {
    var a = document.createElement('a');
    a.className = 'search-result';
    a.href = res.url;
    if (id) a.id = id;
    var where = document.createElement('span');
    where.className = 'search-result-where';
    where.textContent = res.chapter + (res.parent ? ' \u203a ' + res.parent : '');
    var title = document.createElement('span');
    title.className = 'search-result-title';
    appendParts(title, res.title);
    var snippet = document.createElement('span');
    snippet.className = 'search-result-snippet';
    a.appendChild(where);
    a.appendChild(title);
    a.appendChild(snippet);
    res.snippet(function (parts) { snippet.textContent = ''; appendParts(snippet, parts); });
    return a;
  }

  /* ---------- The search box on every page (a combobox with a listbox of results) ---------- */

  var form = document.getElementById('site-search');
  var input = document.getElementById('search-input');
  var panel = document.getElementById('search-panel');
  var list = document.getElementById('search-results');
  var more = document.getElementById('search-more');
  var status = document.getElementById('search-status');
  var openButton = document.getElementById('search-open');
  var closeButton = document.getElementById('search-close');
  var active = -1;
  var shown = [];

  function setActive(i) {
    if (active >= 0 && shown[active]) shown[active].classList.remove('is-active');
    active = i;
    if (i >= 0 && shown[i]) {
      shown[i].classList.add('is-active');
      shown[i].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', shown[i].id);
      shown[i].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
    shown.forEach(function (el, k) { if (k !== i) el.setAttribute('aria-selected', 'false'); });
  }

  function showPanel(open) {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) setActive(-1);
  }

  function render(query) {
    var results = search(query, 8);
    list.textContent = '';
    shown = [];
    results.forEach(function (res, k) {
      var item = document.createElement('li');
      item.setAttribute('role', 'none');
      var link = resultLink(res, 'search-option-' + k);
      link.setAttribute('role', 'option');
      link.setAttribute('aria-selected', 'false');
      link.tabIndex = -1;
      item.appendChild(link);
      list.appendChild(item);
      shown.push(link);
    });
    if (more) more.href = root + 'search.html?q=' + encodeURIComponent(query); /* the single file has none */
    status.textContent = results.length ? (results.length === 8 ? 'Top 8 results' : results.length + ' result' + (results.length === 1 ? '' : 's'))
      : 'No results for \u201c' + query + '\u201d';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    showPanel(true);
  }

  function update() {
    var query = input.value;
    if (!query.trim()) { list.textContent = ''; shown = []; showPanel(false); return; }
    load(function (ok) {
      if (!ok) { status.textContent = 'The search index could not be loaded.'; showPanel(true); return; }
      if (input.value === query) render(query);
    });
  }

  function openOverlay() {
    body.classList.add('search-active');
    input.focus();
    load(function () {});
  }

  function closeOverlay() {
    showPanel(false);
    if (body.classList.contains('search-active')) {
      body.classList.remove('search-active');
      if (openButton) openButton.focus();
    }
  }

  if (form && input && panel && list) {
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', 'search-results');
    /* Start loading the index as soon as the reader heads for the box, so it is there by the first key. */
    input.addEventListener('pointerenter', function () { load(function () {}); });
    /* And once the page has been open a while with nothing to do: a reader who stays on a page may search,
       and the index (one file, cached across pages) is then ready before the first key. Not when the
       reader has asked to save data. */
    var saveData = navigator.connection && navigator.connection.saveData;
    if (!saveData && !window.GUIDEBOOK_SEARCH) {
      var preload = function () {
        if (window.requestIdleCallback) window.requestIdleCallback(function () { load(function () {}); }, { timeout: 2000 });
        else load(function () {});
      };
      if (document.readyState === 'complete') setTimeout(preload, PRELOAD_AFTER_MS);
      else window.addEventListener('load', function () { setTimeout(preload, PRELOAD_AFTER_MS); });
    }
    input.addEventListener('focus', function () { load(function () {}); if (input.value.trim() && shown.length) showPanel(true); });
    input.addEventListener('input', update);
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (panel.hidden) { if (input.value.trim()) update(); return; }
        event.preventDefault();
        if (!shown.length) return;
        var next = event.key === 'ArrowDown' ? active + 1 : active - 1;
        if (next >= shown.length) next = 0;
        if (next < 0) next = shown.length - 1;
        setActive(next);
      } else if (event.key === 'Enter') {
        if (active >= 0 && shown[active]) {
          event.preventDefault();
          var target = shown[active].href;
          closeOverlay();
          window.location.href = target;
        }
      } else if (event.key === 'Escape') {
        event.preventDefault();
        if (!panel.hidden) showPanel(false);
        else if (body.classList.contains('search-active')) closeOverlay();
        else input.blur();
      }
    });
    /* Without a search page (the single file) the form goes nowhere: Enter opens the top result instead. */
    if (!more) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!shown.length) return;
        var target = shown[0].href;
        closeOverlay();
        window.location.href = target;
      });
    }
    list.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('a')) closeOverlay();
    });
    document.addEventListener('click', function (event) {
      if (!form.contains(event.target) && event.target !== openButton) {
        showPanel(false);
        if (body.classList.contains('search-active') && !(openButton && openButton.contains(event.target))) closeOverlay();
      }
    });
    if (openButton) {
      openButton.hidden = false;
      openButton.addEventListener('click', openOverlay);
      openButton.addEventListener('pointerdown', function () { load(function () {}); });
    }
    if (closeButton) closeButton.addEventListener('click', function () { closeOverlay(); });
    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      var t = event.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
      event.preventDefault();
      if (window.matchMedia('(max-width: 40rem)').matches) openOverlay();
      else { input.focus(); input.select(); }
    });
  }

  /* ---------- The search page: more results, the query in the address ---------- */

  var pageInput = document.getElementById('search-page-input');
  var pageResults = document.getElementById('search-page-results');
  var pageStatus = document.getElementById('search-page-status');
  function runPageQuery() {
    var query = pageInput.value;
    if (!query.trim()) { pageResults.textContent = ''; pageStatus.textContent = 'Type a word or a phrase.'; return; }
    load(function (ok) {
      if (!ok) { pageStatus.textContent = 'The search index could not be loaded.'; return; }
      if (pageInput.value !== query) return;
      var results = search(query, 50);
      pageResults.textContent = '';
      results.forEach(function (res) {
        var item = document.createElement('li');
        item.appendChild(resultLink(res, null));
        pageResults.appendChild(item);
      });
      pageStatus.textContent = results.length ? (results.length === 50 ? 'The first 50 results' : results.length + ' result' +
        (results.length === 1 ? '' : 's')) + ' for \u201c' + query + '\u201d' : 'No results for \u201c' + query + '\u201d';
      try { history.replaceState(null, '', '?q=' + encodeURIComponent(query)); } catch (e) { /* some file:// setups */ }
    });
  }
  if (pageInput && pageResults && pageStatus) {
    var params = new URLSearchParams(window.location.search);
    pageInput.value = params.get('q') || '';
    pageInput.addEventListener('input', runPageQuery);
    pageInput.form.addEventListener('submit', function (event) { event.preventDefault(); runPageQuery(); });
    runPageQuery();
    if (!pageInput.value) pageInput.focus();
  }

  /* For tests and benchmarks: the same engine the page uses. */
  window.guidebookSearch = {
    load: load,
    search: search,
    /* calls back with the snippet texts of page i (index order of the pages) */
    texts: function (i, done) {
      if (!onePage) { pageTexts(i, done); return; }
      var texts = [];
      for (var r = index.firstOfPage[i]; r < index.endOfPage[i]; r++) texts.push(recordText(r));
      done(texts);
    },
    /* every record's link, in index order */
    urls: function () { return index.records.map(function (line, r) { var rec = record(r); return href(index.pages[rec.page][0], rec.anchor); }); }
  };
})();
