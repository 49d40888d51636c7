// The content views in a real browser: the FAQ and the references render; every citation
// link in the FAQ, About and Take action views lands on an entry of the references list; the
// letter shows the simulation's numbers, copies and prints alone; nothing is requested from
// another origin; axe finds nothing serious.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests,
  seriousAxeViolations, screenshot,
  waitForLongText,
  untilRequestsStop,
} from './support.mjs';

const session = useServerAndBrowser();

const FAQ_QUESTIONS = [
  /What is Flock Safety\?/,
  /different from toll and parking readers/,
  /record besides plates, and how are the records searched/,
  /How does sharing work, and does opting out work/,
  /even if my town opted out/,
  /different from tourist webcams/,
  /different from CCTV and home cameras/,
  /Can the cameras or their data be hacked\?/,
  /What do police say the cameras achieve\?/,
  /find out whether my town has a contract/,
  /town-meeting article requiring a vote/,
];

/** Opens the app at a view and waits for its heading. */
async function openView(page, hash, heading) {
  await page.goto(session.server.url + hash);
  await waitForApp(page);
  await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  // The FAQ, About and Take action text is fetched when the page opens.
  await waitForLongText(page);
}

/** The reference ids the current page's citation links point at. */
async function citedIds(page) {
  const hrefs = await page.locator('a[href^="#/references/"]').evaluateAll(
    (links) => links.map((link) => link.getAttribute('href')),
  );
  return hrefs.map((href) => href.slice('#/references/'.length));
}

test('the FAQ answers every question, each with citations, opened from the keyboard', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await openView(page, '#/faq', 'FAQ');
  const summaries = page.locator('details.faq-item > summary');
  assert.equal(await summaries.count(), FAQ_QUESTIONS.length);
  for (const [index, question] of FAQ_QUESTIONS.entries()) {
    assert.match(await summaries.nth(index).textContent(), question);
    const citations = page.locator('details.faq-item').nth(index).locator('a[href^="#/references/"]');
    assert.ok(await citations.count() > 0, `answer ${index + 1} cites its sources`);
  }
  const first = page.locator('details.faq-item').first();
  await summaries.first().focus();
  await page.keyboard.press('Enter');
  assert.equal(await first.getAttribute('open'), '', 'Enter opens the answer');
  assert.ok(await first.locator('.prose').isVisible());
  assert.match(await first.locator('.prose').textContent(), /Atlanta/);
  // Fast-moving facts carry the date they were last checked against their sources.
  assert.match(await page.getByTestId('last-checked').textContent(), /^Last checked against the sources: \d{1,2} [A-Z][a-z]{2} \d{4}\.$/);
  await screenshot(page, 'content-faq');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the references list shows numbered entries with publisher, date and safe links', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await openView(page, '#/references', 'References');
  const entries = page.locator('ol.reference-list > li.reference');
  const count = await entries.count();
  assert.ok(count >= 40, `${count} references`);
  assert.equal(await entries.first().locator('.reference-number').textContent(), '[1]');
  assert.equal(await entries.nth(count - 1).locator('.reference-number').textContent(), `[${count}]`);
  const wyden = page.locator('#ref-wyden-ftc-2025');
  assert.match(await wyden.textContent(), /Office of U\.S\. Senator Ron Wyden/);
  assert.match(await wyden.textContent(), /3 Nov 2025/);
  assert.match(await page.locator('#ref-wyden-ftc-2025').textContent(), /Secondary source/);
  // An entry without a link says why; the OSM export's note names the file the app ships
  // (Massachusetts today's cameras), and that file is there.
  const osm = await page.locator('#ref-osm-massachusetts-export').textContent();
  assert.match(osm, /ships .* as data\/massachusetts-alpr\.json/);
  assert.ok(await page.evaluate(async () => (await fetch('data/massachusetts-alpr.json')).ok));
  const campaign = await page.locator('#ref-flock-off-campaign').textContent();
  assert.match(campaign, /no public link/);
  // A page with no date of its own says when it was checked.
  assert.match(await page.locator('#ref-nh-rsa-261-75-b').textContent(), /checked \d{1,2} [A-Z][a-z]{2} \d{4}/);
  // Every entry carries a date (or a checked date), or a note saying why it has none.
  const undated = await entries.evaluateAll((all) => all
    .filter((li) => /no date given/.test(li.textContent) && !li.querySelector('.reference-note'))
    .map((li) => li.id));
  assert.deepEqual(undated, [], 'entries with no date and no note');
  const links = page.locator('ol.reference-list a[href^="https://"]');
  assert.ok(await links.count() > 20);
  for (const rel of await links.evaluateAll((all) => all.map((a) => a.getAttribute('rel')))) {
    assert.equal(rel, 'noopener noreferrer');
  }
  await screenshot(page, 'content-references');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('every citation link in the FAQ, About and Take action resolves to a reference entry', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  const cited = new Set();
  for (const [hash, heading] of [['#/faq', 'FAQ'], ['#/about', 'About'], ['#/action', 'Take action']]) {
    await openView(page, hash, heading);
    if (hash === '#/action') {
      await page.getByRole('button', { name: 'Preview with sample numbers' }).click();
      await page.locator('#letter').waitFor();
    }
    const ids = await citedIds(page);
    assert.ok(ids.length > 0, `${hash} cites its sources`);
    ids.forEach((id) => cited.add(id));
  }
  await openView(page, '#/references', 'References');
  const listed = new Set(await page.locator('li.reference').evaluateAll(
    (items) => items.map((item) => item.id.replace(/^ref-/, '')),
  ));
  const missing = [...cited].filter((id) => !listed.has(id));
  assert.deepEqual(missing, [], 'cited ids missing from the references list');
  assert.ok(cited.size >= 25, `${cited.size} distinct references cited`);
  assert.equal(await page.locator('[data-unknown-reference]').count(), 0);
  await page.context().close();
  assert.deepEqual(errors, []);
});

