// Writes a build's service worker: DIR/service-worker.js, from static/service-worker.js with
// its BUILD filled in (every file of the build with its SHA-384, the page's wasm name, and a
// version derived from all of them, so any changed file makes a new cache). Run by
// scripts/post_build.sh on Trunk's staging directory; the end-to-end test runs it on a copy
// of dist/ to make a second build.
// Usage: node scripts/service_worker.mjs DIR
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const SERVICE_WORKER = 'service-worker.js';
// Not precached: the service worker itself, and the single file made for USB sticks
// (scripts/offline_file.mjs), which no visit of the site uses.
const NOT_PRECACHED = new Set([SERVICE_WORKER, 'plate-trail-offline.html']);
const TEMPLATE = new URL('../static/service-worker.js', import.meta.url);
const PLACEHOLDER = '/* filled in by scripts/service_worker.mjs */ null';

function filesUnder(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, root) : [relative(root, path).split(sep).join('/')];
  });
}

/** The build in DIR as the service worker sees it: [[file, integrity]], pageWasm, version. */
export function describeBuild(dir) {
  const files = filesUnder(dir)
    .filter((file) => !NOT_PRECACHED.has(file))
    .sort()
    .map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`]);
  if (!files.some(([file]) => file === 'index.html')) throw new Error(`${dir} has no index.html`);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const wasm = html.match(/data-app-wasm=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/);
  if (!wasm) throw new Error(`${dir}/index.html names no wasm (data-app-wasm)`);
  const pageWasm = (wasm[1] ?? wasm[2] ?? wasm[3]).split('/').pop();
  const version = createHash('sha256').update(files.map((pair) => pair.join(' ')).join('\n')).digest('hex').slice(0, 16);
  return { version, pageWasm, files };
}

export function writeServiceWorker(dir) {
  const template = readFileSync(TEMPLATE, 'utf8');
  if (!template.includes(PLACEHOLDER)) throw new Error(`${TEMPLATE.pathname} lost its BUILD placeholder`);
  const build = describeBuild(dir);
  writeFileSync(join(dir, SERVICE_WORKER), template.replace(PLACEHOLDER, JSON.stringify(build)));
  return build;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/service_worker.mjs DIR');
    process.exit(2);
  }
  const build = writeServiceWorker(dir);
  console.log(`service_worker_version=${build.version} precached_files=${build.files.length}`);
}
