// Your own town (issue 15, `#/import`, the tools module), in the built app: a dropped
// OpenStreetMap file is read in the town-wide worker with a progress bar and the simulator runs on its real roads, places and
// cameras (30 days, the dossier); a broken file gets a role=alert message naming it and the
// town on screen stays; a saved scenario file loads in a fresh browser with the same digest.
// The console and the policy lab run on the imported town; the first visit's simulator (the
// main module, which holds no imported town) stands the made-up town in and links back to
// Your own town, which reopens the same run from the copy the worker kept in this browser.
// Cameras on my route counts the imported town's cameras on the commute (not the made-up
// town's), and a copied link says that whoever opens it needs the map or scenario file.
// Every wait is on the app's state (data attributes, the summary, the alert), never a sleep;
// the limits are generous because a real town's import and month run on a loaded machine.
// Prints import_ms_worker{file=xml|pbf}= for the Somerville/Chelsea XML and PBF, beside
// import_ms_native{file=...}= (the native example on the same file, `cargo run --release
// --example import -- --osm FILE --timing`, built on first use) and import_ratio{file=...}=,
// and import_longest_task_ms= (the page's longest task from the drop until the new town's
// run is on screen: the target is 50 ms, the test fails above IMPORT_LONGEST_TASK_MS). A
// 10 MB XML town (the extract twice over, written to a temporary file at test time) prints
// import_ms_worker_xml10=, import_ms_native_xml10= and import_ratio_xml10=. The map files
// come from ../shared/data (never copied into the project); without them the tests are
// skipped with a note. A small made-up town with a boundary relation, which those files
// lack, is committed (tests/fixtures/town-with-boundary.osm): its town line follows the
// relation, and its places and a ready-made life's stops show their real names. A town
// picked while another takes the old town's screen down (issue 15's two quick picks) is the
// one that ends on screen: the earlier pick never comes back, and no part of the old screen
// once taken down is drawn again. A kept copy this browser can no longer read (spoiled in
// IndexedDB) is said as such, with the link to Your own town, where the file loads again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, mkdtemp, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, waitForRun, skipToEnd, screenshot,
  foreignRequests, seriousAxeViolations, recordLongTasks, longestTask, longestTaskMillis, pageNow, RUN_TIMEOUT,
  nativeImportMillis, printWorkerBesideNative, writeTwiceTheTown, dropFiles, SCREENSHOT_DIR,
} from './support.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(root, '..', 'shared', 'data');
const XML = join(DATA, 'osm', 'somerville-chelsea.osm');
const PBF = join(DATA, 'osm', 'somerville-chelsea.osm.pbf');
const CAMERAS = join(DATA, 'alpr', 'greater-boston-alpr.csv');
const present = [XML, PBF, CAMERAS].every(existsSync);
/** A made-up town with a boundary relation (committed: the shared files have none). */
const BOUNDARY_TOWN = join(root, 'tests', 'fixtures', 'town-with-boundary.osm');
if (!present) console.log(`# import tests skipped: the map files are not in ${DATA}`);

const session = useServerAndBrowser();

/** A real town's import and its month, on a machine shared with other builds. */
const IMPORT_TIMEOUT = 4 * RUN_TIMEOUT;

/** Opens Your own town (the tools module) and waits for its first run. */
async function openImport(page) {
  await page.goto(`${session.server.url}#/import`);
  await waitForApp(page);
  await page.waitForSelector('[data-testid="import-view"] [data-testid="town-drop"]', { timeout: RUN_TIMEOUT });
  return waitForRun(page);
}

/**
 * Prints the worker's milliseconds for `file` (`xml` or `pbf`) beside the native example's
 * for the same file and their ratio, as scripts/bench_worker.mjs prints its ratio.
 */
function printImportMillis(kind, file, worker) {
  printWorkerBesideNative({
    worker: `import_ms_worker{file=${kind}}`,
    native: `import_ms_native{file=${kind}}`,
    ratio: `import_ratio{file=${kind}}`,
  }, worker, nativeImportMillis(file), 1);
}

/**
 * The longest the page may block from a drop until the new town's run is on screen, in
 * milliseconds (wall time): the target is 50, the browser's long task. Every task of the
 * arrival is under 12 ms of CPU (`BY_CPU=1 IMPORT=... trace_long_tasks.mjs '#/import'`),
 * but on a loaded 2-core machine the wall time of one of them, about a second after the
 * drop (the town's arrival and the first slices of its run), passes 50 now and then: CI
 * 51-59 ms; 2026-12-02, load average 3-5 with `nice yes` on a core, 10 runs of this test:
 * 0 (none over 50) six times, then 59, 65, 71, 77. 100 leaves room for that stall and
 * still fails on a task that does real work on the page (reading the town's JSON took
 * 56-96 ms a task, the page's own decoding of a dropped file over a second).
 * Since the old town's screen is taken down a part a task (import15c, 2026-12-02; the
 * arrival 8-9 ms of CPU before, 4 after), 20 alternated pairs of this test: at a load
 * average of 2-6, over 50 in 3 of 10 runs before (51, 59, 62, all at the arrival, 0.6-1.1 s
 * after the drop) and in none of 10 after; at 7-11 (other sessions' CI and builds), over 50
 * in 7 of 10 both before (61-546) and after (60-444), over 100 in 5 of 10 both. A 50 ms limit
 * would then fail more often than this one does, so it stays 100.
 */
