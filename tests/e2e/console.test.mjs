// The analyst console and the policy lab in a real browser: the attribute search finds the
// visitor's car without its plate, Convoy finds the planted companion, every search writes
// an audit-log row, New Hampshire's 3-minute rule leaves no home and no work, no request
// leaves the origin, axe finds nothing serious. Prints console_search_ms= per tool,
// console_first_result_ms= and policy_compare_ms= (click to result: the whole town's
// database is in the town-wide worker) and the longest main-thread task of each view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests,
  seriousAxeViolations, screenshot, recordLongTasks, longestTask, longestTaskMillis, journeyStep,
} from './support.mjs';

const RUN_TIMEOUT = 120_000;

const session = useServerAndBrowser();

/** Opens a view and waits until its simulation run is on screen. */
async function openView(page, hash, testid) {
  await page.goto(session.server.url + hash);
  await waitForApp(page);
  await page.waitForSelector(`[data-testid="${testid}"][data-ready="true"]`, { timeout: RUN_TIMEOUT });
}

/** Picks a tool by its tab (the radio button's label) and checks the radio followed. */
async function pickTool(page, label, slug) {
  const tab = page.locator(`label[for="tool-${slug}"]`);
  assert.equal(await tab.textContent(), label);
  await tab.click();
  assert.ok(await page.getByRole('radio', { name: label, exact: true }).isChecked(), `${label} is picked`);
}

/** Picks a tool, presses Search, waits for its results; returns the search's milliseconds. */
async function search(page, label, slug) {
  await pickTool(page, label, slug);
  await page.waitForSelector(`[data-testid="tool-form"][data-tool="${slug}"]`);
  await journeyStep(page, `search:${slug}`);
  await page.getByTestId('run-search').click();
  await page.waitForSelector(`[data-testid="results"][data-tool="${slug}"]`);
  const millis = Number(await page.getAttribute('[data-testid="results"]', 'data-search-millis'));
  console.log(`console_search_ms_${slug}=${millis.toFixed(1)}`);
  return millis;
}

