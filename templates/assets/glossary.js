/* Glossary popovers: the first mention of a glossary term in a chapter is a link to its glossary entry
 * (it works as a plain link without script). With script, a tap, click or Enter opens a small popover
 * under the term with the definition (from the page's hidden .term-definitions) and a link to the entry;
 * a mouse hovering the term previews it. Esc, a tap elsewhere or a second tap closes it; focus returns to
 * the term. The popover sits right after the term in the page, so Tab reaches its link next.
 * In the single file (<body data-one-page>) there is no hidden store, which would be a second copy of the
 * glossary: the definition is taken from the glossary appendix entry the term links to. */
(function () {
  'use strict';
  var store = document.querySelector('.term-definitions');
  var onePage = document.body.hasAttribute('data-one-page');
  if (!store && !onePage) return;
  var open = null;
  var hoverTimer = null;
  var counter = 0;

  function definitionOf(link) {
    if (!store) return appendixEntry(link);
    var id = link.getAttribute('data-term');
    var found = null;
    Array.prototype.forEach.call(store.children, function (el) {
      if (el.getAttribute('data-term') === id) found = el;
    });
    return found;
  }

  /* Single file: the appendix entry the link points at (<dt id="glossary--term"> and the <dd> after it) as a
     definition like the store's: the name, then the definition without its "Explained in" line; no ids. */
  function appendixEntry(link) {
    var dt = document.getElementById((link.getAttribute('href') || '').slice(1));
    var dd = dt && dt.nextElementSibling;
    if (!dd || dt.tagName !== 'DT' || dd.tagName !== 'DD') return null;
    var entry = document.createElement('div');
    var name = entry.appendChild(document.createElement('p'));
    name.className = 'term-definition-name';
    Array.prototype.forEach.call(dt.childNodes, function (n) { name.appendChild(n.cloneNode(true)); });
    Array.prototype.forEach.call(dd.childNodes, function (n) {
      if (!(n.nodeType === 1 && n.classList.contains('glossary-see'))) entry.appendChild(n.cloneNode(true));
    });
    Array.prototype.forEach.call(entry.querySelectorAll('[id]'), function (e) { e.removeAttribute('id'); });
    return entry;
  }

  function close(returnFocus) {
    clearTimeout(hoverTimer); /* a pending hover must not reopen what the reader just closed */
    if (!open) return;
    var link = open.link;
    open.popover.remove();
    link.setAttribute('aria-expanded', 'false');
    open = null;
    if (returnFocus) link.focus();
  }

  function show(link, byHover) {
    if (open && open.link === link) return;
    close(false);
    var definition = definitionOf(link);
    if (!definition) return;
    var popover = document.createElement('span');
    popover.className = 'term-popover';
    popover.id = 'term-popover-' + (++counter);
    popover.setAttribute('role', 'group');
    popover.setAttribute('aria-label', 'Definition');
    var content = definition.cloneNode(true);
    content.removeAttribute('data-term');
    content.className = 'term-popover-body';
    popover.appendChild(content);
    var more = document.createElement('a');
    more.className = 'term-popover-more';
    more.href = link.getAttribute('href');
    more.textContent = 'Open in the glossary';
    popover.appendChild(more);
    link.insertAdjacentElement('afterend', popover);
    link.setAttribute('aria-expanded', 'true');
    link.setAttribute('aria-controls', popover.id);
    open = { link: link, popover: popover, hover: byHover };
    place(link, popover);
  }

  /* Below the term, inside the viewport horizontally; coordinates are relative to the popover's
     containing block (the page, or a positioned ancestor). */
  function place(link, popover) {
    var rect = link.getClientRects()[0] || link.getBoundingClientRect();
    var width = Math.min(352, window.innerWidth - 16);
    var left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    var parent = popover.offsetParent;
    var base = !parent || parent === document.body ? document.documentElement.getBoundingClientRect()
      : parent.getBoundingClientRect();
    popover.style.width = width + 'px';
    popover.style.left = (left - base.left) + 'px';
    popover.style.top = (rect.bottom - base.top + 6) + 'px';
  }

  Array.prototype.forEach.call(document.querySelectorAll('a.term[data-term]'), function (link) {
    link.setAttribute('aria-expanded', 'false');
    link.addEventListener('click', function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; /* open the glossary in a new tab */
      event.preventDefault();
      clearTimeout(hoverTimer);
      if (open && open.link === link && !open.hover) close(false);
      else { close(false); show(link, false); }
    });
    link.addEventListener('mouseenter', function () {
      clearTimeout(hoverTimer);
      if (!open) hoverTimer = setTimeout(function () { show(link, true); }, 350);
    });
    link.addEventListener('mouseleave', function () {
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(function () { if (open && open.hover && open.link === link && !open.popover.matches(':hover')) close(false); }, 250);
    });
  });

  document.addEventListener('mouseover', function (event) {
    if (open && open.hover && !open.link.contains(event.target) && !open.popover.contains(event.target)) {
      clearTimeout(hoverTimer);
      hoverTimer = setTimeout(function () { if (open && open.hover) close(false); }, 250);
    } else if (open && open.popover.contains(event.target)) {
      clearTimeout(hoverTimer);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' && open) { event.stopPropagation(); close(true); }
  }, true);
  document.addEventListener('click', function (event) {
    if (open && !open.link.contains(event.target) && !open.popover.contains(event.target)) close(false);
  });
})();
