// Paper (issue 13): the dossier with its capture log and map, the letter, the student
// worksheet, the one-page fact sheet and the lesson plan (English and Spanish) each print on
// US Letter and on A4 within a stated number of pages, with their key numbers in the PDF's
// text, and with no navigation, controls or skip link. The dossier prints its map's key and
// the sightings behind each finding open, and no link to another screen; the teaching pages
// keep headings and lead-ins with what follows, print each run's address after its link,
// and list their sources by number. Also the Teach view and the teaching materials' own pages
// (dist/teach/*.html): none of them is part of a first visit, they pass axe and work from
// the keyboard. PDFs and print-emulated screenshots land in target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests, seriousAxeViolations,
  screenshot, waitForRun, skipToEnd, RUN_TIMEOUT, SCREENSHOT_DIR,
  untilRequestsStop,
} from './support.mjs';

const session = useServerAndBrowser();
const PAPER = ['Letter', 'A4'];
// A capture log row's direction in a PDF's text (a finding's sightings say "(eastbound)").
const LOG_ROW = /\b(east|west|north|south)bound\b(?!\))/;

/** The number of pages and the text (whitespace collapsed) of a PDF. */
async function readPdf(bytes) {
  const pdf = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
  const pages = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const content = await (await pdf.getPage(number)).getTextContent();
    pages.push(content.items.map((item) => item.str + (item.hasEOL ? ' ' : '')).join(''));
  }
  await pdf.destroy();
  return { pages: pdf.numPages, text: pages.join(' ').replace(/\s+/g, ' '), pageTexts: pages };
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
 * buttons give way to their headings' text), the skip link.
 */
async function visibleScreenOnlyParts(page) {
  return page.locator('nav, button, input, select, .skip-link, header.site-header, footer.site-footer')
    .evaluateAll((elements) => elements
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => element.outerHTML.slice(0, 80)));
}

/** Opens one of the teaching materials' pages (dist/teach/<file>) and checks its heading. */
async function openTeachPage(page, file, heading) {
  await page.goto(`${session.server.url}teach/${file}`);
  await page.locator('main h1').filter({ hasText: heading }).waitFor({ timeout: 30_000 });
}

/** Text reduced to its letters and digits, lower case: what survives a PDF's line breaks. */
const squeeze = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/**
 * The sources list of a teaching page, on screen and on paper: by number, each number once,
 * no bullet beside it, no period after a title's own question mark; the printed text lists
 * them in the same order.
 */
async function checkSources(page, printed, name) {
  const sources = await page.locator('.sources li').evaluateAll((all) => all.map((item) => ({
    text: item.textContent.replace(/\s+/g, ' ').trim(),
    marker: getComputedStyle(item).listStyleType,
  })));
  assert.ok(sources.length > 0, `${name} lists sources`);
  const numbers = sources.map(({ text }) => Number(text.match(/^\[(\d+)\]/)?.[1]));
  assert.deepEqual(numbers, [...numbers].sort((a, b) => a - b), `${name}: sources by number (${numbers})`);
  assert.equal(new Set(numbers).size, numbers.length, `${name}: each source once`);
  for (const { text, marker } of sources) {
    assert.equal(marker, 'none', `${name}: no bullet beside "${text.slice(0, 40)}"`);
    assert.doesNotMatch(text, /[?!]\./, `${name}: one stop after a title`);
  }
  for (const format of PAPER) {
    const squeezed = squeeze(printed[format].text);
    let from = 0;
    for (const number of numbers) {
      const at = squeezed.indexOf(squeeze(`[${number}]`) + squeeze(sources[numbers.indexOf(number)].text.slice(`[${number}]`.length, 40)), from);
      assert.ok(at >= from, `the ${format} ${name} prints source [${number}] after the ones before it`);
      from = at;
    }
  }
}

/**
 * What must print on one page: each heading and the start of what follows it, and each
 * lead-in paragraph ("Each part has its own link:") and its list's first item. Each as the
 * [end of the first, start of the second] of the pair, squeezed.
 */
async function keptTogether(page) {
  return page.locator('main').evaluate((main) => {
    // The text as printed: a run's link with its address after it (teach.css).
    const text = (element) => {
      const copy = element.cloneNode(true);
      for (const link of copy.querySelectorAll('a[data-print-address]')) link.append(` (${link.dataset.printAddress})`);
      return copy.textContent;
    };
    const pairs = [];
    for (const heading of main.querySelectorAll('h1, h2, h3')) {
      const next = heading.nextElementSibling;
      if (next) pairs.push([text(heading), text(next.matches('ol, ul, dl') ? next.firstElementChild : next)]);
    }
    for (const list of main.querySelectorAll('p + :is(ol, ul, dl)')) {
      pairs.push([text(list.previousElementSibling), text(list.firstElementChild)]);
    }
    return pairs;
  }).then((pairs) => pairs.map(([first, second]) => [squeeze(first).slice(-30), squeeze(second).slice(0, 30)]));
}

