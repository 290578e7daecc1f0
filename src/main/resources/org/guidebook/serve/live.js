// Guidebook preview: reloads the page when the guide is rebuilt and shows a failed build's problems over
// the last good page. Served by `guidebook serve` only; never part of a build's output.
(function () {
  "use strict";
  var me = document.currentScript;
  var generation = me ? me.getAttribute("data-generation") : "";
  var overlay = null;

  function hide() {
    if (overlay) overlay.remove();
    overlay = null;
  }

  function show(lines) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "guidebook-problems";
    overlay.setAttribute("role", "alertdialog");
    overlay.setAttribute("aria-labelledby", "guidebook-problems-title");
    overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "background:#fff5f5;color:#5c0000;border-top:4px solid #c00;font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;" +
      "padding:12px 16px;box-shadow:0 -4px 16px rgba(0,0,0,.25)";
    var title = document.createElement("strong");
    title.id = "guidebook-problems-title";
    title.style.cssText = "display:block;padding-right:4.5em"; // clear of the Hide button
    title.textContent = "The guide did not build; the page shows the last version that did. Fix these and it reloads:";
    overlay.appendChild(title);
    var list = document.createElement("ul");
    list.style.cssText = "margin:8px 0 0;padding-left:20px";
    lines.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    overlay.appendChild(list);
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide";
    close.style.cssText = "position:absolute;top:8px;right:12px";
    close.addEventListener("click", hide);
    overlay.appendChild(close);
    document.body.appendChild(overlay);
  }

  var events = new EventSource("/__guidebook/events?g=" + encodeURIComponent(generation));
  events.addEventListener("reload", function () { events.close(); location.reload(); });
  events.addEventListener("problems", function (e) { show(JSON.parse(e.data)); });
})();
