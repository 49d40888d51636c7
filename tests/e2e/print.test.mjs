// Paper (issue 13): the dossier with its capture log and map, the letter, the student
// worksheet and the one-page fact sheet each print on US Letter and on A4 within a stated
// number of pages, with their key numbers in the PDF's text, and with no navigation,
// controls or skip link. Also the Teach view itself: its pages load on demand from the
// site's own origin (with a message and a retry when that fails), pass axe, and work from
// the keyboard. PDFs and print-emulated screenshots land in target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests, seriousAxeViolations,
  screenshot, waitForRun, skipToEnd, RUN_TIMEOUT, SCREENSHOT_DIR,
} from './support.mjs';

const session = useServerAndBrowser();
const PAPER = ['Letter', 'A4'];

/** The number of pages and the text (whitespace collapsed) of a PDF. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join(''));
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: pages.join(' ').replace(/\s+/g, ' ') };
}

/**
 * Prints the page as Chromium does for `name` on each paper size, saves the PDFs and a
 * print-emulated screenshot, and returns { Letter: {pages, text}, A4: {pages, text} }.
 */
async function printEach(page, name) {
  await page.emulateMedia({ media: 'print' });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const printed = {};
  for (const format of PAPER) {
    const bytes = await page.pdf({ format });
    await writeFile(join(SCREENSHOT_DIR, `print-${name}-${format.toLowerCase()}.pdf`), bytes);
    printed[format] = await readPdf(bytes);
    console.log(`print_pages{document=${name},paper=${format}}=${printed[format].pages}`);
  }
  await screenshot(page, `print-${name}`);
  return printed;
}

/**
 * What a printed page must not show: the site's navigation, any control (a table's sort
 * buttons print as its column headings), the skip link.
 */
async function visibleScreenOnlyParts(page) {
  return page.locator('nav, button:not(th > button), input, select, .skip-link, header.site-header, footer.site-footer')
    .evaluateAll((elements) => elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => element.outerHTML.slice(0, 80)));
}

async function openTeachPage(page, hash, heading) {
  await page.goto(session.server.url + hash);
  await waitForApp(page);
  await page.locator('.teach .prose h2').filter({ hasText: heading }).waitFor({ timeout: 30_000 });
}