test('the attribute search finds the car without its plate; convoy finds the companion; all are logged', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await recordLongTasks(page);
  await openView(page, '#/console', 'console');
  const plate = await page.getAttribute('[data-testid="console"]', 'data-plate');
  assert.ok(plate, 'the console knows the visitor plate');

  // Search by description: the pre-filled text has no plate, and finds the car.
  await pickTool(page, 'Search by description', 'attributes');
  const description = await page.getByLabel('Describe the vehicle').inputValue();
  assert.ok(description.length > 0, 'a description is pre-filled');
  assert.ok(!description.toUpperCase().includes(plate), `the description has no plate: ${description}`);
  // The results' live region stands there before the first search, so a screen reader
  // announces the first result (a region inserted with its words is not announced).
  const liveRegion = await page.evaluateHandle(() => document.querySelector('[data-testid="results"] [aria-live]'));
  assert.ok(await page.evaluate((region) => region !== null, liveRegion), 'a live region before any search');
  const firstMillis = await search(page, 'Search by description', 'attributes');
  assert.ok(await page.evaluate((region) => region.isConnected
    && region.contains(document.querySelector('[data-testid="result-summary"]')), liveRegion),
  'the first result is said by the live region that stood there before it');
  console.log(`console_first_result_ms=${firstMillis.toFixed(0)}`);
  const hits = page.getByTestId('attributes-hits');
  assert.equal(await hits.locator('li[data-commuter="true"]').count(), 1, `"${description}" finds the car`);
  assert.match(await page.getByTestId('commuter-found').textContent(), /Your car is among the hits/);
  await screenshot(page, 'console-attribute-search');

  // Convoy on the visitor's plate: the planted companion is in the list.
  await search(page, 'Convoy', 'convoy');
  const companions = await page.getByTestId('convoy-hits').locator('li[data-companion="true"]').count();
  assert.ok(companions >= 1, 'convoy finds a vehicle that really travels with the car');
  await screenshot(page, 'console-convoy');

  // The other tools run too.
  for (const [label, slug] of [['Lookup', 'lookup'], ['Multi-Geo', 'multi-geo'], ['Stakeout', 'stakeout'], ['Hot list', 'hot-list']]) {
    await search(page, label, slug);
    assert.ok(Number(await page.getAttribute('[data-testid="results"]', 'data-count')) > 0, `${label} finds something`);
  }

  // The visitor's tasks, as the journey prints them: a screenshot's capture (the harness
  // resizing the page to its full height) is left out, and printed with it beside.
  const visitors = await longestTask(page, 0, { outsideScreenshots: true });
  console.log(`longest_task_ms_console=${visitors.millis.toFixed(0)}`);
  console.log(`longest_task_step_console=${visitors.step}`);
  console.log(`longest_task_with_screenshots_ms_console=${(await longestTaskMillis(page)).toFixed(0)}`);

  // Every search wrote an audit-log row.
  assert.equal(await page.getByTestId('audit-row').count(), 6);
  assert.match(await page.getByTestId('audit-count').textContent(), /6 searches logged/);
  await screenshot(page, 'console-audit-log');

  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a 3-minute retention policy empties the dossier of home and work', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await recordLongTasks(page);
  await openView(page, '#/policy', 'policy');
  await page.waitForSelector('[data-testid="policy"][data-computing="false"] [data-testid="comparison"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.getAttribute('[data-testid="before-home"]', 'data-found'), 'true', 'the common set-up finds a home');

  const generation = Number(await page.getAttribute('[data-testid="policy"]', 'data-generation'));
  const clicked = Date.now();
  const clickedAt = await page.evaluate(() => performance.now());
  await page.getByRole('radio', { name: /New Hampshire/ }).check();
  await page.waitForFunction((g) => {
    const p = document.querySelector('[data-testid="policy"]');
    return p && Number(p.dataset.generation) > g && p.dataset.computing === 'false';
  }, generation, { timeout: RUN_TIMEOUT, polling: 10 });
  console.log(`policy_compare_ms=${Date.now() - clicked}`);
  console.log(`longest_task_ms_policy=${(await longestTaskMillis(page)).toFixed(0)}`);
  // Issue 11: a lever's change asks the worker and draws its answer. On a quiet machine the
  // page's part leaves no long task at all (0 in 6 of 7 runs beside two builds; once 60 ms).
  // Comparing on the page instead blocks it for hundreds of milliseconds, so the bound sits
  // between the two: it catches that regression without failing on a loaded machine.
  const change = await longestTaskMillis(page, clickedAt);
  console.log(`longest_task_ms_policy_change=${change.toFixed(0)}`);
  assert.ok(change <= 150, `a policy change blocked the page ${change.toFixed(0)} ms`);
  assert.equal(await page.getAttribute('[data-testid="after-home"]', 'data-found'), 'false');
  assert.equal(await page.getAttribute('[data-testid="after-work"]', 'data-found'), 'false');
  assert.match(await page.getByTestId('after-home').textContent(), /None/);
  // The sentence over the table counts the findings the common set-up's column lists.
  const listed = await page.$$eval('td[data-testid^="before-"]', (cells) => cells
    .filter((c) => !['before-reads', 'before-access'].includes(c.dataset.testid))
    .reduce((n, c) => n + (c.dataset.found !== 'true' ? 0 : Number(c.dataset.count ?? 1)), 0));
  const sentence = await page.locator('.comparison-sentence').textContent();
  console.log(`policy_findings_listed=${listed}`);
  assert.ok(
    sentence.includes(`all ${listed} findings`) || sentence.includes(`of the ${listed} findings`)
      || (listed === 1 && sentence.includes('the one finding')),
    `the sentence counts the ${listed} findings the table lists: ${sentence}`,
  );
  await screenshot(page, 'policy-new-hampshire');

  // The first preset is what it is, a common set-up, not the vendor's default; Virginia's
  // law (Va. Code 2.2-5517) keeps reads within the state, so its preset does not share
  // nationally.
  assert.match(await page.getByRole('radio', { name: /^Common set-up/ }).getAttribute('id'), /common-set-up/);
  await page.getByRole('radio', { name: /Virginia/ }).check();
  assert.equal(await page.locator('#lab-sharing').inputValue(), 'statewide');
  assert.equal(await page.locator('input[name="retention"]:checked').getAttribute('id'), `retention-${21 * 24 * 60}`);

  // Who can see it: every sharing setting is listed, with counts that grow.
  const counts = await page.$$eval('[data-testid="access-setting"]', (items) => items.map((i) => Number(i.dataset.count)));
  assert.equal(counts.length, 6);
  assert.ok(counts[counts.length - 1] > 1000, 'national lookup reaches thousands of agencies');
  // One figure everywhere: the lab's statewide and national counts are the console's.
  const lab = Object.fromEntries(await page.$$eval('[data-testid="access-setting"]',
    (items) => items.map((i) => [i.dataset.setting, Number(i.dataset.count)])));
  await openView(page, '#/console', 'console');
  const scopes = Object.fromEntries(await page.$$eval('#search-scope option',
    (options) => options.map((o) => [o.value, Number(o.textContent.match(/\(([\d,]+) networks?\)/)[1].replace(/,/g, ''))])));
  console.log(`networks_statewide=${scopes.statewide} networks_national=${scopes.national}`);
  assert.equal(scopes.statewide, lab.statewide, 'statewide: the console and the policy lab agree');
  assert.equal(scopes.national, lab.national, 'National Lookup: the console and the policy lab agree');

  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('axe finds no serious violations on the console and the policy lab; the nav fits a phone', async () => {
  const { page } = await openRecordedPage(session.browser);
  await openView(page, '#/console', 'console');
  await page.getByTestId('run-search').click();
  await page.waitForSelector('[data-testid="results"][data-tool]');
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on #/console');
  await openView(page, '#/policy', 'policy');
  await page.waitForSelector('[data-testid="comparison"]', { timeout: RUN_TIMEOUT });
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on #/policy');
  await page.context().close();

  const phone = await openRecordedPage(session.browser, { viewport: { width: 375, height: 800 } });
  await openView(phone.page, '#/console', 'console');
  const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no sideways scrolling on a 375 px phone (${overflow} px)`);
  await screenshot(phone.page, 'console-phone');
  await openView(phone.page, '#/policy', 'policy');
  await screenshot(phone.page, 'policy-phone');
  await phone.page.context().close();
});