/**
 * Checks that each pair of keptTogether(page) prints on one page of each paper size: the end
 * of the first runs straight into the start of the second (a list's number between them) in
 * one page's text.
 */
async function checkKeptTogether(page, printed, name) {
  const pairs = await keptTogether(page);
  assert.ok(pairs.length > 3, `${name}: ${pairs.length} headings`);
  for (const format of PAPER) {
    const pages = printed[format].pageTexts.map(squeeze);
    for (const [first, second] of pairs) {
      const together = new RegExp(`${first}\\d{0,3}${second}`, 'u');
      assert.ok(pages.some((text) => together.test(text)),
        `the ${format} ${name} prints "${first}" and "${second}" on one page`);
    }
  }
}

/** The last page is not a near-empty one (a line or two, as Spanish on Letter had). */
function checkNoNearEmptyLastPage(printed, name) {
  for (const format of PAPER) {
    const lengths = printed[format].pageTexts.map((text) => text.length);
    if (lengths.length > 1) {
      assert.ok(lengths.at(-1) >= 0.25 * Math.max(...lengths),
        `the ${format} ${name}'s last page holds more than a few lines (${lengths})`);
    }
  }
}

/**
 * Each link to a run prints its whole address after its text, as the page knows it (a
 * teacher with only the paper can still open the run).
 */
async function checkRunAddresses(page, printed, name) {
  const runs = await page.locator('main a[href*="?v=1&"]').evaluateAll((all) => all.map((link) => link.href));
  assert.ok(runs.length >= 4, `${name} links ${runs.length} runs`);
  for (const format of PAPER) {
    const text = printed[format].text.replace(/\s+/g, '');
    for (const run of runs) {
      assert.ok(run.startsWith(session.server.url), run);
      assert.ok(text.includes(`(${run})`), `the ${format} ${name} prints ${run}`);
    }
  }
}

test('the fact sheet prints on one page of Letter and of A4, sources written out', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await openTeachPage(page, 'fact-sheet.html', 'the facts on one page');
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
    assert.doesNotMatch(text, /#\/references|Print this page|Skip to content|Open the simulator/);
  }
  await checkSources(page, printed, 'fact sheet');
  assert.ok(printed.Letter.text.includes('Does Flock share data with ICE? Flock Safety.'), 'one stop after a question');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await page.locator('.sources li').first().evaluate((item) => getComputedStyle(item).listStyleType), 'none', 'no bullet on screen');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the worksheet prints on at most 3 pages with room to answer', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await openTeachPage(page, 'worksheet.html', 'Student worksheet');
  const questions = await page.locator('main ol > li').count();
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
  await checkRunAddresses(page, printed, 'worksheet');
  await checkSources(page, printed, 'worksheet');
  await checkKeptTogether(page, printed, 'worksheet');
  assert.deepEqual(errors, []);
  await page.context().close();
});

