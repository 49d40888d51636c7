// The town month in the browser's town-wide worker beside the same work natively, from one
// command: `node scripts/bench_worker.mjs` after `make dist` (it runs the native example
// itself). The worker's figure is the time from posting `Request::TownWide` on the default
// scenario (10,000 cars, 30 days) to its answer, in a worker that has already done one town
// month (another seed), best of 3 workers in headless Chromium; town_month_worker_first_ms=
// is that first month in a fresh worker (download, compile, and the engine's baseline tier).
// The native one is `examples/bench_town_month.rs` (best of 3, opt-level 3).
// Prints worker_ms=, native_ms= and ratio= (issue 11's names; the same figures also as
// town_month_worker_ms=, town_month_native_ms= and town_month_ratio=), and checks both
// computed the same run (the digest). Target: a ratio of 1.5 at most.
import { execFileSync } from 'node:child_process';
import { startServer, launchBrowser, printWorkerBesideNative } from '../tests/e2e/support.mjs';

const root = new URL('../', import.meta.url).pathname;
const native = execFileSync('cargo', ['run', '--quiet', '--profile', 'bench', '--example', 'bench_town_month'], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
});
const field = (text, name) => text.match(new RegExp(`^${name}=(\\S+)$`, 'm'))?.[1];
const nativeMs = Number(field(native, 'town_month_native_ms'));
const nativeDigest = field(native, 'town_month_digest');
const request = field(native, 'town_month_request');

const server = await startServer();
const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  await page.waitForSelector('script[data-app-js]', { state: 'attached' });
  const runs = [];
  const firsts = [];
  let digest;
  for (let i = 0; i < 3; i += 1) {
    const answer = await page.evaluate(async (request) => {
      const absolute = (name) => new URL(name, document.baseURI).href;
      const worker = new Worker('worker.js');
      // A first town month on another seed: the module is downloaded and compiled, and the
      // engine has seen the hot code once (a fresh worker runs it in its baseline tier).
      const warm = request.replace('"seed":1,', '"seed":2,');
      const ask = (body) => new Promise((resolve, reject) => {
        worker.onmessage = ({ data }) => {
          if (data.error) reject(new Error(data.error));
          else if (!data.reply.startsWith('{"Visitor"') && !data.reply.startsWith('{"Progress"')) resolve(data.reply);
        };
        worker.postMessage({ workerJs: absolute('plate-trail-worker.js'), workerWasm: absolute('plate-trail-worker_bg.wasm'), request: body });
      });
      const cold = performance.now();
      await ask(warm);
      const firstMillis = performance.now() - cold;
      const started = performance.now();
      const reply = await ask(request);
      const millis = performance.now() - started;
      worker.terminate();
      return { millis, firstMillis, reply: reply.slice(0, 120), digest: (reply.match(/"digest":(\d+)/) ?? [])[1] };
    }, request);
    if (!answer.digest) throw new Error(`the worker did not answer a town month: ${answer.reply}`);
    runs.push(answer.millis);
    firsts.push(answer.firstMillis);
    digest = BigInt(answer.digest).toString(16).padStart(16, '0');
  }
  const workerMs = Math.min(...runs);
  console.log(`town_month_worker_first_ms=${Math.min(...firsts).toFixed(0)}`);
  printWorkerBesideNative({ worker: 'town_month_worker_ms', native: 'town_month_native_ms', ratio: 'town_month_ratio' }, workerMs, nativeMs);
  printWorkerBesideNative({ worker: 'worker_ms', native: 'native_ms', ratio: 'ratio' }, workerMs, nativeMs);
  if (digest !== nativeDigest) {
    console.error(`bench_worker: the worker's run (${digest}) is not the native one (${nativeDigest})`);
    process.exitCode = 1;
  }
} finally {
  await browser.close();
  server.server.close();
}
