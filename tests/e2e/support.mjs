// Shared pieces of the end-to-end tests: a static server for dist/ under a sub-path (to
// prove relative paths work), Debian's headless Chromium via playwright-core, a recorder of
// every request and console error, axe-core, and screenshots under target/screenshots/.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url).pathname;
// PLATE_TRAIL_DIST serves another build (e.g. one made with `trunk build --dist`).
export const dist = process.env.PLATE_TRAIL_DIST ?? join(root, 'dist');
export const SUB_PATH = '/plate-trail/';
// A page of another origin (http://localhost:<port>/embed/?view=simulator) that embeds the
// app, served from 127.0.0.1, in an iframe: a third-party context, as on a news site.
export const EMBED_PATH = '/embed/';
export const SCREENSHOT_DIR = join(root, 'target', 'screenshots');

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

// The page-error recorder that startServer({ recordErrors: true }) adds to index.html.
const ERROR_RECORDER = '__e2e__/record-errors.js';

/**
 * Serves dist/ at http://127.0.0.1:<port>/plate-trail/ (and EMBED_PATH's page) on a free
 * port. With `recordErrors`, index.html also loads tests/e2e/record-errors.js (same origin,
 * so the page's CSP allows it) for drivers that cannot observe page errors themselves. With
 * `gzip`, responses are compressed for clients that accept it, as a static host serves them.
 * `serveDir` (a function of the requested file's path, returning a directory or a promise of
 * one) names the directory to serve at each request, to deploy a new build or answer slowly.
 */
export async function startServer({ recordErrors = false, gzip = false, serveDir = () => dist } = {}) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === EMBED_PATH) {
      const view = (url.searchParams.get('view') ?? '').replace(/[^a-z-]/g, '');
      const app = `http://127.0.0.1:${server.address().port}${SUB_PATH}#/${view}`;
      response.writeHead(200, { 'content-type': MIME['.html'] });
      response.end(`<!DOCTYPE html><html lang="en"><title>A page that embeds Plate Trail</title><link rel="icon" href="data:,">
        <iframe src="${app}" title="Plate Trail" width="1240" height="860"></iframe></html>`);
      return;
    }
    if (!url.pathname.startsWith(SUB_PATH)) {
      response.writeHead(404).end('not under the sub-path');
      return;
    }
    let path = url.pathname.slice(SUB_PATH.length) || 'index.html';
    path = normalize(path).replace(/^(\.\.[/\\])+/, '');
    try {
      if (recordErrors && path === ERROR_RECORDER) {
        const body = await readFile(new URL('record-errors.js', import.meta.url));
        response.writeHead(200, { 'content-type': MIME['.js'] }).end(body);
        return;
      }
      let body = await readFile(join(await serveDir(path), path));
      if (recordErrors && path === 'index.html') {
        // A classic script runs as it is parsed, before the app's (deferred) module starts.
        body = String(body).replace('</head>', `<script src="${ERROR_RECORDER}"></script></head>`);
      }
      const headers = { 'content-type': MIME[extname(path)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    server,
    origin: `http://127.0.0.1:${port}`,
    url: `http://127.0.0.1:${port}${SUB_PATH}`,
    embedUrl: `http://localhost:${port}${EMBED_PATH}`,
  };
}

/**
 * Starts the static server and the browser before a test file's tests and stops both after
 * them. Returns an object whose `server` and `browser` are set once the tests run.
 */
export function useServerAndBrowser() {
  const session = {};
  before(async () => {
    session.server = await startServer();
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    session.server?.server.close();
  });
  return session;
}

/** Launches Debian's Chromium headless, with no background networking. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/**
 * Opens a page that records every request's URL and every console error or page error.
 * Returns { page, requests, errors }.
 */
export async function openRecordedPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { page, requests, errors };
}

/**
 * Waits until the wasm app has rendered its heading, and shows it: the first screen
 * prerendered into index.html (#first-screen) has a heading too, but never as #app's child.
 */
export async function waitForApp(page) {
  await page.waitForSelector('#app > header h1', { timeout: 30_000 });
}

