// Sets <html data-theme> before the first paint, so a stored or system dark theme never flashes
// light. A classic script (the Content-Security-Policy allows 'self', not inline scripts); kept in
// step with src/app/theme.ts, which takes over once the app runs.
(function () {
  var choice = null;
  try {
    choice = localStorage.getItem('depot-microgrid.theme');
  } catch (e) {
    // Storage blocked: follow the system.
  }
  var dark = choice === 'dark' || (choice !== 'light' && window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
