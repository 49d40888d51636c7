// A real town's import in the browser's town-wide worker beside the same import natively,
// from one command: `node scripts/bench_import.mjs` after `make dist` (it runs the native
// example itself). For the Somerville/Chelsea OpenStreetMap XML and PBF in ../shared/data:
// the worker's figure is the time the worker took to read and build the town (the import
// summary's data-import-millis, as the visitor's pick of the file in the built app measures
// it), the native one `cargo run --release --example import -- --osm FILE --timing`.
// Prints import_ms{file=...,where=worker}=, import_ms{file=...,where=native}=,
// import_ratio{file=...}= (worker / native) and import_longest_task_ms{file=...}= (the page's
// longest main-thread task from the pick until the town's run is on screen).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, launchBrowser, recordLongTasks, longestTaskMillis, RUN_TIMEOUT } from '../tests/e2e/support.mjs';

const root = new URL('../', import.meta.url).pathname;
const files = ['somerville-chelsea.osm', 'somerville-chelsea.osm.pbf'].map((name) => join(root, '..', 'shared', 'data', 'osm', name));
if (!files.every(existsSync)) {
  console.log('# bench_import skipped: ../shared/data/osm/somerville-chelsea.osm{,.pbf} are absent');
  process.exit(0);
}

const nativeMs = {};
for (const file of files) {
  const out = execFileSync('cargo', ['run', '--quiet', '--release', '--example', 'import', '--', '--osm', file, '--timing'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
  });
  nativeMs[file] = Number(out.match(/^import_ms=(\S+)$/m)?.[1]);
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordLongTasks(page);
  await page.goto(`${server.url}#/simulator`);
  await page.waitForSelector('[data-testid="simulator"][data-current="true"]', { timeout: RUN_TIMEOUT });
  for (const file of files) {
    const name = file.split('/').pop();
    await page.evaluate(() => { window.__plateTrailLongTasks = []; });
    const generation = Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation'));
    await page.getByTestId('town-files').setInputFiles(file);
    await page.waitForFunction((after) => {
      const s = document.querySelector('[data-testid="simulator"]');
      return s && Number(s.dataset.generation) > after && s.dataset.current === 'true'
        && document.querySelector('[data-testid="import-summary"]')?.dataset.importMillis;
    }, generation, { timeout: RUN_TIMEOUT });
    const worker = Number(await page.getAttribute('[data-testid="import-summary"]', 'data-import-millis'));
    const native = nativeMs[file];
    console.log(`import_ms{file=${name},where=worker}=${worker.toFixed(1)}`);
    console.log(`import_ms{file=${name},where=native}=${native.toFixed(1)}`);
    console.log(`import_ratio{file=${name}}=${(worker / native).toFixed(2)}`);
    console.log(`import_longest_task_ms{file=${name}}=${(await longestTaskMillis(page)).toFixed(1)}`);
  }
} finally {
  await browser.close();
  server.server.close();
}
