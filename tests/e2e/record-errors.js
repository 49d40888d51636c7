// Test-only, served by support.mjs's startServer({ recordErrors: true }) and never part of
// dist/: records the page's errors into window.__plateTrailErrors for WebDriver clients
// that get no console or error events (WebKitGTK's WebDriver). It records uncaught
// errors, failed script/image/style loads, unhandled promise rejections, Content Security
// Policy violations and console.error calls.
'use strict';
(() => {
  const errors = [];
  window.__plateTrailErrors = errors;
  window.addEventListener('error', (event) => {
    if (event instanceof ErrorEvent) {
      errors.push(`error: ${event.message} (${event.filename}:${event.lineno})`);
    } else {
      const target = event.target;
      errors.push(`failed to load: ${target?.src || target?.href || target?.nodeName}`);
    }
  }, true);
  window.addEventListener('unhandledrejection', (event) => {
    errors.push(`unhandled rejection: ${event.reason}`);
  });
  document.addEventListener('securitypolicyviolation', (event) => {
    errors.push(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
  });
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
})();