const IMPORT_LONGEST_TASK_MS = 100;

/** Waits for the run on `town` to be current (the import's last step), with no click. */
async function townRunCurrent(page, town) {
  await page.waitForFunction((town) => {
    const s = document.querySelector('[data-testid="simulator"]');
    return s && s.dataset.town === town && s.dataset.current === 'true';
  }, town, { timeout: IMPORT_TIMEOUT });
}

/**
 * Waits until the import of a picked or dropped file ends: the summary, or the alert, whose
 * message then fails the test at once (not after the timeout). On a timeout it says what the
 * picker showed and what the page logged.
 */
async function waitForImport(page, logs) {
  try {
    await page.waitForSelector('[data-testid="import-summary"], [data-testid="import-error"]', { timeout: IMPORT_TIMEOUT });
  } catch (error) {
    const picker = await page.evaluate(() => document.querySelector('[data-testid="town-picker"]')?.innerText ?? null)
      .catch((e) => `(could not read the page: ${e.message})`);
    throw new Error(`${error.message}\nthe picker at the timeout: ${JSON.stringify(picker)}\nthe page's log: ${JSON.stringify(logs.slice(-20))}`, { cause: error });
  }
  const failed = await page.$('[data-testid="import-error"]');
  if (failed) throw new Error(`the import failed: ${await failed.innerText()}\nthe page's log: ${JSON.stringify(logs.slice(-20))}`);
}

/** Collects the page's console messages (and the worker's), for a failure's message. */
function recordConsole(page) {
  const logs = [];
  page.on('console', (message) => logs.push(`${message.type()}: ${message.text()}`));
  page.on('worker', (worker) => worker.on('console', (message) => logs.push(`worker ${message.type()}: ${message.text()}`)));
  return logs;
}

/** Waits for the run on the town named `town` to be finished and current; returns its digest. */
async function runOnTown(page, town) {
  await page.waitForFunction((town) => {
    const s = document.querySelector('[data-testid="simulator"]');
    return s && s.dataset.town === town && s.dataset.current === 'true';
  }, town, { timeout: IMPORT_TIMEOUT });
  await skipToEnd(page);
  await page.waitForSelector('[data-testid="headline"][data-ready="true"]', { timeout: IMPORT_TIMEOUT });
  return page.getAttribute('[data-testid="simulator"]', 'data-digest');
}