for (const [file, name, heading, activity] of [
  ['lesson.html', 'lesson', 'Lesson plan', 'Activity (25 minutes)'],
  ['es/lesson.html', 'lesson-es', 'Plan de clase', 'Actividad (25 minutos)'],
]) {
  test(`the ${name} prints on at most 3 pages, headings with what follows, runs with their addresses`, async () => {
    const { page, errors } = await openRecordedPage(session.browser);
    await openTeachPage(page, file, heading);
    const printed = await printEach(page, name);
    assert.deepEqual(await visibleScreenOnlyParts(page), []);
    for (const format of PAPER) {
      const { pages, text } = printed[format];
      assert.ok(pages <= 3, `the ${format} ${name} takes ${pages} pages, at most 3`);
      assert.ok(text.includes(activity), `the ${format} ${name} prints "${activity}"`);
    }
    checkNoNearEmptyLastPage(printed, name);
    await checkKeptTogether(page, printed, name);
    await checkRunAddresses(page, printed, name);
    await checkSources(page, printed, name);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

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
  // On paper: the map's key and each finding's sightings print open, with no toggle to
  // click; "Cameras on my route", a link to another screen, does not print.
  const onPaper = await page.evaluate(() => {
    const shown = (selector) => [...document.querySelectorAll(selector)]
      .filter((element) => element.getClientRects().length > 0)
      .map((element) => element.textContent.replace(/\s+/g, ' ').trim());
    return {
      key: shown('.legend li'),
      sightings: shown('.evidence li'),
      markers: [...document.querySelectorAll('summary')].filter((summary) => summary.getClientRects().length > 0)
        .map((summary) => getComputedStyle(summary).listStyleType),
      route: shown('[data-testid="route-link"]'),
      chart: document.querySelector('#uniqueness-title')?.textContent.trim(),
    };
  });
  assert.ok(onPaper.key.length >= 10, `the map's key prints (${onPaper.key})`);
  assert.ok(onPaper.sightings.length > 0, 'the sightings behind the findings print');
  assert.deepEqual([...new Set(onPaper.markers)], ['none'], 'no disclosure triangle prints');
  assert.deepEqual(onPaper.route, [], 'Cameras on my route does not print');
  assert.ok(onPaper.chart, 'the uniqueness chart has its title');
  const map = await page.locator('.map-svg').boundingBox();
  assert.ok(map && map.height > 200, `the map is drawn on paper (${JSON.stringify(map)})`);
  // About 30 log rows a page, plus the story, the map and the dossier.
  const bound = 4 + Math.ceil(Math.min(rows, 300) / 30);
  for (const format of PAPER) {
    const { pages, text } = printed[format];
    assert.ok(pages <= bound, `the dossier takes ${pages} ${format} pages, at most ${bound} for ${rows} rows`);
    for (const key of [status, firstTime, logCount, 'The dossier: what they figured out', 'Time', 'Camera', 'Direction']) {
      // The printed text's spaces are flattened, the no-break space before "PM" included.
      assert.ok(text.includes(key.replace(/\s+/g, ' ')), `the ${format} dossier prints "${key}"`);
    }
    if (homeGuess) assert.ok(text.includes(homeGuess.slice(0, 40)), `the ${format} dossier prints the home guess "${homeGuess}"`);
    const squeezed = squeeze(text);
    for (const entry of [...onPaper.key, onPaper.sightings[0]]) {
      assert.ok(squeezed.includes(squeeze(entry)), `the ${format} dossier prints "${entry}"`);
    }
    assert.doesNotMatch(text, /Check my route|Cameras on my route/);
    // The chart shares its page with the end of the log (it had a page of its own, two
    // thirds blank).
    const chartPage = printed[format].pageTexts.find((page) => squeeze(page).includes(squeeze(onPaper.chart)));
    assert.ok(chartPage, `the ${format} dossier prints the chart "${onPaper.chart}"`);
    assert.match(chartPage, LOG_ROW, `the ${format} chart shares its page with the log`);
    // Every page of the log has its column headings (Chrome left the sort buttons out of
    // the heading it repeats atop a page).
    const logPages = printed[format].pageTexts.filter((page) => LOG_ROW.test(page));
    assert.ok(logPages.length >= 1, `the ${format} dossier prints the log`);
    for (const [n, page] of logPages.entries()) {
      for (const heading of ['Time', 'Camera', 'Operator', 'Direction']) {
        assert.ok(page.includes(heading), `${format} log page ${n + 1} of ${logPages.length} has the heading "${heading}"`);
      }
    }
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

test('the policy lab prints the rules it is set to: the law, the retention, hit-only, sharing and cameras', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?v=1&seed=7&days=30&cameras=40&policy=maine#/policy`);
  await waitForApp(page);
  const lab = page.getByTestId('lab-controls');
  await lab.waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(await page.locator('#preset-maine').isChecked(), true, 'the link chose Maine');
  // What prints of the levers: the text shown on paper (a list shows its choice, not its
  // options), and the box and lists as set.
  const onPaper = async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = await lab.evaluate((element) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const words = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (parent.getClientRects().length > 0 && !parent.closest('select')) words.push(node.textContent);
      }
      const controls = [...element.querySelectorAll('input[type="checkbox"], select')]
        .filter((control) => control.getClientRects().length > 0)
        .map((control) => (control.type === 'checkbox' ? `${control.id}:${control.checked}` : control.selectedOptions[0].text));
      return { text: words.join(' ').replace(/\s+/g, ' '), controls };
    });
    await page.emulateMedia({ media: 'screen' });
    return printed;
  };
  const maine = await onPaper();
  assert.match(maine.text, /Maine/, maine.text);
  assert.doesNotMatch(maine.text, /Virginia|California|New Hampshire/, 'only the chosen law prints');
  assert.match(maine.text, /21 days/, maine.text);
  assert.doesNotMatch(maine.text, /48 hours|1 year/, 'only the chosen retention prints');
  assert.deepEqual(maine.controls, ['hit-only:false', 'National Lookup (every participating agency in the country)', 'All of them'], 'the box and both lists print as set');

  // Levers moved by hand: no law is chosen any more, and the levers print as moved.
  await page.locator('#hit-only').check();
  await page.locator('#lab-sharing').selectOption({ label: 'Statewide' });
  await page.waitForSelector('[data-testid="policy"][data-computing="false"] [data-testid="comparison"]', { timeout: RUN_TIMEOUT });
  const moved = await onPaper();
  assert.doesNotMatch(moved.text, /Maine|Virginia/, 'no law is named for levers moved by hand');
  assert.match(moved.text, /21 days/, moved.text);
  assert.deepEqual(moved.controls, ['hit-only:true', 'Statewide', 'All of them']);
  await page.emulateMedia({ media: 'print' });
  await screenshot(page, 'print-policy-lab');
  await page.emulateMedia({ media: 'screen' });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the Teach view links the materials, which link the exact runs, pass axe and work from the keyboard', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await untilRequestsStop(page, requests);
  assert.deepEqual(requests.filter((url) => url.includes('/teach/')), [], 'a first visit fetches no teaching materials');

  // From the main navigation to the worksheet and its Print button with the keyboard alone.
  const focused = (locator) => locator.evaluate((element) => element === document.activeElement);
  const tabTo = async (locator, most) => {
    for (let presses = 0; presses < most && !(await focused(locator)); presses += 1) await page.keyboard.press('Tab');
    assert.ok(await focused(locator), `Tab reaches ${await locator.evaluate((element) => element.outerHTML.slice(0, 80))}`);
  };
  await tabTo(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Teach' }), 20);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 2, name: 'Teach' }).waitFor();
  const links = page.locator('.teach li > a');
  assert.deepEqual(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href'))),
    ['teach/lesson.html', 'teach/glossary.html', 'teach/worksheet.html', 'teach/fact-sheet.html']);
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the Teach view');
  await screenshot(page, 'teach-view');
  await tabTo(page.locator('.teach').getByRole('link', { name: 'Student worksheet' }), 20);
  await page.keyboard.press('Enter');
  // Each lesson page has its own h1: its title.
  await page.locator('main h1').filter({ hasText: 'Student worksheet' }).waitFor({ timeout: 30_000 });
  assert.equal(await page.locator('h1').count(), 1, 'one h1 on a lesson page');
  await tabTo(page.getByRole('button', { name: 'Print this page' }), 12);
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the worksheet');

  await page.getByRole('navigation', { name: 'Teaching materials' }).getByRole('link', { name: 'Lesson plan' }).click();
  const lesson = page.locator('main');
  await lesson.locator('h1').filter({ hasText: 'Lesson plan' }).waitFor({ timeout: 30_000 });
  for (const part of ['Goals', 'Before class', 'Warm-up', 'Activity', 'Discussion', 'Exit ticket', 'Answers for the teacher', 'Sources']) {
    assert.equal(await lesson.getByRole('heading', { name: part }).count(), 1, `the lesson has "${part}"`);
  }
  // The activity's links open exact runs in the app: share-link settings before the hash, the view in it.
  const runLinks = await lesson.locator('a[href^="../?v=1&"]').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
  assert.equal(runLinks.length, 4, `${runLinks.length} run links`);
  for (const href of runLinks) {
    assert.match(href, /^\.\.\/\?v=1&seed=7&persona=hospital-nurse&days=30&cameras=(20|80)#\/(simulator|policy|console)$/);
  }
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the lesson plan');
  await screenshot(page, 'teach-lesson');
  // A citation leads back into the app's references list.
  await lesson.locator('a[href^="../#/references/"]').first().click();
  await page.getByRole('heading', { level: 2, name: 'References' }).waitFor({ timeout: 30_000 });

  await page.goto(`${session.server.url}teach/glossary.html`);
  const glossary = page.locator('main dl');
  await glossary.waitFor();
  for (const word of ['ALPR', 'Hot list', 'NCIC', 'Retention', 'Lookup', 'National Lookup', 'MOU', 'Hit-only']) {
    assert.equal(await glossary.locator('dt').filter({ hasText: new RegExp(`^${word}\\b`) }).count(), 1, `the glossary defines ${word}`);
  }
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the glossary');
  await screenshot(page, 'teach-glossary');
  await untilRequestsStop(page, requests);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
