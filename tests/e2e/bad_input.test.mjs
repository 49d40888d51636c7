// A careless or meddling visitor (the review of 2026-12-05): a well-formed link or saved
// scenario whose home is off the town opens the visitor's own run with the link's message and
// never touches the saved scenario; a run that still fails is never saved, and "A ready-made life"
// and "Start again" lead out of it; a huge coordinate never widens the page; an imported
// town's link says it is a received link's and names the town; a far too long link and an
// import error are said in the link's language; the console's number fields say what they
// did with a number they cannot take; a change is kept if the page goes away before its run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, waitForRun, setDaysAndWait, screenshot, dropFiles,
  RUN_TIMEOUT, encodedLife,
} from './support.mjs';

const session = useServerAndBrowser();
const SAVED_KEY = 'plate-trail.scenario.v1';

/** `life` for a plain life: the office parent with no stops (`encodedLife`). */
const life = (home, work) => encodedLife(home, { work });

/** A page whose saved scenario has 12 days, saved by the simulator itself. */
async function withSavedTwelveDays(page) {
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  const generation = await waitForRun(page);
  await setDaysAndWait(page, 12, generation);
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').days === 12, SAVED_KEY);
  return page.evaluate((key) => localStorage.getItem(key), SAVED_KEY);
}

const saved = (page) => page.evaluate((key) => localStorage.getItem(key), SAVED_KEY);
const sidewaysScroll = (page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
// How many lines an element's text is laid out on (a range's boxes, one per line).
const lineCount = (locator) => locator.evaluate((element) => {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].map((box) => Math.round(box.top))).size;
});

