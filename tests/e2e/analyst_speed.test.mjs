// The analyst's speed in the browser beside natively, from one run of the suite: one profile
// of the visitor's car on the default town with 80 cameras (the budget is one frame, 16 ms),
// timed in the town-wide worker's own wasm module (its export `analyst_profile_millis`) and
// natively by `examples/bench_analyst.rs --profile-only`, which time the same function
// (`plate_trail::scenario::analyst_speed::profile_speed`). Prints analyst_profile_ms{engine=
// wasm}=, {engine=native}= and analyst_profile_ratio=. A figure is printed, not asserted
// against a time: the test fails only when either side cannot measure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { useServerAndBrowser } from './support.mjs';

const session = useServerAndBrowser();
const root = new URL('../../', import.meta.url).pathname;
const CAMERAS = 80;
const RUNS = 20;

test('one profile at 80 cameras is timed in the worker and natively, and the ratio printed', async () => {
  const native = execFileSync('cargo', ['run', '--quiet', '--profile', 'bench', '--example', 'bench_analyst', '--', '--profile-only'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
  });
  const nativeMs = Number(native.match(/^analyst_profile_80_cameras_ms=(\S+)$/m)?.[1]);
  assert.ok(nativeMs > 0, `bench_analyst printed a time: ${native}`);

  const page = await session.browser.newPage();
  await page.goto(session.server.url);
  await page.waitForSelector('script[data-app-js]', { state: 'attached' });
  const started = page.waitForEvent('worker');
  await page.evaluate(() => { window.speedWorker = new Worker('worker.js'); });
  const worker = await started;
  const wasmMs = await worker.evaluate(async ({ js, wasm, cameras, runs }) => {
    importScripts(js);
    await wasm_bindgen({ module_or_path: wasm });
    // Once untimed: the engine compiles the hot code to its optimising tier first.
    wasm_bindgen.analyst_profile_millis(cameras, 1);
    return wasm_bindgen.analyst_profile_millis(cameras, runs);
  }, {
    js: new URL('plate-trail-worker.js', session.server.url).href,
    wasm: new URL('plate-trail-worker_bg.wasm', session.server.url).href,
    cameras: CAMERAS,
    runs: RUNS,
  });
  assert.ok(wasmMs > 0, `the worker timed a profile: ${wasmMs}`);
  console.log(`analyst_profile_ms{engine=wasm}=${wasmMs.toFixed(2)}`);
  console.log(`analyst_profile_ms{engine=native}=${nativeMs.toFixed(2)}`);
  console.log(`analyst_profile_ratio=${(wasmMs / nativeMs).toFixed(2)}`);
  await page.close();
});