/** Waits until a page's long text (FAQ, references, About, Take action), fetched when it opens, is shown. */
export async function waitForLongText(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.faq[data-ready], .references[data-ready], [data-testid="about-text"], .action-campaign')]
    .every((element) => element.dataset.ready === 'true'), null, { timeout: 30_000 });
}

/**
 * Waits until `page` has started no request for `quietMillis` (up to the run's limit), so every
 * request it is going to make has been recorded in `requests` (openRecordedPage's list) before
 * a test checks where they went. Not Playwright's 'networkidle', which also waits for every
 * request to end: it usually came within a second, but in whole-suite runs on a loaded machine
 * it never came within 30 s or 90 s (fdc63ae, 09fb0f5, and on 2026-12-02 two embedded runs
 * installing their service worker), and the Playwright maintainers advise against it.
 */
export async function untilRequestsStop(page, requests, quietMillis = 1500) {
  const deadline = Date.now() + RUN_TIMEOUT;
  for (let seen = -1; seen !== requests.length; await page.waitForTimeout(quietMillis)) {
    assert.ok(Date.now() < deadline, `the page kept starting requests for ${RUN_TIMEOUT} ms`);
    seen = requests.length;
  }
}

/** Requests that went anywhere but the test server's own origin. */
export function foreignRequests(requests, origin) {
  return requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:'));
}

/** Runs axe-core in the page and returns its serious and critical violations. */
export async function seriousAxeViolations(page) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate() runs through the DevTools protocol, so the page's CSP does not block it.
  await page.evaluate(source);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Waits until the page is idle with no frame or timer due soon (an idle period of 45 ms or
 * more), for at most `maxMillis` (a playing animation never gives one). A screenshot waits
 * so before its capture, so the work a step left for later (the simulator's first result is
 * drawn in steps, one a frame) runs before the capture and counts as the visitor's, not
 * overlapped by it and left out (see screenshot).
 */
export async function untilQuiet(page, maxMillis = 1500) {
  await page.evaluate((maxMillis) => new Promise((resolve) => {
    setTimeout(resolve, maxMillis);
    if (typeof requestIdleCallback !== 'function') return;
    const check = (idle) => {
      if (idle.timeRemaining() >= 45) resolve();
      else requestIdleCallback(check, { timeout: maxMillis });
    };
    requestIdleCallback(check, { timeout: maxMillis });
  }), maxMillis);
}

/**
 * Runs `read` (an async function of nothing) with the parts far below the screen that the
 * browser skips (`content-visibility: auto` in static/style.css) drawn, as the visitor sees
 * them once scrolled near: made `visible` through the CSSOM (which the page's CSP allows)
 * and given back `auto` after. A full-page capture would otherwise show them as empty boxes
 * (it resizes the viewport and takes its picture before the browser finds them near the
 * screen), and `innerText` leaves their text out.
 */
export async function withSkippedPartsDrawn(page, read) {
  await page.evaluate(() => {
    window.__plateTrailDrawnForNow = [...document.querySelectorAll('*')]
      .filter((e) => getComputedStyle(e).contentVisibility === 'auto');
    for (const e of window.__plateTrailDrawnForNow) e.style.contentVisibility = 'visible';
  });
  try {
    return await read();
  } finally {
    await page.evaluate(() => {
      for (const e of window.__plateTrailDrawnForNow ?? []) e.style.removeProperty('content-visibility');
      delete window.__plateTrailDrawnForNow;
    });
  }
}

/** A full-page capture with the skipped parts drawn (see withSkippedPartsDrawn). */
export function wholePageScreenshot(page, options = {}) {
  return withSkippedPartsDrawn(page, () => page.screenshot({ ...options, fullPage: true }));
}

/** The text of the element `selector` matches as the visitor reads it, skipped parts included. */
export function drawnText(page, selector) {
  return withSkippedPartsDrawn(page, () => page.evaluate((s) => document.querySelector(s).innerText, selector));
}

