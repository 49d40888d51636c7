// Writes a build's service worker: DIR/service-worker.js, from static/service-worker.js with
// its BUILD filled in (every file of the build with its SHA-384, the `?v=` values its pages
// use, and a version derived from all the files, so any changed file makes a new cache). Run by
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

/** The build in DIR as the service worker sees it: [[file, integrity]], versions, version. */
export function describeBuild(dir) {
  const files = filesUnder(dir)
    .filter((file) => !NOT_PRECACHED.has(file))
    .sort()
    .map((file) => [file, `sha384-${createHash('sha384').update(readFileSync(join(dir, file))).digest('base64')}`]);
  if (!files.some(([file]) => file === 'index.html')) throw new Error(`${dir} has no index.html`);
  // The `?v=` values this build's pages ask with: the `v` its pages give their files
  // (present.html), and each page's wasm name, which src/town_worker.rs gives the worker's
  // module. A request with any other `v` comes from another build's page.
  const versions = new Set();
  for (const [file] of files.filter(([file]) => file.endsWith('.html'))) {
    const html = readFileSync(join(dir, file), 'utf8');
    for (const match of html.matchAll(/(data-app-wasm|data-app-js|src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
      const value = match[2] ?? match[3] ?? match[4];
      const v = new URL(value, 'http://build/').searchParams.get('v');
      if (v) versions.add(v);
      if (match[1] === 'data-app-wasm') versions.add(value.split('/').pop());
    }
  }
  const version = createHash('sha256').update(files.map((pair) => pair.join(' ')).join('\n')).digest('hex').slice(0, 16);
  return { version, versions: [...versions].sort(), files };
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