test('a dropped map file becomes the town on the map, driven for 30 days, with a dossier', { skip: !present }, async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  const logs = recordConsole(page);
  await recordLongTasks(page);
  await openImport(page);
  assert.notEqual(await page.getAttribute('[data-testid="simulator"]', 'data-town'), 'somerville-chelsea');

  // "Your life" stays mounted while the new town is built and its screen drawn again in
  // steps: the very element, with what the visitor left in it.
  const droppedAt = await page.evaluate(() => {
    window.__plateTrailLife = document.querySelector('.sim-side > .controls');
    return performance.now();
  });
  await dropFiles(page, [XML, CAMERAS]);
  await page.waitForSelector('[data-testid="import-progress"], [data-testid="import-summary"], [data-testid="import-error"]', { timeout: IMPORT_TIMEOUT });
  await waitForImport(page, logs);
  // From the drop until the town is read, drawn and its run on screen: the page never
  // blocks long.
  await townRunCurrent(page, 'somerville-chelsea');
  const { millis: longest, startMillis } = await longestTask(page, droppedAt);
  console.log(`import_longest_task_ms=${longest.toFixed(1)}`);
  // When it came, from the drop: the town's arrival, its run on the page, or the paint.
  if (longest > 0) console.log(`import_longest_task_after_drop_ms=${(startMillis - droppedAt).toFixed(0)}`);
  assert.ok(longest < IMPORT_LONGEST_TASK_MS, `the page blocked ${longest} ms while the town arrived`);
  assert.equal(await page.evaluate(() => window.__plateTrailLife?.isConnected), true,
    '"Your life" stayed mounted through the new town');
  const digest = await runOnTown(page, 'somerville-chelsea');
  const xmlMillis = Number(await page.getAttribute('[data-testid="import-summary"]', 'data-import-millis'));
  printImportMillis('xml', XML, xmlMillis);
  console.log(`longest_task_ms{import+30 days}=${(await longestTaskMillis(page, droppedAt)).toFixed(1)}`);

  // The real town: its name, OpenStreetMap's attribution, its cameras; 30 days in the log.
  assert.match(await page.getByTestId('real-town').innerText(), /OpenStreetMap contributors/);
  const cameras = Number(await page.getAttribute('[data-testid="simulator"]', 'data-cameras'));
  assert.ok(cameras > 20, `${cameras} cameras`);
  // Its camera count is the files' (no slider: the count only places the made-up town's).
  const control = page.getByTestId('camera-control');
  assert.equal(Number(await control.getAttribute('data-mapped')), cameras);
  assert.equal(await control.getByRole('slider').count(), 0, 'no camera slider on a real town');
  assert.match(await page.getByTestId('camera-density').innerText(), new RegExp(`^${cameras} cameras on`));
  assert.match(await page.getByTestId('import-summary').innerText(), /somerville-chelsea: [\d.]+\skm of road/);
  assert.match(await page.getByTestId('status-line').innerText(), /\d/);
  assert.ok((await page.getByTestId('dossier').innerText()).length > 100, 'the dossier is drawn');
  assert.ok(digest);
  // Its roads, drawn a class a task after the rest of the map: every class, the streets in
  // thousands of points.
  const roads = await page.$$eval('[data-testid="town-map"] .roads path',
    (paths) => paths.map((p) => [p.getAttribute('class'), (p.getAttribute('d') ?? '').length]));
  assert.deepEqual(roads.map(([c]) => c),
    ['road road--local', 'road road--collector', 'road road--arterial', 'road road--highway']);
  assert.ok(roads[0][1] > 50_000, `the streets' path is ${roads[0][1]} characters`);
  await screenshot(page, 'import-somerville');

  // The same area as PBF, picked with the file button this time.
  const pbfPickedAt = await pageNow(page);
  const generation = Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation'));
  await page.getByTestId('town-files').setInputFiles([PBF, CAMERAS]);
  await waitForRun(page, generation);
  await runOnTown(page, 'somerville-chelsea');
  const pbfMillis = Number(await page.getAttribute('[data-testid="import-summary"]', 'data-import-millis'));
  printImportMillis('pbf', PBF, pbfMillis);
  const longestPbf = await longestTaskMillis(page, pbfPickedAt);
  console.log(`import_longest_task_ms{file=somerville-chelsea.osm.pbf}=${longestPbf.toFixed(1)}`);

  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** The corners of the map's town line (its SVG path: `M x y L x y ... Z`), in drawing units. */
async function townLineCorners(page) {
  const d = await page.getAttribute('[data-testid="town-map"] path.town-line', 'd');
  return [...(d ?? '').matchAll(/[ML](-?[\d.]+) (-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

test('a town with a boundary relation is drawn inside its town line, with its places by their real names', async () => {
  // tests/fixtures/town-with-boundary.osm (made by make_town_with_boundary.mjs beside it):
  // the shared extracts have no boundary relation. Its town line, Quillmoor's relation
  // (admin_level 8), has seven corners, well inside the file's <bounds> and its county's
  // rectangle (admin_level 6); `tests/import_boundary_town.rs` checks the same natively.
  const { page, errors } = await openRecordedPage(session.browser);
  // The town is named by its relation, not its file.
  await onQuillmoor(page, recordConsole(page));
  assert.match(await page.getByTestId('real-town').innerText(), /Quillmoor/);

  // The outline follows the relation: seven corners, not the bounds' four.
  const corners = await townLineCorners(page);
  const distinct = new Set(corners.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`));
  assert.equal(distinct.size, 7, `the town line's corners: ${JSON.stringify(corners)}`);
  const xs = new Set(corners.map(([x]) => Math.round(x)));
  assert.ok(xs.size > 2, `the town line is a rectangle: ${JSON.stringify(corners)}`);

  // The places by their real names, in the map's text alternative.
  const places = await page.getByTestId('map-text').textContent();
  for (const name of ["St. Brigid's Catholic Church", 'Carpenters Local 33', 'Quillmoor General Hospital', 'Masjid Al-Noor']) {
    assert.ok(places.includes(name), `${name} in the map's text: ${places}`);
  }
  assert.doesNotMatch(places, /Quill Inn/, 'a hotel is no place of ours');

  // A ready-made life (the parent with a school run and an office job) lives at them: its
  // work and stops, as "Your life" lists them, are the town's named places.
  const generation = Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation'));
  await page.getByLabel('A ready-made life').selectOption({ index: 0 });
  await waitForRun(page, generation, IMPORT_TIMEOUT);
  await page.waitForSelector('[data-testid="plan-stops"]', { timeout: RUN_TIMEOUT });
  const stops = await page.getByTestId('plan-stops').innerText();
  for (const name of ['Eastside Elementary School', "St. Brigid's Catholic Church", 'Harbor Foods', 'Quillmoor Town Hall']) {
    assert.ok(stops.includes(name), `${name} in the life's stops: ${stops}`);
  }
  const work = await page.$eval('#work-place', (select) => select.selectedOptions[0]?.textContent ?? '');
  assert.match(work, /Brightline Offices/);
  await screenshot(page, 'import-boundary-town');
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** Replaces the town this browser kept after the import (static/town-store.js) with `json`. */
async function spoilKeptTown(page, json) {
  await page.evaluate((json) => new Promise((resolve, reject) => {
    const open = indexedDB.open('plate-trail-towns', 1);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const transaction = db.transaction('towns', 'readwrite');
      const store = transaction.objectStore('towns');
      const kept = store.get('last');
      kept.onsuccess = () => store.put({ digest: kept.result.digest, json }, 'last');
      transaction.oncomplete = () => { db.close(); resolve(); };
      transaction.onerror = () => reject(transaction.error);
    };
  }), json);
}

test("a kept town this browser can no longer read: the console, the policy lab and Cameras on my route say so, and lead to Your own town", async () => {
  // The console, the policy lab and Cameras on my route (a page of their own after a
  // reload) take the imported town back from the copy this browser kept. A browser may clear that copy, or leave it
  // unreadable: the visitor is told the copy is gone (not that a link cannot carry it, as
  // for a received link), and a link opens Your own town, where loading the file again
  // puts the run back.
  const { page, errors } = await openRecordedPage(session.browser);
  const logs = recordConsole(page);
  await onQuillmoor(page, logs);
  // The address bar carries the run's link, naming the town (`town=DIGEST-Quillmoor`).
  const link = page.url();
  assert.match(link, /[?&]town=[0-9a-f]{16}-Quillmoor/);
  await spoilKeptTown(page, '{"format": "plate-trail-town", "roads": [');

  for (const [view, ready] of [['#/console', 'console'], ['#/policy', 'policy'], ['#/route', null]]) {
    await page.goto(`${session.server.url}?reloaded${view}`);
    await waitForApp(page);
    const note = page.getByTestId('town-not-held');
    await note.waitFor({ timeout: RUN_TIMEOUT });
    const said = await note.innerText();
    assert.match(said, /Quillmoor/, `${view} names the town: ${said}`);
    assert.match(said, /no longer has the copy/, `${view} says the kept copy is gone: ${said}`);
    assert.doesNotMatch(said, /a link cannot carry/, `${view} blames no link: ${said}`);
    if (ready) assert.equal(await page.getAttribute(`[data-testid="${ready}"]`, 'data-ready'), 'false');
  }
  await screenshot(page, 'import-kept-town-lost');

  await page.getByTestId('town-load').click();
  await page.waitForSelector('[data-testid="import-view"] [data-testid="town-drop"]', { timeout: RUN_TIMEOUT });
  await dropFiles(page, [BOUNDARY_TOWN]);
  await waitForImport(page, logs);
  await runOnTown(page, 'Quillmoor');
  await page.click('nav[aria-label="Main"] a[href="#/console"]');
  await page.waitForSelector('[data-testid="console"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.getAttribute('[data-testid="console"]', 'data-town'), 'Quillmoor');
  assert.deepEqual(errors, []);
  await page.context().close();

  // A received link, in another browser, is another matter: a link cannot carry a town.
  // One whose `town` value was cut after the digest names none, nor does the sentence.
  const unnamed = link.replace(/([?&]town=[0-9a-f]{16}-)[^&#]*/, '$1').replace(/#.*$/, '#/console');
  const { page: other, errors: otherErrors } = await openRecordedPage(session.browser);
  await other.goto(unnamed);
  await waitForApp(other);
  await other.getByTestId('town-not-held').waitFor({ timeout: RUN_TIMEOUT });
  const said = await other.getByTestId('town-not-held').innerText();
  assert.match(said, /^This run is on a town read from a map file, which a link cannot carry/, said);
  assert.deepEqual(otherErrors, []);
  await other.context().close();
});

test('the console and the policy lab run on the imported town, and the simulator keeps it', { skip: !present }, async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await openImport(page);
  await page.getByTestId('town-files').setInputFiles([PBF, CAMERAS]);
  const digest = await runOnTown(page, 'somerville-chelsea');

  // The console is the tools module too: it runs on the town the page holds.
  await page.click('nav[aria-label="Main"] a[href="#/console"]');
  await page.waitForSelector('[data-testid="console"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.getAttribute('[data-testid="console"]', 'data-town'), 'somerville-chelsea');
  await page.locator('label[for="tool-lookup"]').click();
  await page.waitForSelector('[data-testid="tool-form"][data-tool="lookup"]');
  await page.getByTestId('run-search').click();
  await page.waitForSelector('[data-testid="results"][data-tool="lookup"]', { timeout: IMPORT_TIMEOUT });
  assert.ok(Number(await page.getAttribute('[data-testid="results"]', 'data-count')) > 0, 'the lookup finds the car on the real roads');
  await screenshot(page, 'import-console');

  await page.click('nav[aria-label="Main"] a[href="#/policy"]');
  await page.waitForSelector('[data-testid="policy"][data-computing="false"] [data-testid="comparison"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.getAttribute('[data-testid="policy"]', 'data-town'), 'somerville-chelsea');

  // The first visit's simulator (the main module: the page reloads) holds no imported
  // town: the made-up town stands in, with the note and the link back, and the visitor's
  // run is not overwritten; Your own town reopens the same run on the kept town.
  await page.click('nav[aria-label="Main"] a[href="#/simulator"]');
  await waitForApp(page);
  await waitForRun(page);
  assert.notEqual(await page.getAttribute('[data-testid="simulator"]', 'data-town'), 'somerville-chelsea');
  assert.match(await page.getByTestId('saved-note').innerText(), /map file/);
  await page.getByTestId('import-open').click();
  await waitForApp(page);
  assert.equal(await runOnTown(page, 'somerville-chelsea'), digest);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("the simulator's link to Your own town opens the file picker in view, with the focus", async () => {
  // The view looks like the simulator, its picker far below the top (about 2,800 px on a
  // laptop, 7,000 on a phone): a visitor who followed the link saw the same page again.
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    const { page, errors } = await openRecordedPage(session.browser, { viewport });
    await page.goto(`${session.server.url}#/simulator`);
    await waitForApp(page);
    await waitForRun(page);
    await page.getByTestId('import-open').click();
    await page.waitForFunction(() => document.activeElement?.id === 'town-picker-title', null, { timeout: RUN_TIMEOUT });
    // Measured once the page above has nothing more to draw (the town-wide search's cards
    // arrive last, above the picker on a phone).
    await page.waitForFunction(() => !document.querySelector('[data-testid="dossier-searching"]'), null, { timeout: RUN_TIMEOUT });
    // The view settles within a moment (the picker corrects the browser's scroll anchoring
    // a quarter of a second after its scroll); the check below names where it ended.
    await page.waitForFunction(() => {
      const top = document.getElementById('town-picker-title').getBoundingClientRect().top;
      return top >= 0 && top <= 40;
    }, null, { timeout: 5000 }).catch(() => {});
    const picker = await page.evaluate(() => {
      const box = document.getElementById('town-picker-title').getBoundingClientRect();
      const button = document.querySelector('[data-testid="town-drop"] .file-button').getBoundingClientRect();
      return { top: box.top, buttonBottom: button.bottom, scrolled: scrollY };
    });
    const where = `${viewport.width}x${viewport.height}: ${JSON.stringify(picker)}`;
    assert.ok(picker.scrolled > 0, `the page scrolled to the picker (${where})`);
    assert.ok(picker.top >= -1 && picker.buttonBottom <= viewport.height,
      `the picker's heading and its file button are on screen (${where})`);
    // What the visitor sees on arrival: the screen, not the whole page.
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `import-arrival-${viewport.width}.png`) });
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

/** The operators the camera file names (its `operator` column; no field is quoted). */
async function cameraOperators(file) {
  const [head, ...rows] = (await readFile(file, 'utf8')).trim().split('\n');
  const column = head.split(',').indexOf('operator');
  return new Set(rows.map((row) => row.split(',')[column].trim()).filter(Boolean));
}

test("Cameras on my route counts the imported town's cameras, and a copied link says it needs the map file", { skip: !present }, async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
  const logs = recordConsole(page);
  await openImport(page);
  await page.getByTestId('town-files').setInputFiles([PBF, CAMERAS]);
  await waitForImport(page, logs);
  await runOnTown(page, 'somerville-chelsea');

  // The link names the town but cannot carry it: the message says what opening it needs.
  await page.getByTestId('copy-link').click();
  await page.getByTestId('share-status').filter({ hasText: 'Link copied' }).waitFor();
  const copied = await page.getByTestId('share-status').innerText();
  assert.match(copied, /Link copied\. .*needs the same map file, or this run's scenario file/, copied);
  assert.doesNotMatch(copied, /on any computer/);
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /[?&]town=/);

  // The route view, for this run: its routes and cameras are the imported town's.
  // By the keyboard: the dossier's cards above the link are drawn only once near the screen,
  // and a mouse click timed by the link's box could land where it stood a frame before (CI,
  // 2026-12-03: the route view never opened).
  await page.getByTestId('route-open').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="route-view"] [data-testid="route-panel"]', { timeout: RUN_TIMEOUT });
  await page.getByLabel(/Extra minutes you would drive/).fill('10');
  await page.getByLabel(/Extra minutes you would drive/).press('Tab');
  await page.getByTestId('route-check').click();
  await page.waitForSelector('[data-testid="route-result"], [data-testid="route-error"]', { timeout: IMPORT_TIMEOUT });
  const failed = await page.$('[data-testid="route-error"]');
  if (failed) assert.fail(`the route panel failed on the imported town: ${await failed.innerText()}`);
  const result = page.getByTestId('route-result');
  const fastest = Number(await result.getAttribute('data-fastest-cameras'));
  const avoiding = Number(await result.getAttribute('data-avoiding-cameras'));
  // This life's commute in Somerville passes the imported cameras (the made-up town, which
  // stood in before, gave a 3-minute commute past none, and more reads when avoiding them).
  assert.ok(fastest > 0, `the commute passes the town's cameras: ${fastest}`);
  assert.ok(avoiding <= fastest, `${avoiding} <= ${fastest}`);
  const reads = ['data-fastest-reads', 'data-avoiding-reads'].map(async (name) => Number(await result.getAttribute(name)));
  const [asDriven, whenAvoiding] = await Promise.all(reads);
  assert.ok(asDriven > 0, 'the analyst reads the car in the real town');
  assert.ok(whenAvoiding <= asDriven, `no more reads when avoiding cameras: ${whenAvoiding} > ${asDriven}`);
  const text = await result.innerText();
  assert.match(text, /Home to work/);
  assert.match(text, /Work to home/);
  assert.doesNotMatch(text, /Millbrook/, `the made-up town's cameras: ${text}`);
  // Every camera passed is named by an operator of the imported camera file.
  const known = await cameraOperators(CAMERAS);
  const cells = await page.$$eval('[data-testid="route-result"] tbody td .hint', (hints) => hints.map((h) => h.textContent));
  assert.equal(cells.length, 4, 'fastest and fewest cameras, each way');
  const named = cells.filter((cell) => cell !== 'none')
    .flatMap((cell) => cell.split(', ').map((entry) => entry.replace(/: \d+$/, '')))
    .filter((operator) => operator !== 'operator not mapped');
  assert.ok(fastest === 0 || cells.some((cell) => cell !== 'none'), `${fastest} cameras, none named: ${cells}`);
  for (const operator of named) assert.ok(known.has(operator), `${operator} runs none of the imported cameras (${[...known]})`);
  console.log(`route_on_imported_town{fastest=${fastest},avoiding=${avoiding}}`);
  await screenshot(page, 'import-route');

  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('without workers (an old browser, the single offline file) a dropped map file gets a message and the town stays', { skip: !present }, async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.addInitScript(() => { delete window.Worker; });
  await openImport(page);
  const town = await page.getAttribute('[data-testid="simulator"]', 'data-town');
  await dropFiles(page, [PBF, CAMERAS]);
  const alert = page.getByTestId('import-error');
  await alert.waitFor({ timeout: IMPORT_TIMEOUT });
  const message = await alert.innerText();
  // It names the file and the browser as the cause, not the file's size or format.
  assert.match(message, /somerville-chelsea\.osm\.pbf: .*background worker.*current town is unchanged/s);
  assert.doesNotMatch(message, /smaller area/);
  assert.equal(await page.getAttribute('[data-testid="simulator"]', 'data-town'), town);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a broken file gets a message naming it, and the town on screen stays', { skip: !present }, async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await openImport(page);
  // The previous town is a real one: a broken file must not take it away.
  await page.getByTestId('town-files').setInputFiles([PBF, CAMERAS]);
  await runOnTown(page, 'somerville-chelsea');
  const before = await page.getAttribute('[data-testid="simulator"]', 'data-digest');
  const town = await page.getAttribute('[data-testid="simulator"]', 'data-town');

  // Cut off half way.
  const xml = await readFile(XML);
  const dir = await mkdtemp(join(tmpdir(), 'plate-trail-import-'));
  const cut = join(dir, 'cut-off.osm');
  await (await import('node:fs/promises')).writeFile(cut, xml.subarray(0, 200_000));
  await page.getByTestId('town-files').setInputFiles(cut);
  const alert = page.locator('[data-testid="import-error"][role="alert"]');
  await alert.waitFor({ timeout: IMPORT_TIMEOUT });
  const message = await alert.innerText();
  assert.match(message, /^cut-off\.osm: /);
  assert.match(message, /cut off|ends|broken/i);
  assert.match(message, /Your current town is unchanged/);

  // An empty file, and a picture renamed .osm.
  const empty = join(dir, 'empty.osm');
  await (await import('node:fs/promises')).writeFile(empty, '');
  await page.getByTestId('town-files').setInputFiles(empty);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')?.innerText.startsWith('empty.osm: '));
  assert.match(await alert.innerText(), /empty/);
  const picture = join(dir, 'picture.osm');
  await (await import('node:fs/promises')).writeFile(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]));
  await page.getByTestId('town-files').setInputFiles(picture);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')?.innerText.startsWith('picture.osm: '));

  assert.equal(await page.getAttribute('[data-testid="simulator"]', 'data-digest'), before);
  assert.equal(await page.getAttribute('[data-testid="simulator"]', 'data-town'), town);
  assert.equal(await page.getAttribute('[data-testid="simulator"]', 'data-current'), 'true');
  await screenshot(page, 'import-broken-file');
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a saved scenario file loads in a fresh browser with the same run', { skip: !present }, async () => {
  const context = await session.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await openImport(page);
  await page.getByTestId('town-files').setInputFiles([PBF, CAMERAS]);
  const digest = await runOnTown(page, 'somerville-chelsea');
  // The link says the run needs the file.
  assert.match(page.url(), /[?&]town=[0-9a-f]{16}-somerville-chelsea/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('save-scenario-file').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'somerville-chelsea.plate-trail.json');
  const saved = join(await mkdtemp(join(tmpdir(), 'plate-trail-scenario-')), download.suggestedFilename());
  await download.saveAs(saved);
  const head = JSON.parse(await readFile(saved, 'utf8'));
  assert.equal(head.format, 'plate-trail-scenario');
  assert.equal(head.version, 1);
  await context.close();

  // A fresh browser: the link alone cannot show the town, the file can.
  const fresh = await session.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const second = await fresh.newPage();
  const errors = [];
  second.on('pageerror', (e) => errors.push(String(e)));
  await openImport(second);
  await second.getByTestId('town-files').setInputFiles(saved);
  assert.equal(await runOnTown(second, 'somerville-chelsea'), digest);

  // A newer version is refused with a message, and the town stays.
  const newer = join(dirname(saved), 'newer.plate-trail.json');
  await (await import('node:fs/promises')).writeFile(newer, '{"format":"plate-trail-scenario","version":2,"scenario":{},"town":{}}');
  await second.getByTestId('town-files').setInputFiles(newer);
  await second.waitForSelector('[data-testid="import-error"][role="alert"]', { timeout: IMPORT_TIMEOUT });
  assert.match(await second.getByTestId('import-error').innerText(), /^newer\.plate-trail\.json: .*version 2.*newer/);
  assert.equal(await second.getAttribute('[data-testid="simulator"]', 'data-digest'), digest);
  assert.deepEqual(errors, []);
  await fresh.close();
});

test('a 10 MB OpenStreetMap XML town imports in the worker while the page stays responsive', { skip: !present }, async () => {
  // Issue 15's target: a 10 MB XML town in under 3 s in the worker. Written at test time
  // (the Somerville/Chelsea extract twice over), never committed.
  const twice = join(await mkdtemp(join(tmpdir(), 'plate-trail-import-')), 'somerville-chelsea-twice.osm');
  const bytes = await writeTwiceTheTown(XML, twice);
  console.log(`import_file_bytes{file=xml10}=${bytes}`);
  assert.ok(bytes > 10_000_000, `the town file is ${bytes} bytes`);
  const { page, errors } = await openRecordedPage(session.browser);
  const logs = recordConsole(page);
  await recordLongTasks(page);
  await openImport(page);
  const twiceDroppedAt = await pageNow(page);
  await dropFiles(page, [twice]);
  await waitForImport(page, logs);
  await townRunCurrent(page, 'somerville-chelsea-twice');
  const worker = Number(await page.getAttribute('[data-testid="import-summary"]', 'data-import-millis'));
  printWorkerBesideNative({
    worker: 'import_ms_worker_xml10', native: 'import_ms_native_xml10', ratio: 'import_ratio_xml10',
  }, worker, nativeImportMillis(twice), 1);
  const { millis: longest, startMillis } = await longestTask(page, twiceDroppedAt);
  console.log(`import_longest_task_ms{file=xml10}=${longest.toFixed(1)}`);
  if (longest > 0) console.log(`import_longest_task_after_drop_ms{file=xml10}=${(startMillis - twiceDroppedAt).toFixed(0)}`);
  assert.ok(longest < IMPORT_LONGEST_TASK_MS, `the page blocked ${longest} ms while the town arrived`);
  // 3 s is the target on a quiet machine; this bound only catches a parse gone slow.
  assert.ok(worker > 0 && worker < 15_000, `the worker took ${worker} ms`);
  assert.match(await page.getByTestId('import-summary').innerText(), /somerville-chelsea-twice: [\d.]+\skm of road/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

/**
 * Counts the old result's parts on screen while `town` is the one drawn (the simulator's
 * drawing steps the take-down removes a task at a time: what stands under the map, the
 * dossier, the capture log, the uniqueness chart), and records everything the visitor is
 * told meanwhile: the town on the map, the live region's new words and the page's address.
 * It clicks "Back to the made-up town" in the same task as `clickAt` first holds:
 * `'drawing'`, when the picker says it is drawing the dropped town (the worker's answer is
 * in; the town arrives two tasks later), or `'take-down'`, when a pick already made has
 * begun taking `town`'s screen down (a part gone). Runs in the page.
 */
function watchTakeDown({ town, clickAt }) {
  const seen = { parts: [], partsAfter: [], towns: [], announcements: [], addresses: [], pickedAtParts: null };
  window.__plateTrailTakeDown = seen;
  const parts = () => ['status-line', 'dossier', 'capture-log', 'uniqueness']
    .filter((id) => document.querySelector(`[data-testid="simulator"] [data-testid="${id}"]`)).length;
  const said = () => document.querySelector('[data-testid="announcement"]')?.textContent ?? '';
  // What the live region said before (the first import's words) is not this test's.
  let lastSaid = said();
  const look = () => {
    const drawn = document.querySelector('[data-testid="simulator"]')?.dataset.town ?? null;
    if (seen.towns.at(-1) !== drawn) seen.towns.push(drawn);
    if (said() !== lastSaid) {
      lastSaid = said();
      if (lastSaid) seen.announcements.push(lastSaid);
    }
    const count = parts();
    const list = drawn === town ? seen.parts : seen.partsAfter;
    if (drawn !== null && list.at(-1) !== count) list.push(count);
    const status = document.querySelector('[data-testid="import-progress"]')?.textContent ?? '';
    const now = clickAt === 'drawing'
      ? status.includes('Drawing your town')
      : drawn === town && parts() < 4;
    if (seen.pickedAtParts === null && now) {
      seen.pickedAtParts = parts();
      document.querySelector('[data-testid="made-up-town"]').click();
    }
  };
  look();
  new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
  const replace = history.replaceState.bind(history);
  history.replaceState = (state, unused, url) => {
    seen.addresses.push(String(url ?? ''));
    return replace(state, unused, url);
  };
}

/** Quillmoor imported from the boundary fixture and its run whole; the made-up town's name. */
async function onQuillmoor(page, logs) {
  await openImport(page);
  const madeUp = await page.getAttribute('[data-testid="simulator"]', 'data-town');
  await dropFiles(page, [BOUNDARY_TOWN]);
  await waitForImport(page, logs);
  await runOnTown(page, 'Quillmoor');
  return madeUp;
}

/**
 * After the picks a test made on Quillmoor's screen: the made-up town, the visitor's last
 * pick, is the one on the map, announced once, with nothing of `notShown`'s ever shown, said
 * or put in the address, and Quillmoor's parts taken down once, one a task.
 */
async function madeUpTownWon(page, { madeUp, generation, expectedPickedAtParts, notShown }) {
  // A whole run after the picks (another town's fails below, with what was seen).
  await page.waitForFunction((after) => {
    const s = document.querySelector('[data-testid="simulator"]');
    return s && s.dataset.town !== 'Quillmoor' && s.dataset.current === 'true' && Number(s.dataset.generation) > after;
  }, generation, { timeout: IMPORT_TIMEOUT });
  // Long enough for a late arrival (a dropped town comes two tasks after its answer) to show.
  await page.waitForTimeout(1_000);
  const seen = await page.evaluate(() => window.__plateTrailTakeDown);
  const told = JSON.stringify(seen);
  assert.equal(seen.pickedAtParts, expectedPickedAtParts, `when the made-up town was picked: ${told}`);
  // Quillmoor's parts only ever fell, one a task, to none; then the made-up town came.
  assert.deepEqual(seen.parts, [4, 3, 2, 1, 0], `Quillmoor's parts on screen, and what the page told: ${told}`);
  // The next town's parts only ever came, a drawing step at a time, from its one run.
  assert.ok(seen.partsAfter.every((n, i) => i === 0 || n > seen.partsAfter[i - 1]), told);
  assert.equal(seen.partsAfter.at(-1), 4, told);
  assert.equal(Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation')), generation + 1, told);
  assert.equal(await page.getAttribute('[data-testid="simulator"]', 'data-town'), madeUp, told);
  assert.deepEqual(seen.towns.filter((t) => t !== null), ['Quillmoor', madeUp], told);
  assert.doesNotMatch(await page.getAttribute('[data-testid="town-map"]', 'aria-label'), /Quillmoor|Brackwater/);
  assert.ok((await page.getByTestId('dossier').innerText()).length > 100, 'the dossier is drawn');
  assert.equal(await page.getByTestId('import-progress').count(), 0, 'no import is said to be running');
  assert.deepEqual(seen.announcements, ['The made-up town is back.'], told);
  assert.ok(seen.addresses.every((a) => !/[?&]town=/.test(a)), told);
  assert.doesNotMatch(page.url(), /[?&]town=/);
  if (notShown) assert.ok(!told.includes(notShown), told);
}

test('going back to the made-up town while a dropped file is drawn ends that import', async () => {
  // Issue 15: the visitor's last pick wins. "Back to the made-up town" clicked while the
  // picker said it was drawing a dropped town (Brackwater, a renamed copy of Quillmoor) had
  // the dropped town arrive after it and replace the town the visitor had just chosen.
  const { page, errors } = await openRecordedPage(session.browser);
  const madeUp = await onQuillmoor(page, recordConsole(page));
  const fixture = await readFile(BOUNDARY_TOWN, 'utf8');
  assert.ok(fixture.includes('<tag k="name" v="Quillmoor"/>'));
  const other = join(await mkdtemp(join(tmpdir(), 'plate-trail-import-')), 'brackwater.osm');
  await (await import('node:fs/promises')).writeFile(other, fixture.replace('<tag k="name" v="Quillmoor"/>', '<tag k="name" v="Brackwater"/>'));

  const generation = Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation'));
  await page.evaluate(watchTakeDown, { town: 'Quillmoor', clickAt: 'drawing' });
  assert.deepEqual(await page.evaluate(() => window.__plateTrailTakeDown.parts), [4]);
  await dropFiles(page, [other]);
  await madeUpTownWon(page, { madeUp, generation, expectedPickedAtParts: 4, notShown: 'Brackwater' });
  await screenshot(page, 'import-back-during-import');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a town picked while another takes the old screen down wins, and no removed part comes back', async () => {
  // Issue 15: the old town's screen is taken down a part a task before a new town is put on
  // the map. A second pick within those tasks (here "Back to the made-up town" clicked again
  // once the first click's take-down has removed a part) had started a second take-down
  // beside the first: it put parts already removed back on screen, and both put their town
  // on the map, in the live region and in the address.
  const { page, errors } = await openRecordedPage(session.browser);
  const madeUp = await onQuillmoor(page, recordConsole(page));
  const generation = Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation'));
  await page.evaluate(watchTakeDown, { town: 'Quillmoor', clickAt: 'take-down' });
  assert.deepEqual(await page.evaluate(() => window.__plateTrailTakeDown.parts), [4]);
  await page.getByTestId('made-up-town').click();
  await madeUpTownWon(page, { madeUp, generation, expectedPickedAtParts: 3 });
  await screenshot(page, 'import-second-pick');
  assert.deepEqual(errors, []);
  await page.context().close();
});