/**
 * Saves a full-page screenshot as target/screenshots/<name>.png for a person to look at.
 * A full-page screenshot lays out and paints the whole page at its full height: a long task
 * of the harness's own, not the visitor's. Where the page records its steps
 * (recordLongTasks), the capture is marked from its start to its end, a step of its own
 * (journeyStep) and a span that longestTask can leave out (`outsideScreenshots`); after it
 * the step before it goes on. The capture waits for the page to be quiet first (untilQuiet).
 *
 * Checked in traces (2026-12-02, `JOURNEY=1 SCREENSHOTS=1 LONG_TASK_MS=30 node
 * scripts/trace_long_tasks.mjs '#/simulator'`, load average 6 on 2 cores): with untilQuiet
 * first, every task inside a capture is the browser's own work on the page at its full
 * height, no script of the app's: the viewport resized (VisualViewport::setSize,
 * StyleEngine::updateActiveStyleSheets for the media queries), style, layout (up to 132 ms
 * of a task), text shaping and paint, 44-200 ms a task (7-29 ms of CPU), and none after the
 * capture's end (the viewport is back before page.screenshot returns). Without untilQuiet
 * the first capture, as soon as the first map was up, lasted 1.4 s and three of the app's
 * drawing steps ran inside it (27-63 ms tasks): they would have been left out.
 */
export async function screenshot(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await untilQuiet(page);
  await journeyStep(page, `screenshot:${name}`);
  await wholePageScreenshot(page, { path });
  await page.evaluate((name) => {
    const steps = window.__plateTrailSteps;
    if (!steps) return;
    const start = steps.findLast((s) => s.name === `screenshot:${name}`).start;
    const end = performance.now();
    window.__plateTrailScreenshots.push({ name, start, end });
    // The visitor's step the capture interrupted goes on.
    const interrupted = steps.findLast((s) => s.start < start && !s.name.startsWith('screenshot:'));
    steps.push({ name: interrupted?.name ?? 'load', start: end });
  }, name);
  return path;
}

/**
 * Records long main-thread tasks (over 50 ms) from the first script on; read them with
 * longestTask(page) or longestTaskMillis(page). Runs through DevTools, so the page's CSP
 * does not block it.
 */
export async function recordLongTasks(page) {
  await page.addInitScript(() => {
    window.__plateTrailLongTaskEntries = [];
    window.__plateTrailSteps = [{ name: 'load', start: 0 }];
    window.__plateTrailScreenshots = [];
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__plateTrailLongTaskEntries.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No long-task timing in this browser.
    }
  });
}

/**
 * Names the step a test is about to take (a click, a screenshot): a long task that starts
 * after it, and before the next step, is that step's (longestTask). Needs recordLongTasks;
 * does nothing on a page that does not record.
 */
export async function journeyStep(page, name) {
  await page.evaluate((name) => window.__plateTrailSteps?.push({ name, start: performance.now() }), name);
}

/** The page's clock now (ms since navigation): a mark to read long tasks from (longestTask's `since`). */
export async function pageNow(page) {
  return page.evaluate(() => performance.now());
}

/**
 * The longest main-thread task recorded that started at or after `since` (ms since
 * navigation; 0, from the start): `{ millis, startMillis, step }` (the step it followed, see
 * journeyStep; `millis` 0 and `step` 'none' if no task passed 50 ms). With
 * `outsideScreenshots`, only tasks that overlap no screenshot's capture (see screenshot):
 * the visitor's tasks, not the harness's. Needs recordLongTasks.
 */
export async function longestTask(page, since = 0, { outsideScreenshots = false } = {}) {
  return page.evaluate(({ since, outsideScreenshots }) => {
    const captures = outsideScreenshots ? window.__plateTrailScreenshots ?? [] : [];
    const tasks = (window.__plateTrailLongTaskEntries ?? []).filter((t) => t.start >= since
      && !captures.some((c) => t.start < c.end && t.start + t.duration > c.start));
    const longest = tasks.reduce((a, b) => (b.duration > a.duration ? b : a), { duration: 0, start: 0 });
    const steps = window.__plateTrailSteps ?? [];
    const step = longest.duration > 0
      ? steps.filter((s) => s.start <= longest.start).pop()?.name ?? 'load'
      : 'none';
    return { millis: longest.duration, startMillis: longest.start, step };
  }, { since, outsideScreenshots });
}

/** longestTask's duration alone, in milliseconds (0 if none over 50 ms since `since`). */
export async function longestTaskMillis(page, since = 0, options = {}) {
  return (await longestTask(page, since, options)).millis;
}

