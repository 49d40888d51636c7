// The page's side of the service worker (service-worker.js, made at build time by
// scripts/service_worker.mjs from static/service-worker.js), imported by static/start.js only
// when the page is served over http(s): never under file://, where the single file
// plate-trail-offline.html runs. Not part of the first download: a first visit imports it
// after the app has started.

const within = (promise, millis) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, millis, false))]);

/**
 * A newer build that an earlier visit downloaded may wait beside the one serving this page.
 * Called before this build starts: asks it to take over (it does only if no other tab runs
 * the app) and reloads into it, so no page ever runs one build's files with another's.
 * True when the page is reloading.
 */
export async function takeOverWaitingBuild() {
  const workers = navigator.serviceWorker;
  const waiting = (await workers.getRegistration())?.waiting;
  if (!waiting) return false;
  const channel = new MessageChannel();
  const agreed = new Promise((resolve) => { channel.port1.onmessage = ({ data }) => resolve(data === true); });
  const changed = new Promise((resolve) => workers.addEventListener('controllerchange', resolve, { once: true }));
  // The waiting build agrees only within the first 2 s, so an answer that comes after this
  // page gave up (at 3 s, and started its own build) never has it take over.
  waiting.postMessage({ ask: 'take-over', until: Date.now() + 2000 }, [channel.port2]);
  if (!(await within(agreed, 3000))) return false;
  await within(changed, 3000);
  location.reload();
  return true;
}

/** Registers the service worker for the app's directory; a browser that refuses keeps working online. */
export function register() {
  navigator.serviceWorker.register('service-worker.js', { scope: './', updateViaCache: 'none' }).catch(() => {});
}
