// Storage blocked (issue 12): where reading `window.localStorage` throws (third-party
// storage blocked in an iframe, strict privacy settings, privacy extensions) the simulator
// still runs: the map and the dossier appear, a note says once that the choices will not
// be remembered, they survive a visit to another view, and no error reaches the page. At
// the top level, and in an iframe on a page of another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, waitForRun, setDaysAndWait, skipToEnd, screenshot,
} from './support.mjs';

const session = useServerAndBrowser();

/** Makes reading `window.localStorage` throw a SecurityError before any script runs, in
 * every frame or only in frames below the top one. */
async function blockStorage(page, { framesOnly = false } = {}) {
  await page.addInitScript((framesOnly) => {
    if (framesOnly && window === window.top) return;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException("Failed to read the 'localStorage' property from 'Window': Access is denied for this document.", 'SecurityError');
      },
    });
  }, framesOnly);
}

/** The simulator in `frame` (a page or an iframe's frame) with its storage blocked; a
 * failure names the page's errors. */
async function runsWithoutStorage(frame, errors) {
  try {
    await journey(frame);
  } catch (error) {
    throw new Error(`${error.message}\npage errors: ${JSON.stringify(errors)}`, { cause: error });
  }
}

async function journey(frame) {
  await waitForApp(frame);
  assert.equal(
    await frame.evaluate(() => { try { return typeof window.localStorage; } catch (e) { return e.name; } }),
    'SecurityError',
    'reading localStorage throws here',
  );
  let generation = await waitForRun(frame);
  await frame.getByTestId('town-map').waitFor();
  const note = frame.getByTestId('saved-note');
  assert.match(await note.textContent(), /will not be remembered/);

  // A change is kept in memory: it survives a visit to another view, which says nothing again.
  generation = await setDaysAndWait(frame, 12, generation);
  const nav = frame.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'FAQ' }).click();
  await frame.getByRole('heading', { level: 2, name: 'FAQ' }).waitFor();
  await nav.getByRole('link', { name: 'Simulator' }).click();
  await waitForRun(frame);
  assert.equal(await frame.getByLabel('Days to simulate').inputValue(), '12');
  assert.equal(await frame.getByTestId('saved-note').count(), 0, 'the note is said once');

  // The dossier.
  await skipToEnd(frame);
  await frame.waitForSelector('[data-testid="dossier"][data-home-error-meters]', { timeout: 30_000 });
}

test('with storage blocked the simulator runs, keeps changes in memory and says so once', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await blockStorage(page);
  await page.goto(`${session.server.url}#/simulator`);
  await runsWithoutStorage(page, errors);
  await screenshot(page, 'storage-blocked');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('in an iframe of another origin with its storage blocked the simulator runs', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await blockStorage(page, { framesOnly: true });
  // The embedding page is on another origin (localhost, not 127.0.0.1).
  await page.goto(`${session.server.embedUrl}?view=simulator`);
  const frame = await (await page.waitForSelector('iframe')).contentFrame();
  await runsWithoutStorage(frame, errors);
  await screenshot(page, 'storage-blocked-iframe');
  assert.deepEqual(errors, []);
  await page.context().close();
});