/** The start time (ms since navigation) of the first mark, or the duration of the last measure, of a name. */
export async function performanceEntry(page, name) {
  return page.evaluate((name) => {
    const entries = performance.getEntriesByName(name);
    if (entries.length === 0) return null;
    const last = entries[entries.length - 1];
    return last.entryType === 'measure' ? last.duration : entries[0].startTime;
  }, name);
}

/**
 * Prints one piece of work's time in the browser's town-wide worker beside the same work
 * natively, and their ratio (worker / native), as `NAME=VALUE` lines; `names` gives the three
 * names (`{ worker, native, ratio }`). A missing native figure prints a `#` note instead of
 * the last two. Used by scripts/bench_worker.mjs, scripts/bench_import.mjs and the import e2e.
 */
export function printWorkerBesideNative(names, workerMs, nativeMs, digits = 0) {
  console.log(`${names.worker}=${workerMs.toFixed(digits)}`);
  if (!Number.isFinite(nativeMs) || nativeMs <= 0) {
    console.log(`# ${names.native}: no native figure`);
    return;
  }
  console.log(`${names.native}=${nativeMs.toFixed(digits)}`);
  console.log(`${names.ratio}=${(workerMs / nativeMs).toFixed(2)}`);
}

/**
 * The native import of an OpenStreetMap file, in milliseconds
 * (`cargo run --profile bench --example import -- --osm FILE --timing`, whose `import_ms=` goes to
 * stderr); builds the example first if it is not built. NaN when it fails.
 */
export function nativeImportMillis(file) {
  const run = spawnSync('cargo', ['run', '--quiet', '--profile', 'bench', '--example', 'import', '--', '--osm', file, '--timing'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'],
  });
  return Number(run.stderr?.match(/^import_ms=(\S+)$/m)?.[1]);
}

/**
 * Writes to `out` an OpenStreetMap XML town about twice the size of `xml` (issue 15's 10 MB
 * target, from the 5.7 MB Somerville/Chelsea extract, never copied into the project): the
 * file's nodes and ways, then the same again with every id and reference moved by 10^11
 * and every latitude by 0.1 degrees north (a second, unconnected town beside the first), in
 * one valid file the importer reads like any export. Returns its size in bytes.
 */
export async function writeTwiceTheTown(xml, out) {
  const text = await readFile(xml, 'utf8');
  const open = text.indexOf('>', text.indexOf('<osm')) + 1;
  const close = text.lastIndexOf('</osm>');
  const firstWay = text.indexOf('<way', open);
  const [nodes, ways] = firstWay < 0 ? [text.slice(open, close), ''] : [text.slice(open, firstWay), text.slice(firstWay, close)];
  const moved = (part) => part
    .replace(/ (id|ref)="(\d+)"/g, (_, key, id) => ` ${key}="${BigInt(id) + 100_000_000_000n}"`)
    .replace(/ lat="([-\d.]+)"/g, (_, lat) => ` lat="${(Number(lat) + 0.1).toFixed(7)}"`);
  const twice = `${text.slice(0, open)}${nodes}${moved(nodes)}\n  ${ways}${moved(ways)}</osm>\n`;
  await writeFile(out, twice);
  return Buffer.byteLength(twice);
}

/** How long a simulation run may take in a loaded CI machine's browser, in milliseconds. */
export const RUN_TIMEOUT = 90_000;

/**
 * Types `days` into the simulator's "Days to simulate" field as a visitor does (Enter, then
 * leaving the field) and waits for the run it starts: a generation after `afterGeneration`.
 * Returns that run's generation.
 */
export async function setDaysAndWait(page, days, afterGeneration) {
  const field = page.getByLabel('Days to simulate');
  await field.fill(String(days));
  await field.press('Enter');
  await field.blur();
  return waitForRun(page, afterGeneration);
}

