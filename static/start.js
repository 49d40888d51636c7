// Starts Plate Trail's wasm from a same-origin module (the page's Content-Security-Policy
// forbids inline script). Trunk writes the hashed file names into this tag's data attributes.
// Served over http(s), it also registers the service worker (service-worker.js, made at
// build time by scripts/service_worker.mjs) that keeps this build for offline use; never
// under file:// (the single-file plate-trail-offline.html inlines this script).
const tag = document.querySelector('script[data-app-js]');
const served = /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator;

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

const within = (promise, millis) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, millis, false))]);

// A newer build that an earlier visit downloaded waits beside the one serving this page.
// Before this build starts, ask it to take over (it does only if no other tab runs the
// app) and reload into it, so no page ever runs one build's files with another's.
async function takeOverWaitingBuild() {
  const workers = navigator.serviceWorker;
  if (!workers.controller) return false;
  const waiting = (await workers.getRegistration())?.waiting;
  if (!waiting) return false;
  const channel = new MessageChannel();
  const agreed = new Promise((resolve) => { channel.port1.onmessage = ({ data }) => resolve(data === true); });
  const changed = new Promise((resolve) => workers.addEventListener('controllerchange', resolve, { once: true }));
  waiting.postMessage('take-over', [channel.port2]);
  if (!(await within(agreed, 3000))) return false;
  await within(changed, 3000);
  location.reload();
  return true;
}

try {
  if (!(served && (await takeOverWaitingBuild().catch(() => false)))) {
    const bindings = await import(tag.dataset.appJs);
    await bindings.default({ module_or_path: tag.dataset.appWasm });
    // After the first screen, so its download never competes with the app's own.
    if (served) {
      setTimeout(() => {
        navigator.serviceWorker.register('service-worker.js', { scope: './', updateViaCache: 'none' }).catch(() => {});
      }, 1000);
    }
  }
} catch (error) {
  // A Rust panic already drew its own panel; anything else (no wasm support, a failed load) shows here.
  if (!document.getElementById('panic-panel')) showStartFailure(error);
}