test('a link whose home is off the town opens the saved run, says why, and keeps it', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  const before = await withSavedTwelveDays(page);

  // The same life on the town runs: the link's format is right.
  await page.goto(`${session.server.url}?v=1&seed=7&life=${life([-71.35, 42.45])}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  assert.equal(await page.getByTestId('link-problem').count(), 0);

  for (const home of [[139.7, 35.6], [1e300, -1e300]]) {
    await page.goto(`${session.server.url}?v=1&seed=7&days=12&life=${life(home)}#/simulator`);
    await waitForApp(page);
    const note = page.getByTestId('link-problem');
    await note.waitFor();
    assert.equal(await note.getAttribute('role'), 'alert');
    assert.match(await note.textContent(), /off the town's map.*Your own run, as saved in this browser, is shown instead/, String(home));
    assert.equal(await lineCount(note.getByRole('button', { name: 'Dismiss' })), 1, 'the button keeps its word whole');
    await waitForRun(page);
    assert.equal(await page.getByLabel('Days to simulate').inputValue(), '12', 'the saved run');
    assert.equal(await page.getByTestId('run-error').count(), 0, 'no run failed');
    assert.equal(await saved(page), before, 'the saved scenario is untouched');
    assert.ok(await sidewaysScroll(page) <= 0, 'nothing scrolls sideways');
  }
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  assert.equal(await page.getByLabel('Days to simulate').inputValue(), '12', 'the saved run is back');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a saved scenario with a home off the town, or counts no control makes, is set aside with a note', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  const tampered = [
    JSON.stringify({ seed: 1, days: 12, population: 10000, camera_count: 20,
      commuter: { persona: 'OfficeParent', home: [139.7, 35.6], work: [-71.34, 42.455],
        workdays: ['Monday'], shift_start_minute_of_day: 540, shift_minutes: 480, stops: [],
        carpool: false, partner: false, plans_change_probability: 0.1, alternative_route_probability: 0.1 } }),
    '{"seed":1,"days":12,"population":0,"camera_count":20,"commuter":null}',
    '{"seed":1,"days":12,"population":10000,"camera_count":250,"commuter":null}',
  ];
  for (const value of tampered) {
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [SAVED_KEY, value]);
    // The plain address (the page's own names the run it shows, which a reload would open).
    await page.goto('about:blank');
    await page.goto(`${session.server.url}#/simulator`);
    await waitForApp(page);
    await waitForRun(page);
    assert.match(await page.getByTestId('saved-note').textContent(), /could not be read/, value);
    assert.equal(await page.getByLabel('Days to simulate').inputValue(), '30', value);
    assert.equal(await page.evaluate(() => localStorage.getItem('plate-trail.scenario.unreadable')), value);
    assert.doesNotMatch(page.url(), /cameras=250|population=0/);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a run that fails is never saved, and a ready-made life or "Start again" leads out of it', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  const before = await withSavedTwelveDays(page);
  // Seed 2's town ends a few meters short of the made-up town's widest west edge: a home
  // there passes the link's check, and the run refuses it.
  await page.goto(`${session.server.url}?v=1&seed=2&days=12&life=${life([-71.39368, 42.45])}#/simulator`);
  await waitForApp(page);
  const failure = page.getByTestId('run-error');
  await failure.waitFor({ timeout: RUN_TIMEOUT });
  assert.match(await failure.textContent(), /outside the map/);

  // Another change still fails: it is not saved over the visitor's scenario.
  const days = page.getByLabel('Days to simulate');
  await days.fill('14');
  await days.press('Enter');
  await page.waitForFunction(() => location.search.includes('days=14'));
  await failure.waitFor();
  assert.equal(await saved(page), before, 'a failed run is not saved');
  // The places off the town's map can be moved into it.
  const moveIn = page.getByTestId('move-into-town');
  assert.equal(await moveIn.textContent(), 'Move my places into the town');
  await screenshot(page, 'bad-input-failed-run');

  // Moving them puts the life right: the run works, with the visitor's other settings.
  await moveIn.click();
  await page.waitForFunction(() => /nearest spots in town/.test(document.querySelector('[data-testid="announcement"]')?.textContent));
  await waitForRun(page);
  assert.equal(await failure.count(), 0);
  assert.match(page.url(), /seed=2&days=14/);
  assert.notEqual(new URL(page.url()).searchParams.get('life'), life([-71.39368, 42.45]), 'the life\'s home moved');

  // The same failure again, to lead out of it another way.
  await page.goto(`${session.server.url}?v=1&seed=2&days=14&life=${life([-71.39368, 42.45])}#/simulator`);
  await waitForApp(page);
  await failure.waitFor({ timeout: RUN_TIMEOUT });

  // A ready-made life is offered and runs.
  const persona = page.getByLabel('A ready-made life');
  assert.ok(await persona.isEnabled(), 'a ready-made life can be chosen');
  await persona.selectOption({ index: 2 });
  await waitForRun(page);
  assert.equal(await failure.count(), 0);
  await page.waitForFunction((key) => JSON.parse(localStorage.getItem(key) ?? '{}').days === 14, SAVED_KEY);

  // "Start again" from a failed run brings the default run back.
  await page.goto(`${session.server.url}?v=1&seed=2&life=${life([-71.39368, 42.45])}#/simulator`);
  await waitForApp(page);
  await failure.waitFor({ timeout: RUN_TIMEOUT });
  await page.getByTestId('start-again').click();
  await waitForRun(page);
  assert.equal(await days.inputValue(), '30');
  assert.equal(await page.getByLabel('Seed', { exact: true }).inputValue(), '1');
  assert.match(page.url(), /\?v=1&c=[0-9a-f]{6}&seed=1&days=30&cameras=20#\/simulator$/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a change is kept when the page goes away before its run comes back', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await withSavedTwelveDays(page);
  // The change and the page going away in one task: its run cannot have come back.
  const atHide = await page.evaluate(async (key) => {
    const field = document.querySelector('#days');
    field.value = '13';
    field.dispatchEvent(new Event('change', { bubbles: true }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const running = document.querySelector('[data-testid="simulator"]').dataset.current !== 'true';
    const before = JSON.parse(localStorage.getItem(key)).days;
    // The page hidden, as a tab closed or a phone's browser put away leaves it.
    Object.defineProperty(document, 'hidden', { value: true, configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    return { running, before, after: JSON.parse(localStorage.getItem(key)).days };
  }, SAVED_KEY);
  assert.deepEqual(atHide, { running: true, before: 12, after: 13 }, 'saved as the page was hidden, not by a finished run');
  // And the next visit opens on it.
  await page.evaluate(() => delete document.hidden);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  assert.equal(await page.getByLabel('Days to simulate').inputValue(), '13');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a received link to an imported town says so and names the town', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?v=1&town=0123456789abcdef-Quillmoor#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  const note = await page.getByTestId('saved-note').textContent();
  assert.match(note, /^This link's run was on Quillmoor, a town imported from map files/);
  assert.doesNotMatch(note, /Your last run/);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a far too long link and a broken map file are explained in the page language', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?lang=es&junk=${'x'.repeat(9_000)}#/simulator`);
  await waitForApp(page);
  const note = page.getByTestId('link-problem');
  await note.waitFor();
  assert.match(await note.textContent(), /^Este enlace no se pudo abrir.*demasiado largo/);

  await page.goto(`${session.server.url}?lang=es#/import`);
  await waitForApp(page);
  await page.waitForSelector('[data-testid="import-view"] [data-testid="town-drop"]', { timeout: RUN_TIMEOUT });
  await waitForRun(page);
  const dir = await mkdtemp(join(tmpdir(), 'plate-trail-bad-'));
  const garbage = join(dir, 'garbage.osm');
  await writeFile(garbage, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 4, 5]));
  const empty = join(dir, 'empty.osm');
  await writeFile(empty, '');
  const alert = page.locator('[data-testid="import-error"][role="alert"]');
  await dropFiles(page, [garbage]);
  await alert.waitFor({ timeout: RUN_TIMEOUT });
  const foreign = await alert.innerText();
  assert.match(foreign, /^garbage\.osm: no es un mapa de calles/);
  assert.doesNotMatch(foreign, /not a road network|expected/);
  await dropFiles(page, [empty]);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-error"]')?.innerText.startsWith('empty.osm: '));
  const vacant = await alert.innerText();
  assert.match(vacant, /el archivo está vacío/);
  assert.doesNotMatch(vacant, /más pequeña/, 'no "smaller area" advice for an empty file');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a console number field says what it did with a number it cannot take', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/console`);
  await waitForApp(page);
  await page.waitForSelector('[data-testid="console"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  await page.locator('label[for="tool-convoy"]').click();
  const window = page.locator('#convoy-window');
  const before = await window.inputValue();

  await window.fill('-5');
  await window.blur();
  const problem = page.getByTestId('convoy-window-problem');
  await problem.waitFor();
  assert.match(await problem.textContent(), new RegExp(`Enter a whole number from 1 to 30\\. The search keeps ${before}\\.`));
  assert.equal(await window.inputValue(), before, 'the field shows the value the search uses');
  assert.equal(await window.getAttribute('aria-invalid'), 'true');

  await window.fill('999');
  await window.blur();
  await page.waitForFunction(() => /uses 30/.test(document.querySelector('[data-testid="convoy-window-problem"]')?.textContent ?? ''));
  assert.equal(await window.inputValue(), '30');

  await window.fill('12');
  await window.blur();
  await problem.waitFor({ state: 'detached' });
  assert.equal(await window.getAttribute('aria-invalid'), null);
  assert.equal(await window.inputValue(), '12');
  assert.deepEqual(errors, []);
  await page.context().close();
});
