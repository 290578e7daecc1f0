/* Runs in <head> before the page paints: apply the saved light/dark choice so there is no flash. */
(function () {
  var root = document.documentElement;
  root.className = root.className.replace('no-js', 'js');
  try {
    var saved = localStorage.getItem('guidebook-theme');
    if (saved === 'light' || saved === 'dark') root.setAttribute('data-theme', saved);
  } catch (e) { /* storage can be blocked (private mode, some file:// setups); fall back to the system setting */ }
})();