test('the fact sheet prints on one page of Letter and of A4, sources written out', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await openTeachPage(page, '#/teach/fact-sheet', 'the facts on one page');
  const printed = await printEach(page, 'fact-sheet');
  assert.deepEqual(await visibleScreenOnlyParts(page), []);
  for (const format of PAPER) {
    const { pages, text } = printed[format];
    assert.equal(pages, 1, `the fact sheet fills exactly one ${format} page`);
    for (const fact of ['5,000', '30 days', '99.5%', '1,076 to 2,690', '6,809 networks', '95%', 'within 3 minutes']) {
      assert.ok(text.includes(fact), `the ${format} fact sheet says ${fact}: ${text}`);
    }
    // Each source's address is printed once (as its own text, not repeated after it).
    const address = 'https://www.flocksafety.com/flock-evidence-policy';
    assert.equal(text.split(address).length - 1, 1, `the evidence policy's address is printed once: ${text}`);
    assert.doesNotMatch(text, /#\/references|Print this page|Skip to content|Analyst console/);
  }
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the worksheet prints on at most 3 pages with room to answer', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await openTeachPage(page, '#/teach/worksheet', 'Student worksheet');
  const questions = await page.locator('.teach .prose ol > li').count();
  assert.ok(questions >= 10, `${questions} questions`);
  const printed = await printEach(page, 'worksheet');
  assert.deepEqual(await visibleScreenOnlyParts(page), []);
  for (const format of PAPER) {
    const { pages, text } = printed[format];
    assert.ok(pages >= 2 && pages <= 3, `the worksheet takes 2 or 3 ${format} pages, not ${pages}`);
    for (const words of ['Name:', 'seed 7', 'Run A', 'Run B', 'Policy lab', 'Audit log', '30 days by default', '3 minutes']) {
      assert.ok(text.includes(words), `the ${format} worksheet says ${words}: ${text}`);
    }
    assert.doesNotMatch(text, /#\/references|Print this page|Lesson plan/);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the dossier with its map and capture log, and then the letter, print on Letter and A4', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  await skipToEnd(page);
  await page.locator('[data-testid="dossier-searching"]').waitFor({ state: 'detached', timeout: RUN_TIMEOUT });
  const rows = Number(await page.getAttribute('[data-testid="capture-log"]', 'data-row-count'));
  assert.ok(rows > 0, 'the capture log holds rows about the car');
  const status = (await page.locator('[data-testid="status-line"]').textContent()).trim();
  const logCount = (await page.locator('[data-testid="log-count"]').textContent()).trim();
  // The default run may place no home at all (most commutes pass few of 20 cameras).
  const homeCard = page.locator('[data-testid="finding-home"] .guess');
  const homeGuess = (await homeCard.count()) > 0
    ? (await homeCard.locator('p').last().textContent()).replace(/\s+/g, ' ').trim()
    : null;
  const firstTime = (await page.locator('[data-testid="capture-log"] tbody tr td').first().textContent()).trim();

  const printed = await printEach(page, 'dossier');
  assert.deepEqual(await visibleScreenOnlyParts(page), []);
  const map = await page.locator('.map-svg').boundingBox();
  assert.ok(map && map.height > 200, `the map is drawn on paper (${JSON.stringify(map)})`);
  // About 30 log rows a page, plus the story, the map and the dossier.
  const bound = 4 + Math.ceil(Math.min(rows, 300) / 30);
  for (const format of PAPER) {
    const { pages, text } = printed[format];
    assert.ok(pages <= bound, `the dossier takes ${pages} ${format} pages, at most ${bound} for ${rows} rows`);
    for (const key of [status, firstTime, logCount, 'The dossier: what they figured out', 'Time', 'Camera', 'Direction']) {
      assert.ok(text.includes(key), `the ${format} dossier prints "${key}"`);
    }
    if (homeGuess) assert.ok(text.includes(homeGuess.slice(0, 40)), `the ${format} dossier prints the home guess "${homeGuess}"`);
  }

  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Take action' }).click();
  await page.locator('#letter').waitFor({ timeout: RUN_TIMEOUT });
  const letter = await page.locator('#letter').textContent();
  assert.ok(letter.includes(`logged my car ${rows} time`), 'the letter is written from this run');
  const letterPrinted = await printEach(page, 'letter');
  assert.deepEqual(await visibleScreenOnlyParts(page), []);
  for (const format of PAPER) {
    const { pages, text } = letterPrinted[format];
    assert.ok(pages >= 1 && pages <= 2, `the letter takes 1 or 2 ${format} pages, not ${pages}`);
    assert.ok(text.includes(`logged my car ${rows} time`), `the ${format} letter quotes ${rows} reads: ${text}`);
    assert.match(text, /In 30 simulated days/);
    assert.doesNotMatch(text, /Copy the letter|Take action|Flock Off/);
  }
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the Teach view loads its pages on demand, links the exact runs, passes axe and works from the keyboard', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requests.filter((url) => url.includes('/teach/')), [], 'a first visit fetches no lesson text');

  // From the main navigation to the lesson plan with the keyboard alone.
  await page.locator('body').focus();
  const teachLink = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teach' });
  for (let presses = 0; presses < 20 && !(await teachLink.evaluate((link) => link === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await teachLink.evaluate((link) => link === document.activeElement), 'Tab reaches the Teach link');
  await page.keyboard.press('Enter');
  await page.locator('.teach .prose h2').filter({ hasText: 'Lesson plan' }).waitFor({ timeout: 30_000 });
  const lessonUrl = requests.find((url) => url.endsWith('/teach/lesson.html'));
  assert.ok(lessonUrl?.startsWith(`${session.server.url}teach/`), `the lesson came from the site itself: ${lessonUrl}`);

  const lesson = page.locator('.teach .prose');
  for (const part of ['Goals', 'Before class', 'Warm-up', 'Activity', 'Discussion', 'Exit ticket', 'Answers for the teacher', 'Sources']) {
    assert.equal(await lesson.getByRole('heading', { name: part }).count(), 1, `the lesson has "${part}"`);
  }
  // The activity's links open exact runs: share-link settings before the hash, the view in it.
  const runLinks = await lesson.locator('a[href^="?v=1&"]').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  assert.ok(runLinks.length >= 4, `${runLinks.length} run links`);
  for (const href of runLinks) {
    assert.match(href, /^\?v=1&seed=7&persona=hospital-nurse&days=30&cameras=(20|80)#\/(simulator|policy|console)$/);
  }
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the lesson plan');
  await screenshot(page, 'teach-lesson');

  // The view's own navigation, from the keyboard, to the worksheet and its Print button.
  const worksheetLink = page.getByRole('navigation', { name: 'Teaching materials' }).getByRole('link', { name: 'Student worksheet' });
  for (let presses = 0; presses < 20 && !(await worksheetLink.evaluate((link) => link === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await page.locator('.teach .prose h2').filter({ hasText: 'Student worksheet' }).waitFor({ timeout: 30_000 });
  assert.equal(await worksheetLink.getAttribute('aria-current'), 'page');
  const print = page.getByRole('button', { name: 'Print this page' });
  for (let presses = 0; presses < 5 && !(await print.evaluate((button) => button === document.activeElement)); presses += 1) {
    await page.keyboard.press('Tab');
  }
  assert.ok(await print.evaluate((button) => button === document.activeElement), 'Tab reaches the Print button');

  await page.getByRole('navigation', { name: 'Teaching materials' }).getByRole('link', { name: 'Glossary' }).click();
  const glossary = page.locator('.teach .prose dl');
  await glossary.waitFor({ timeout: 30_000 });
  for (const word of ['ALPR', 'Hot list', 'NCIC', 'Retention', 'Lookup', 'National Lookup', 'MOU', 'Hit-only']) {
    assert.equal(await glossary.locator('dt').filter({ hasText: new RegExp(`^${word}\\b`) }).count(), 1, `the glossary defines ${word}`);
  }
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the glossary');
  await screenshot(page, 'teach-glossary');
  await page.waitForLoadState('networkidle');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a lesson page that cannot be fetched says so and loads on retry', async () => {
  const { page } = await openRecordedPage(session.browser);
  let refuse = true;
  await page.route('**/teach/fact-sheet.html', (route) => (refuse ? route.fulfill({ status: 404, body: 'gone' }) : route.continue()));
  await page.goto(`${session.server.url}#/teach/fact-sheet`);
  await waitForApp(page);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 30_000 });
  assert.match(await alert.textContent(), /could not be loaded/);
  await screenshot(page, 'teach-load-failed');
  refuse = false;
  await alert.getByRole('button', { name: 'Try again' }).click();
  await page.locator('.teach .prose h2').filter({ hasText: 'the facts on one page' }).waitFor({ timeout: 30_000 });
  await page.context().close();
});
