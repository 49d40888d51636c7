// Runs Plate Trail from one file, plate-trail-offline.html (made by scripts/offline_file.mjs
// for a USB stick, opened by double-click). A file:// page can fetch no sibling file and
// Chromium starts no worker from a file:// URL, so the build's files sit in this page as
// base64 blocks (<script type="application/octet-stream" id="offline-...">, never run) and
// reach the app as blob URLs in the start script's data attributes, which static/start.js
// and src/town_worker.rs read. The long text the site fetches when a page opens (FAQ,
// About, Take action) is inline too, in <template id="plate-trail-content-NAME">
// (src/views/lazy_content.rs reads it). This runs first, before the start script.
function decode(base64) {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
const block = (name) => document.getElementById(`offline-${name}`).textContent;
const file = (name) => decode(block(name));
const blobUrl = (type, ...parts) => URL.createObjectURL(new Blob(parts, { type }));
const JS = 'text/javascript';
const WASM = 'application/wasm';

const start = document.querySelector('script[data-offline-start]');
const workerGlue = file('worker-js');
Object.assign(start.dataset, {
  appJs: blobUrl(JS, file('page-js')),
  appWasm: blobUrl(WASM, file('page-wasm')),
  // The analyst console's and policy lab's module (static/start.js picks it by the hash).
  appToolsJs: blobUrl(JS, file('tools-js')),
  appToolsWasm: blobUrl(WASM, file('tools-wasm')),
  // A worker started from a blob URL cannot fetch the page's other blob URLs under file://,
  // so its own source carries the module's glue and wasm, then static/town-store.js and
  // static/worker.js.
  workerScript: blobUrl(
    JS,
    workerGlue,
    `\n${decode}\nself.plateTrailWorkerWasm = decode('${block('worker-wasm')}');\n`,
    file('town-store'),
    '\n',
    file('worker'),
  ),
  // Where no worker starts, the page loads the module itself (static/page-desk.js).
  workerJs: blobUrl(JS, workerGlue),
  workerWasm: blobUrl(WASM, file('worker-wasm')),
  pageDesk: blobUrl(JS, file('page-desk')),
});
