// The letter on the Take action page is written from the visitor's own simulation: after a
// run, it quotes the same days and the same number of sightings the capture log holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests,
  screenshot, waitForRun, skipToEnd, RUN_TIMEOUT,
} from './support.mjs';

const session = useServerAndBrowser();

test("the letter quotes the visitor's own days and sightings", async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  await skipToEnd(page);
  const rows = Number(await page.getAttribute('[data-testid="capture-log"]', 'data-row-count'));
  assert.ok(rows > 0, 'the capture log holds rows about the car');
  // What the dossier states about home: its circle and its verdict.
  const homeRadius = await page.getAttribute('[data-testid="dossier"]', 'data-home-radius-meters');
  const homeRight = await page.getAttribute('[data-testid="finding-home"]', 'data-right');
  // How far off the guess was, as the headline says it ("your home 600 m ... from where").
  const homeOff = /your home ((?:under\s)?[\d.]+\sk?m)/.exec(await page.textContent('[data-testid="headline"]'))?.[1] ?? null;

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Take action' }).click();
  const letter = page.locator('#letter');
  await letter.waitFor({ timeout: RUN_TIMEOUT });
  const text = await letter.textContent();
  assert.match(text, /In 30 simulated days/, 'the letter names the simulated days');
  assert.ok(text.includes(`logged my car ${rows} time`), `the letter quotes the log's ${rows} sightings: ${text}`);
  assert.doesNotMatch(text, /sample/i, 'the letter is not the sample');
  if (homeRadius !== null) {
    // The letter quotes the dossier's circle (as the letter rounds it) and its verdict.
    const r = Number(homeRadius);
    const said = r < 995 ? `${Math.max(10, Math.round(r / 10) * 10)}\u00a0m` : `${(r / 1000).toFixed(1)}\u00a0km`;
    const verdict = homeRight === 'true' ? 'and was right' : 'and was wrong';
    assert.ok(text.includes(`placed my home within ${said} of one spot`), `the letter states the dossier's ${said} circle: ${text}`);
    assert.ok(text.includes(verdict), `the letter gives the dossier's verdict (${verdict}): ${text}`);
    // A right guess says how close it came, as the headline does.
    if (homeRight === 'true' && homeOff) {
      assert.ok(text.includes(`and was right: the real place is ${homeOff} from it`), `the letter says the guess was ${homeOff} off: ${text}`);
    }
  }
  assert.match(text, /usually without a warrant/);
  await screenshot(page, 'letter-from-run');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
