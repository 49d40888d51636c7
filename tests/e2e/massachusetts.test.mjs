// Massachusetts today and Cameras on my route (issue 15) in a real browser: the page lists
// the 1,221 mapped cameras with their attribution and date, a search by operator (typed at
// the keyboard) narrows the table and the map and is announced, the density button opens
// the simulator as dense as the town picked; the link under the dossier opens Cameras on my
// route (the tools module, so the first visit carries none of it) for the run on screen,
// which counts the commute's cameras, and a larger budget's avoiding route passes fewer.
// No request leaves the origin; axe finds nothing serious. Prints massachusetts_ready_ms=
// (navigation to the map drawn), route_open_ms= (the link followed to the view drawn) and
// route_answer_ms=.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests,
  seriousAxeViolations, screenshot, waitForRun, RUN_TIMEOUT, SCREENSHOT_DIR,
} from './support.mjs';
import { join } from 'node:path';

const session = useServerAndBrowser();

test('Massachusetts today lists the 1,221 mapped cameras and searches them by operator', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  const started = Date.now();
  await page.goto(`${session.server.url}#/massachusetts`);
  await waitForApp(page);
  await page.waitForSelector('[data-testid="massachusetts"][data-ready="true"]', { timeout: 60_000 });
  console.log(`massachusetts_ready_ms=${Date.now() - started}`);

  assert.equal(await page.getAttribute('[data-testid="ma-totals"]', 'data-cameras'), '1221');
  assert.match(await page.getByTestId('ma-totals').textContent(), /1,221 cameras mapped/);
  assert.equal(await page.getAttribute('[data-testid="state-map"]', 'data-cameras'), '1221');
  const attribution = await page.getByTestId('ma-attribution').textContent();
  assert.match(attribution, /OpenStreetMap contributors/);
  assert.match(attribution, /ODbL/);
  // The export's date as a sentence writes it, not as the file does (2026-10-04).
  assert.match(attribution, /exported on 4 October 2026\./);
  assert.match(await page.getByTestId('ma-floor').textContent(), /A floor, not a count/);
  // The outline came from the Census boundaries: a drawn path, not an empty one.
  assert.ok((await page.getAttribute('.state-outline', 'd')).length > 500, 'the state outline is drawn');

  // The table counts every camera once, by operator.
  const counts = await page.$$eval('[data-testid="ma-operators"] tbody tr td.number', (cells) => cells.map((c) => Number(c.textContent)));
  assert.ok(counts.length > 50, `${counts.length} operators`);
  assert.equal(counts.reduce((a, b) => a + b, 0), 1221);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'massachusetts-today');

  // A search typed at the keyboard narrows the table and the map, and is announced.
  await page.getByLabel('Search by operator').focus();
  await page.keyboard.type('lowell police');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="ma-operators"] tbody tr').length === 1);
  assert.equal(await page.locator('[data-testid="ma-operators"] tbody th').textContent(), 'Lowell Police');
  assert.equal(await page.locator('[data-testid="ma-cameras"] tbody tr').count(), 40);
  assert.equal(await page.getAttribute('[data-testid="state-map"]', 'data-matching'), '40');
  assert.match(await page.getByTestId('ma-announcement').textContent(), /1 operator matches .lowell police., with 40 cameras/);
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'massachusetts-search');

  await page.getByLabel('Search by operator').fill('no such operator');
  assert.match(await page.getByTestId('ma-announcement').textContent(), /No operator matches/);
  assert.equal(await page.locator('[data-testid="ma-operators"] tbody tr').count(), 0);

  // The density button opens the simulator with the visitor's run as dense as Chelsea.
  await page.getByLabel('Town', { exact: true }).selectOption({ label: 'Chelsea' });
  const wanted = await page.getAttribute('[data-testid="ma-start-run"]', 'data-cameras');
  assert.ok(Number(wanted) > 20, `Chelsea's density is ${wanted} cameras in the simulated town`);
  await page.getByTestId('ma-start-run').click();
  await page.waitForSelector('[data-testid="simulator"]', { timeout: 60_000 });
  await waitForRun(page);
  assert.ok(page.url().includes(`cameras=${wanted}`), page.url());
  assert.equal(await page.getByTestId('camera-count').inputValue(), wanted);

  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the link under the dossier opens the route view, which counts the commute cameras and a larger budget avoids them', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?v=1&seed=15&days=14&cameras=120#/simulator`);
  await waitForApp(page);
  await waitForRun(page);

  // The simulator carries only the link; the panel is the tools module's, for this run.
  assert.equal(await page.getByTestId('route-panel').count(), 0, 'no route panel in the first download');
  assert.match(await page.getByTestId('route-link').textContent(), /Cameras on my route/);
  const opened = Date.now();
  await page.getByTestId('route-open').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="route-view"] [data-testid="route-panel"]', { timeout: 60_000 });
  console.log(`route_open_ms=${Date.now() - opened}`);
  assert.ok(page.url().includes('seed=15') && page.url().endsWith('#/route'), page.url());
  assert.equal(await page.locator('h2#route-title').textContent(), 'Cameras on my route');

  const ask = async (minutes) => {
    await page.getByLabel(/Extra minutes you would drive/).fill(String(minutes));
    await page.getByLabel(/Extra minutes you would drive/).press('Tab');
    const clicked = Date.now();
    await page.getByTestId('route-check').click();
    await page.waitForSelector(`[data-testid="route-result"][data-budget="${minutes}"]`, { timeout: RUN_TIMEOUT });
    console.log(`route_answer_ms{budget=${minutes}}=${Date.now() - clicked}`);
    const result = page.getByTestId('route-result');
    return {
      fastest: Number(await result.getAttribute('data-fastest-cameras')),
      avoiding: Number(await result.getAttribute('data-avoiding-cameras')),
      extra: Number(await result.getAttribute('data-extra-minutes')),
      reads: [Number(await result.getAttribute('data-fastest-reads')), Number(await result.getAttribute('data-avoiding-reads'))],
      text: await result.textContent(),
    };
  };

  const none = await ask(0);
  assert.ok(none.fastest > 0, `the commute passes cameras: ${none.text}`);
  assert.equal(none.extra, 0, 'no extra minutes allowed, none taken');
  assert.match(none.text, /Home to work/);
  assert.match(none.text, /Police/, 'it names whose cameras they are');
  assert.match(none.text, /Driving the fastest way: the vendor holds \d+ reads/);
  assert.doesNotMatch(none.text, /If every commute goes the way round/, 'no way round, no second sentence alike');

  // What is typed survives a render before it is committed (here the check's own, clicked
  // from a script so the focus stays in the field; in a visit, an answer arriving): Yew puts
  // the old budget back otherwise, leaving the field then changes nothing, and the typing is
  // lost.
  const budget = page.getByLabel(/Extra minutes you would drive/);
  await budget.fill('10');
  const typed = await page.evaluate(() => new Promise((resolve) => {
    const field = document.activeElement;
    document.querySelector('[data-testid="route-check"]').click();
    setTimeout(() => resolve({ value: field.value, focused: document.activeElement === field }), 0);
  }));
  assert.deepEqual(typed, { value: '10', focused: true }, 'the typing survives a render');
  await page.waitForSelector('[data-testid="route-result"][data-budget="0"]', { timeout: RUN_TIMEOUT });

  const some = await ask(10);
  assert.equal(some.fastest, none.fastest);
  assert.ok(some.avoiding < none.avoiding, `10 minutes avoid cameras: ${some.avoiding} < ${none.avoiding}`);
  assert.match(some.text, /If every commute goes the way round: the vendor holds \d+ reads/);
  assert.ok(some.extra <= 2 * 10 + 2, `${some.extra} extra minutes a round trip`);
  assert.ok(some.reads[1] < some.reads[0], `fewer reads when avoiding: ${some.reads}`);
  assert.match(some.text, /If every commute goes the way round: the vendor holds \d+ reads/);

  // A budget the field cannot take is said beside it, and the field shows what the check uses.
  await budget.fill('999');
  await budget.press('Tab');
  assert.match(await page.getByTestId('route-budget-problem').textContent(), /from 0 to 30\. The check uses 30 minutes\./);
  assert.equal(await budget.inputValue(), '30');
  await budget.fill('');
  await budget.press('Tab');
  assert.match(await page.getByTestId('route-budget-problem').textContent(), /The check uses 30 minutes\./);
  assert.equal(await budget.inputValue(), '30', 'an empty field keeps the last good budget');
  await budget.fill('10');
  await budget.press('Tab');
  assert.equal(await page.getByTestId('route-budget-problem').count(), 0, 'a good budget clears the message');
  assert.deepEqual(await seriousAxeViolations(page), []);
  await page.getByTestId('route-panel').screenshot({ path: join(SCREENSHOT_DIR, 'route-panel.png') });

  // Back to the simulator, the same run.
  await page.getByTestId('route-back').click();
  await page.waitForSelector('[data-testid="simulator"]', { timeout: 60_000 });
  await waitForRun(page);
  assert.ok(page.url().includes('seed=15'), page.url());

  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