/** Waits until the simulator shows a finished run for its current scenario. */
export async function waitForRun(page, afterGeneration = 0, timeout = RUN_TIMEOUT) {
  try {
    await page.waitForFunction(
      (after) => {
        const s = document.querySelector('[data-testid="simulator"]');
        return s && s.dataset.current === 'true' && Number(s.dataset.generation) > after;
      },
      afterGeneration,
      { timeout },
    );
  } catch (error) {
    // Say what the page showed instead, so a run that never finished in CI can be explained.
    const state = `the page at the timeout: ${JSON.stringify(await describeRunState(page))}`;
    console.log(state);
    throw new Error(`${error.message}\n${state}`, { cause: error });
  }
  return Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation'));
}

/** The simulator's state as the page shows it, and the service worker's, for a failure message. */
async function describeRunState(page) {
  return page.evaluate(async () => {
    const simulator = document.querySelector('[data-testid="simulator"]');
    const registration = await navigator.serviceWorker?.getRegistration().catch(() => null);
    return {
      url: location.href,
      simulator: simulator ? { ...simulator.dataset } : null,
      errors: [...document.querySelectorAll('[role="alert"], .error')].map((e) => e.textContent),
      townWork: document.querySelector('[data-testid="uniqueness"]')?.textContent ?? null,
      controller: navigator.serviceWorker?.controller?.scriptURL ?? null,
      waiting: Boolean(registration?.waiting),
      caches: typeof caches === 'undefined' ? null : await caches.keys(),
    };
  }).catch((error) => `(could not read the page: ${error.message})`);
}

/** Plays the simulator's run to its last minute (a run is shown done on arrival already). */
export async function skipToEnd(page) {
  const atEnd = await page.evaluate(() => {
    const p = document.querySelector('[data-testid="playback"]');
    return Boolean(p) && p.dataset.minute === p.dataset.endMinute && p.dataset.playing === 'false';
  });
  if (atEnd) return;
  await page.getByRole('button', { name: 'Skip to the end' }).click();
  await page.waitForFunction(() => {
    const p = document.querySelector('[data-testid="playback"]');
    return p && p.dataset.minute === p.dataset.endMinute;
  });
}

/**
 * Drops files on the town picker as a visitor's drag and drop does. The browser makes the
 * `File`s (a hidden input's setInputFiles), not a script on the page: decoding megabytes of
 * base64 in page script is a second-long task of the test's own, which the import's longest
 * task measured before (702-1,098 ms for the XML, none of it the app's).
 */
export async function dropFiles(page, paths) {
  const input = await page.evaluateHandle(() => {
    const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, hidden: true });
    document.body.append(input);
    return input;
  });
  await input.setInputFiles(paths);
  await input.evaluate((input) => {
    const transfer = new DataTransfer();
    for (const file of input.files) transfer.items.add(file);
    input.remove();
    const zone = document.querySelector('[data-testid="town-drop"]');
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
}

/**
 * `life` as `src/scenario/link.rs` writes it: the office parent with their home at `home`
 * (lon/lat degrees), working at `work` Monday to Friday from 9:00 for 8 hours, and
 * `groceryStops` grocery runs on Tuesdays and Saturdays on the way between them (so on the
 * town's map; with some, the link is as long as a life moved in the simulator).
 */
export function encodedLife(home, { work = [-71.34, 42.455], groceryStops = 0 } = {}) {
  const bytes = [];
  const varint = (n) => { for (; n >= 0x80; n >>>= 7) bytes.push((n & 0x7f) | 0x80); bytes.push(n); };
  const float = (x) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x, true);
    for (let i = 0; i < 8; i += 1) bytes.push(view.getUint8(i));
  };
  bytes.push(0);
  [...home, ...work].forEach(float);
  bytes.push(5, 0, 1, 2, 3, 4);
  varint(9 * 60);
  varint(8 * 60);
  bytes.push(0);
  float(0.1);
  float(0.1);
  varint(groceryStops);
  for (let stop = 0; stop < groceryStops; stop += 1) {
    bytes.push(2, 8); // a grocery run, at a grocery
    const along = (stop + 1) / (groceryStops + 2);
    float(home[0] + (work[0] - home[0]) * along);
    float(home[1] + (work[1] - home[1]) * along);
    bytes.push(0, 2, 1, 5); // weekly: Tuesday and Saturday
    varint(10 * 60 + stop * 30);
    varint(45);
    bytes.push(0);
  }
  return Buffer.from(bytes).toString('base64url');
}
