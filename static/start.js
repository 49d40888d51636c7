// Starts Plate Trail's wasm from a same-origin module (the page's Content-Security-Policy
// forbids inline script). Trunk writes the hashed file names into this tag's data attributes.
// Served over http(s), it also keeps the build for offline use (service-worker-page.js);
// never under file://, where the single file plate-trail-offline.html inlines this script.
const tag = document.querySelector('script[data-app-js]');
// The analyst console, the policy lab, Massachusetts today and Cameras on my route are a module of their own, so a first visit leaves
// them out: their hashes load it (the same list as View::module in src/views/mod.rs, checked
// by a test there). The app reloads the page when the visitor moves between the modules.
const TOOLS_HASHES = ['#/console', '#/policy', '#/massachusetts', '#/route'];
// Versioned by the page's own wasm, as the town-wide worker's module is; the single offline
// file hands over blob URLs instead (static/offline-setup.js).
const version = tag.dataset.appWasm.split('/').pop();
const { appTools } = tag.dataset;
const toolsJs = tag.dataset.appToolsJs ?? (appTools && `${appTools}.js?v=${version}`);
const toolsWasm = tag.dataset.appToolsWasm ?? (appTools && `${appTools}_bg.wasm?v=${version}`);
const wantsTools = Boolean(toolsJs) && TOOLS_HASHES.some((hash) => location.hash.startsWith(hash));
const appJs = wantsTools ? toolsJs : tag.dataset.appJs;
const appWasm = wantsTools ? toolsWasm : tag.dataset.appWasm;
// Not in an embed (?embed): a frame in someone's lesson page should not download the whole
// app for offline use on every visit.
const served = /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator
  && !new URLSearchParams(location.search).has('embed');
const serviceWorkerPage = () => import('./service-worker-page.js');

function showStartFailure(error) {
  const app = document.getElementById('app');
  if (!app) return;
  app.replaceChildren();
  const panel = document.createElement('div');
  panel.className = 'panic-panel';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = 'Plate Trail could not start';
  const body = document.createElement('p');
  body.textContent = 'This browser could not load the app (it needs WebAssembly). Try an up-to-date browser. Details: ' + error;
  panel.append(title, body);
  app.append(panel);
}

try {
  // A page the service worker serves may first hand over to a newer build that waits.
  const reloading = served && navigator.serviceWorker.controller
    && (await serviceWorkerPage().then((m) => m.takeOverWaitingBuild()).catch(() => false));
  if (!reloading) {
    const bindings = await import(appJs);
    await bindings.default({ module_or_path: appWasm });
    // A second after the start, so the first screen's downloads come first.
    if (served) setTimeout(() => serviceWorkerPage().then((m) => m.register()).catch(() => {}), 1000);
  }
} catch (error) {
  // A Rust panic already drew its own panel; anything else (no wasm support, a failed load) shows here.
  if (!document.getElementById('panic-panel')) showStartFailure(error);
}