test('the FAQ says, with its source, that courts let police search the reads without a warrant', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?lang=es#/faq`);
  await waitForApp(page);
  await waitForLongText(page);
  const ruling = page.locator('a[href="#/references/wtkr-norfolk-ruling"]');
  assert.equal(await ruling.count(), 1, 'the Norfolk ruling is cited once');
  await ruling.locator('xpath=ancestor::details[1]/summary').click();
  // The citation sits in the answer's paragraph about the ruling, in the page's language.
  assert.match(await ruling.locator('xpath=ancestor::p[1]').innerText(), /no requiere orden judicial/);
  // Followed, it opens the ruling's entry, its note in Spanish.
  await ruling.click();
  await page.locator('#ref-wtkr-norfolk-ruling:focus').waitFor();
  assert.match(await page.locator('#ref-wtkr-norfolk-ruling').innerText(), /Schmidt contra la ciudad de Norfolk/);
  await page.context().close();
  assert.deepEqual(errors, []);
});

test('following a citation lands on its highlighted, focused entry; back returns', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await openView(page, '#/faq', 'FAQ');
  const answer = page.locator('details.faq-item').nth(1);
  await answer.locator('summary').click();
  const link = answer.locator('a[href^="#/references/"]').first();
  const id = (await link.getAttribute('href')).slice('#/references/'.length);
  const number = (await link.textContent()).replace(/\D/g, '');
  await link.click();
  await page.getByRole('heading', { level: 2, name: 'References' }).waitFor();
  const entry = page.locator(`#ref-${id}`);
  await page.waitForFunction((target) => document.activeElement?.id === target, `ref-${id}`);
  assert.match(await entry.getAttribute('class'), /is-target/);
  assert.equal(await entry.locator('.reference-number').textContent(), `[${number}]`);
  await screenshot(page, 'content-reference-target');
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'FAQ' }).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the Take action page asks for the campaign\'s three changes and writes the letter', async () => {
  const { page, errors } = await openRecordedPage(session.browser, {
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  await openView(page, '#/action', 'Take action');
  const campaign = await page.locator('.action-campaign').textContent();
  for (const ask of [/Require a vote first/, /Restrict sharing/, /Cancel contracts/, /flockoff@mass50501\.org/]) {
    assert.match(campaign, ask);
  }
  assert.match(await page.locator('.letter-section').textContent(), /Run the simulator first/);
  assert.equal(await page.locator('#letter').count(), 0, 'no letter without results');

  await page.getByRole('button', { name: 'Preview with sample numbers' }).click();
  const letter = await page.locator('#letter').textContent();
  assert.match(letter, /In 30 simulated days in Millbrook, 11 cameras logged my car 212 times\./);
  assert.match(letter, /placed my home within 200\u00a0m of one spot, 80% sure, and was right/);
  assert.match(await page.locator('.letter-section').textContent(), /Sample numbers, not your results/);

  await page.getByRole('button', { name: 'Copy the letter' }).click();
  await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), letter);
  await screenshot(page, 'content-action-letter');

  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('#letter').isVisible(), 'the letter prints');
  for (const hidden of ['header.site-header', 'footer.site-footer', '.action-campaign', '.letter-controls']) {
    assert.equal(await page.locator(hidden).isVisible(), false, `${hidden} does not print`);
  }
  await screenshot(page, 'content-action-print');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the content views request nothing from other origins and pass axe', async () => {
  const { page, requests } = await openRecordedPage(session.browser);
  for (const [hash, heading] of [
    ['#/faq', 'FAQ'], ['#/references/flock-evidence-policy', 'References'],
    ['#/action', 'Take action'], ['#/about', 'About'],
  ]) {
    await openView(page, hash, heading);
    if (hash === '#/faq') await page.locator('details.faq-item').first().locator('summary').click();
    if (hash === '#/action') await page.getByRole('button', { name: 'Preview with sample numbers' }).click();
    assert.deepEqual(await seriousAxeViolations(page), [], `axe on ${hash}`);
  }
  await screenshot(page, 'content-about');
  await untilRequestsStop(page, requests);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  await page.context().close();
});
