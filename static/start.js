// Starts Plate Trail's wasm from a same-origin module (the page's Content-Security-Policy
// forbids inline script). Trunk writes the hashed file names into this tag's data attributes.
const tag = document.querySelector('script[data-app-js]');

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
  const bindings = await import(tag.dataset.appJs);
  await bindings.default({ module_or_path: tag.dataset.appWasm });
} catch (error) {
  // A Rust panic already drew its own panel; anything else (no wasm support, a failed load) shows here.
  if (!document.getElementById('panic-panel')) showStartFailure(error);
}
