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

const NO_ANSWER = 'no answer';

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
 * not; with no answer it reloads, which is safe whichever build then serves the page.
 */
export async function takeOverWaitingBuild() {
  const workers = navigator.serviceWorker;
  const waiting = (await workers.getRegistration())?.waiting;
  if (!waiting) return false;
  if (!(await within(ask(waiting, 'alone'), 3000))) return false;
  // This page will not start: what it still loads (the wasm its preload link asked for) would
  // keep the old build's worker busy, and the new one takes over only once that is idle.
  window.stop();
  const changed = new Promise((resolve) => workers.addEventListener('controllerchange', () => resolve(true), { once: true }));
  const tookOver = await within(Promise.race([ask(waiting, 'take-over'), changed]), 10_000, NO_ANSWER);
  if (tookOver === false) return false;
  await within(changed, 3000);
  location.reload();
  return true;
}

/** Registers the service worker for the app's directory; a browser that refuses keeps working online. */
export function register() {
  navigator.serviceWorker.register('service-worker.js', { scope: './', updateViaCache: 'none' }).catch(() => {});
}
