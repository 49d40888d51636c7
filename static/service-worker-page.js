// The page's side of the service worker (service-worker.js, made at build time by
// scripts/service_worker.mjs from static/service-worker.js), imported by static/start.js only
// when the page is served over http(s): never under file://, where the single file
// plate-trail-offline.html runs. Not part of the first download: a first visit imports it
// after the app has started.

/** `promise`, or `timedOut` if it has not settled within `millis`. */
const within = (promise, millis, timedOut = false) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, millis, timedOut))]);

/** Asks the waiting build `question` ('alone' or 'take-over'); its answer is true or false. */
function ask(waiting, question) {
  const channel = new MessageChannel();
  const answer = new Promise((resolve) => { channel.port1.onmessage = ({ data }) => resolve(data === true); });
  waiting.postMessage({ ask: question }, [channel.port2]);
  return answer;
}

/**
 * How long a page that asked the new build to take over waits for it before reloading anyway.
 * The new build becomes active only once the old build's worker has no fetch left to answer
 * (Chromium waits for it, up to five minutes); the page, stopped, asks it for nothing more.
 */
const TAKE_OVER_MILLIS = 60_000;

/** Resolves true once `waiting` takes over: the page's controller changes, or it activates. */
function tookOver(workers, waiting) {
  return new Promise((resolve) => {
    workers.addEventListener('controllerchange', () => resolve(true), { once: true });
    // A newer build installed meanwhile makes it redundant: a reload is safe then too.
    waiting.addEventListener('statechange', () => {
      if (waiting.state !== 'installed') resolve(true);
    });
  });
}

/**
 * A newer build that an earlier visit downloaded may wait beside the one serving this page.
 * Called before this build starts: has it take over (it does only if no other tab runs the
 * app) and reloads into it, so no page ever runs one build's files with another's.
 * True when the page is reloading.
 *
 * In two steps, because a new build that takes over swaps the worker under every page of the
 * app at once: a page that had given up waiting and started its own build would then run
 * under the other build's worker (in CI, on loaded machines, its town-wide worker's script
 * request never finished, and the run never ended). So (1) the page asks whether the new build
 * could take over, which changes nothing: with no answer in time it starts its own build; then
 * (2) it asks it to, and from then on starts its own build only if the new build says it did
 * not; otherwise it reloads once the new build has taken over, which is safe whichever build
 * then serves the page.
 *
 * The page waits for the take-over itself (up to TAKE_OVER_MILLIS), not for a fixed time: the
 * new build activates only once the old build's worker has answered every fetch it had begun,
 * including the ones this page has stopped (window.stop() ends the page's side, not the
 * worker's). This page used to reload after 13 s without an answer: the reload went to the old
 * worker again (the page and its files, more fetches to answer), asked again and reloaded
 * again, so on a loaded machine, or with one slow answer at the old worker, the page reloaded
 * every 13 s and never started (CI: the reload into a new build never drew the app in 30 s;
 * tests/e2e/offline.test.mjs reproduces it with an answer held 15 s).
 */
export async function takeOverWaitingBuild() {
  const workers = navigator.serviceWorker;
  const waiting = (await workers.getRegistration())?.waiting;
  if (!waiting) return false;
  if (!(await within(ask(waiting, 'alone'), 3000))) return false;
  // This page will not start: what it still loads (the wasm its preload link asked for) would
  // keep the old build's worker busy, and the new one takes over only once that is idle.
  window.stop();
  const swapped = tookOver(workers, waiting);
  // The new build answers true once it is active, false if it will not take over.
  const answer = await within(Promise.race([ask(waiting, 'take-over'), swapped]), TAKE_OVER_MILLIS, null);
  if (answer === false) return false;
  location.reload();
  return true;
}

/** Registers the service worker for the app's directory; a browser that refuses keeps working online. */
export function register() {
  navigator.serviceWorker.register('service-worker.js', { scope: './', updateViaCache: 'none' }).catch(() => {});
}
