// Presenter mode (issue 14): the app's Present entry opens present.html with the same link;
// the presenter prepares the deck (hidden steps live in the link), starts, and steps through
// every step with a clicker's Page Down and Page Up at 1280x720 and 1920x1080. Checks each
// step's sentence quotes the same numbers the simulator shows for the same run, that no text
// is under 28 px and text contrast is at least 7:1 in the projector palette, axe on every
// step, the notes window follows and drives the show, and the last step's QR code decodes to
// the audience link. Prints present_step_ms= (worst key-to-drawn time, target 100 ms),
// present_step_median_ms= and
// present_longest_task_ms= (longest main-thread task while stepping, target 50 ms).
// Also: a run with a life of its own prints its long audience link shortened and the ask
// still fits; a broken link (and a bad deck= or law=) is said on the prepare screen; the law
// starts from the link's policy= preset unless law= names another, and from the policy lab's
// levers the link moved by hand (said on the prepare screen); a talk prepared survives "Back
// to the app" and a reload mid-talk returns to the step on screen; a run longer than today's
// retention says why the law step counts fewer reads than the month step. The map is a still
// picture: a click, drag or wheel on it moves nothing, and a clicker's arrows change step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, waitForRun, foreignRequests,
  seriousAxeViolations, screenshot, recordLongTasks, longestTaskMillis, pageNow, RUN_TIMEOUT,
  setDaysAndWait, encodedLife,
} from './support.mjs';

const session = useServerAndBrowser();

/** The simulator's headline numbers for the default run, once the analyst is done. */
async function simulatorNumbers(browser, url) {
  const { page } = await openRecordedPage(browser);
  await page.goto(`${url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  await page.waitForSelector('[data-testid="headline"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  const headline = await page.textContent('[data-testid="headline"]');
  // The uniqueness chart's sentence, once the town-wide work has drawn it.
  await page.waitForFunction(() => /single out \d+%/.test(
    document.querySelector('[data-testid="uniqueness-sentence"]')?.textContent ?? ''), null, { timeout: RUN_TIMEOUT });
  const uniqueness = await page.textContent('[data-testid="uniqueness-sentence"]');
  await page.context().close();
  const reads = Number(/read your plate (\d+) times/.exec(headline)?.[1]);
  assert.ok(reads > 0, `the simulator's headline states the reads: ${headline}`);
  const home = /your home ([\d.]+\sk?m)/.exec(headline)?.[1] ?? null;
  const [, singlingReads, singledOut] = /just (\d+) of a car's sightings .* single out (\d+)%/.exec(uniqueness) ?? [];
  assert.ok(singlingReads && singledOut, `the simulator's chart quotes a point: ${uniqueness}`);
  return { reads, home, headline, singlingReads, singledOut, uniqueness };
}

/** Presses `key` in the page and resolves with the milliseconds until the show draws step `index`. */
function pressAndTime(page, key, index) {
  return page.evaluate(({ key, index }) => new Promise((resolve) => {
    const show = document.querySelector('[data-testid="present-show"]');
    const started = performance.now();
    const drawn = () => show.dataset.index === String(index)
      && show.querySelector('[data-testid="present-sentence"]')?.textContent.length > 0;
    const observer = new MutationObserver(() => {
      if (drawn()) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - started));
      }
    });
    observer.observe(show, { subtree: true, childList: true, attributes: true, characterData: true });
    document.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  }), { key, index });
}

/** The smallest font size (px) of any visible text in the show, and the lowest text contrast. */
function typeAndContrast(page) {
  return page.evaluate(() => {
    const show = document.querySelector('[data-testid="present-show"]');
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const background = (element) => {
      for (let e = element; e; e = e.parentElement) {
        const colour = getComputedStyle(e).backgroundColor;
        if (!/rgba\(.*, 0\)$/.test(colour) && colour !== 'transparent') return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    let smallest = Infinity;
    let lowest = Infinity;
    const walker = document.createTreeWalker(show, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!node.textContent.trim() || element.closest('svg')) continue;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (rect.width === 0 || style.visibility === 'hidden' || element.closest('.visually-hidden')) continue;
      smallest = Math.min(smallest, parseFloat(style.fontSize));
      const [a, b] = [luminance(style.color), luminance(background(element))];
      lowest = Math.min(lowest, (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05));
    }
    return { smallest, lowest };
  });
}

// A town hall's projector: 16:9 at 720p and 1080p, and an older 4:3 one at 1024x768.
for (const viewport of [{ width: 1280, height: 720 }, { width: 1920, height: 1080 }, { width: 1024, height: 768 }]) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`presenter mode at ${size}: prepare, every step by clicker keys, notes window, QR code`, async () => {
    const { browser, server } = session;
    const truth = await simulatorNumbers(browser, server.url);

    const { page, requests, errors } = await openRecordedPage(browser, { viewport });
    await recordLongTasks(page);
    await page.goto(`${server.url}#/present`);
    await page.waitForURL(/present\.html/, { timeout: 30_000 });
    await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
    assert.deepEqual(await seriousAxeViolations(page), [], 'the prepare screen passes axe');

    // Hiding a step writes the deck into the link; showing it again takes it out.
    await page.click('[data-testid="hide-travels-with"]');
    assert.match(page.url(), /[?&]deck=/, 'a hidden step lives in the link');
    const steps = await page.$$eval('[data-testid="present-steps"] li', (items) => items.map((li) => li.dataset.step));
    assert.ok(!steps.includes('travels-with') && steps.length === 9, `${steps}`);
    assert.ok((await page.textContent('[data-testid="sentence-travels-with"]')).trim().length > 20,
      'a hidden step still shows what it would say');
    await page.click('[data-testid="show-travels-with"]');
    assert.doesNotMatch(page.url(), /[?&]deck=/, 'the default deck leaves the link clean');
    // Each step shows the sentence it will say, hidden or not, so a weak step is seen before
    // the room sees it.
    const previews = await page.$$eval('[data-testid^="sentence-"]',
      (spans) => Object.fromEntries(spans.map((s) => [s.dataset.testid.slice('sentence-'.length), s.textContent.trim()])));
    assert.equal(Object.keys(previews).length, 10, `every step has its sentence: ${Object.keys(previews)}`);
    // A step with nothing of this run to show is marked, and only such a step.
    const empty = { 'home-work': /could not place/, sensitive: /no camera caught/, 'travels-with': /^No other car/, 'few-reads': /too sparse/ };
    const marked = await page.$$eval('[data-testid="present-steps"] [data-testid^="nothing-"]',
      (spans) => spans.map((s) => s.dataset.testid.slice('nothing-'.length)));
    const sayNothing = Object.entries(empty).filter(([step, says]) => says.test(previews[step])).map(([step]) => step);
    assert.deepEqual(marked.sort(), sayNothing.sort(), `marked ${marked} for ${JSON.stringify(previews)}`);
    await screenshot(page, `present-${size}-prepare`);
    if (marked.length) {
      // Hidden, it needs no warning; shown again, it has it back.
      await page.click(`[data-testid="hide-${marked[0]}"]`);
      assert.equal(await page.locator(`[data-testid="nothing-${marked[0]}"]`).count(), 0, 'a hidden step is not marked');
      await page.click(`[data-testid="show-${marked[0]}"]`);
      await page.waitForSelector(`[data-testid="present-steps"] [data-testid="nothing-${marked[0]}"]`);
      assert.doesNotMatch(page.url(), /[?&]deck=/);
    }

    await page.click('[data-testid="present-start"]');
    await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('present-frame')), true,
      'the step has the focus, so keys and screen readers follow it');

    // The notes window follows the show, and its keys drive it.
    const [notes] = await Promise.all([
      page.context().waitForEvent('page'),
      page.keyboard.press('s'),
    ]);
    await notes.waitForSelector('[data-testid="notes-position"][data-step="town"]', { timeout: 30_000 });
    // A window of its own, not a tab of the show's window (a full-screen show on the projector
    // would turn into the notes), and smaller than the show's screen.
    const notesWindow = await notes.evaluate(() => ({ popup: !window.toolbar.visible, width: outerWidth, height: outerHeight }));
    assert.ok(notesWindow.popup, 'the notes open in a window of their own');
    assert.ok(notesWindow.width < viewport.width || notesWindow.height < viewport.height,
      `the notes window (${notesWindow.width}x${notesWindow.height}) does not cover the show`);
    if (size === '1280x720') {
      // A citation opens the source on the app's references page, in a tab of its own (on
      // the presenter's page `#/references/...` showed nothing and took the notes away).
      const citation = notes.locator('.notes-points a[href*="#/references/"]').first();
      const href = await citation.evaluate((a) => ({ url: a.href, target: a.target }));
      assert.equal(href.target, '_blank', 'a tab of its own');
      assert.match(href.url, new RegExp(`^${server.url.replace(/[.?]/g, '\\$&')}#/references/[a-z0-9-]+$`), href.url);
      const [source] = await Promise.all([page.context().waitForEvent('page'), citation.click()]);
      const id = href.url.split('#/references/')[1];
      await source.waitForSelector(`#ref-${id}`, { timeout: 30_000 });
      assert.match(notes.url(), /present\.html.*#\/notes$/, 'the notes window stays on the notes');
      await source.close();
    }

    const sentences = {};
    let worstStepMillis = 0;
    const count = 10;
    for (let index = 1; index <= count; index += 1) {
      const step = await page.getAttribute('[data-testid="present-show"]', 'data-step');
      sentences[step] = (await page.textContent('[data-testid="present-sentence"]')).trim();
      assert.ok(sentences[step].length > 20, `${step} says one thing: ${sentences[step]}`);
      // The few-reads step lights only the cameras of that many reads (a camera may read
      // the car twice); every other map step lights every camera that read it.
      const lit = await page.locator('.present-map .camera-flash').count();
      const few = /Just (\d+) reads/.exec(sentences[step])?.[1] ?? (/Just one read/.test(sentences[step]) ? '1' : null);
      if (step === 'few-reads' && few) assert.ok(lit >= 1 && lit <= Number(few), `${lit} cameras lit for ${few} reads`);
      await notes.waitForSelector(`[data-testid="notes-position"][data-step="${step}"]`, { timeout: 10_000 });
      const { smallest, lowest } = await typeAndContrast(page);
      assert.ok(smallest >= 28, `${step}: text of ${smallest}px at ${size} (minimum 28 px)`);
      assert.ok(lowest >= 7, `${step}: text contrast ${lowest.toFixed(2)}:1 (minimum 7:1)`);
      // A clicker cannot scroll: the sentence, its picture and the buttons fit the screen.
      const unseen = await page.evaluate(() => ['[data-testid="present-sentence"]', '.present-picture', '.present-controls']
        .map((selector) => [selector, document.querySelector(selector)?.getBoundingClientRect()])
        .filter(([, box]) => box && (box.bottom > innerHeight + 1 || box.right > innerWidth + 1))
        .map(([selector, box]) => `${selector} ends at ${Math.round(box.right)}x${Math.round(box.bottom)}`));
      assert.deepEqual(unseen, [], `${step} at ${size}: all of it on the screen`);
      // Nothing of the step runs under the buttons (the law's table did at 1024x768), and the
      // map's drawing holds the whole town: its town line, cameras, lit cameras' rings and
      // the guesses with their circles (the south-east camera and the circles were cut off).
      const covered = await page.evaluate(() => {
        const controls = document.querySelector('.present-controls').getBoundingClientRect();
        return ['[data-testid="present-sentence"]', '.present-law', '.qr-code', '.present-audience p', '.present-key', '.present-map .map-svg']
          .map((selector) => [selector, document.querySelector(selector)?.getBoundingClientRect()])
          .filter(([, box]) => box && box.height > 0 && box.bottom > controls.top + 1)
          .map(([selector, box]) => `${selector} ends at ${Math.round(box.bottom)}, the buttons start at ${Math.round(controls.top)}`);
      });
      assert.deepEqual(covered, [], `${step} at ${size}: nothing under the buttons`);
      const cut = await page.evaluate(() => {
        const svg = document.querySelector('.present-map .map-svg');
        const frame = svg?.getBoundingClientRect();
        if (!frame || frame.height === 0) return [];
        return ['.town-line', '.cameras', '.camera-flashes', '.markers']
          .map((selector) => [selector, svg.querySelector(selector)?.getBoundingClientRect()])
          .filter(([, box]) => box && box.width > 0
            && (box.left < frame.left - 1 || box.top < frame.top - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1))
          .map(([selector, box]) => `${selector} ${['left', 'top', 'right', 'bottom'].map((side) => Math.round(box[side]))} outside ${['left', 'top', 'right', 'bottom'].map((side) => Math.round(frame[side]))}`);
      });
      assert.deepEqual(cut, [], `${step} at ${size}: the whole town on the map`);
      if (!['law', 'ask'].includes(step)) {
        // A key names the symbols the step's map shows (in the projector palette the places
        // are plain discs).
        const key = await page.$$eval('[data-testid="present-key"] li', (items) => items.map((li) => li.textContent.trim()));
        assert.ok(key.length >= 1 && key.every((name) => name.length > 0), `${step}: a key ${key}`);
      }
      assert.deepEqual(await seriousAxeViolations(page), [], `${step} passes axe`);
      await screenshot(page, `present-${size}-${String(index).padStart(2, '0')}-${step}`);
      if (index < count) await page.keyboard.press('PageDown');
      await page.waitForSelector(`[data-testid="present-show"][data-index="${Math.min(index + 1, count)}"]`);
    }
    // The timed pass, as a presenter clicks through (axe and screenshots are long tasks of
    // their own): Home, then every step with Page Down, then back with Page Up.
    await pressAndTime(page, 'Home', 1);
    await page.waitForTimeout(500);
    const timedFrom = await pageNow(page);
    const stepMillis = [];
    for (let index = 2; index <= count; index += 1) {
      stepMillis.push(await pressAndTime(page, 'PageDown', index));
      await page.waitForTimeout(300);
    }
    worstStepMillis = Math.max(...stepMillis);
    worstStepMillis = Math.max(worstStepMillis, await pressAndTime(page, 'PageUp', count - 1));
    const longestTask = await longestTaskMillis(page, timedFrom);
    // The notes window can move the show too.
    await notes.keyboard.press('PageDown');
    await page.waitForSelector(`[data-testid="present-show"][data-index="${count}"]`);
    const median = [...stepMillis].sort((a, b) => a - b)[Math.floor(stepMillis.length / 2)];
    console.log(`present_step_ms{viewport=${size}}=${worstStepMillis.toFixed(0)}`);
    console.log(`present_step_median_ms{viewport=${size}}=${median.toFixed(0)}`);
    console.log(`present_longest_task_ms{viewport=${size}}=${longestTask.toFixed(0)}`);
    // The target is 100 ms (printed above, and in the note); a loaded 2-core CI machine
    // stalls now and then, so the test fails only on a step that cannot be a stall: one
    // that re-runs work (a simulation, a worker round trip) on the key press.
    assert.ok(worstStepMillis < 2_000, `a step drew ${worstStepMillis.toFixed(0)} ms after its key`);

    assert.deepEqual(sentences, previews, 'each step says what the prepare screen said it would');
    // The numbers are the simulator's for the same run.
    assert.match(sentences.month, new RegExp(`plate ${truth.reads} times`), `${sentences.month} vs ${truth.headline}`);
    if (truth.home) assert.ok(sentences['home-work'].includes(truth.home), `${sentences['home-work']} vs ${truth.headline}`);
    assert.match(sentences.town, /with 20 plate-reading cameras/);
    // How few reads single the car out: the chart's point, or (under half the cars) none.
    if (Number(truth.singledOut) >= 50) {
      assert.ok(sentences['few-reads'].includes(`${truth.singlingReads} reads`)
        && sentences['few-reads'].includes(`${truth.singledOut}%`), `${sentences['few-reads']} vs ${truth.uniqueness}`);
    } else {
      assert.match(sentences['few-reads'], /too sparse/);
    }

    // The audience link's QR code decodes to the link shown beside it: this run in the app.
    const link = await page.textContent('[data-testid="audience-link"]');
    assert.ok(link.startsWith(server.url) && link.endsWith('#/simulator'), link);
    // Even the default run's link names its settings: a bare address opens each phone's own
    // saved run.
    assert.match(link, /\?v=1&c=[0-9a-f]{6}&seed=\d+&days=\d+&cameras=\d+/, link);
    // The QR code grows with the screen (it was 350 px at 1920x1080) and stays on it.
    const qr = await page.locator('[data-testid="qr-code"]').boundingBox();
    assert.ok(qr.width >= Math.min(0.6 * viewport.height, 0.4 * viewport.width) * 0.75,
      `a QR code of ${Math.round(qr.width)} px at ${size}`);
    const png = PNG.sync.read(await page.locator('[data-testid="qr-code"]').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.equal(decoded?.data, link, 'the QR code is the audience link');

    // B blanks and brings back; Esc leaves the show for the prepare screen.
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid="present-show"].blanked');
    await page.keyboard.press('b');
    await page.waitForSelector('[data-testid="present-show"]:not(.blanked)');
    await page.keyboard.press('Escape');
    await page.waitForSelector('[data-testid="present-prepare"]');

    assert.deepEqual(errors, [], 'no page errors');
    assert.deepEqual(foreignRequests([...requests], server.origin), [], 'no request leaves the origin');
    await page.context().close();
  });
}

test('presenter mode: a blocked notes window is said on the screen, and S tries again', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  // A pop-up blocker, switched by the test: window.open gives no window while it is on.
  await page.addInitScript(() => {
    window.__blockPopups = true;
    const open = window.open;
    window.open = function (...args) { return window.__blockPopups ? null : open.apply(this, args); };
  });
  await page.goto(`${server.url}#/present`);
  await page.waitForURL(/present\.html/, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  await page.click('[data-testid="present-start"]');
  await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
  await page.keyboard.press('s');
  const message = page.getByTestId('notes-blocked');
  await message.waitFor();
  assert.match(await message.textContent(), /blocked the notes window: allow pop-ups/);
  assert.equal(await message.getAttribute('role'), 'alert', 'a screen reader hears it at once');

  await page.evaluate(() => { window.__blockPopups = false; });
  const [notes] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await notes.waitForSelector('[data-testid="notes-position"][data-step="town"]', { timeout: 30_000 });
  await message.waitFor({ state: 'detached' });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: the audience link opens the presenter\'s run on a phone that saved another', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  // The default run, as a presenter with nothing in the link shows it.
  await page.goto(`${server.url}present.html`);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  const month = (await page.textContent('[data-testid="sentence-month"]')).trim();
  const reads = /plate (\d+) times/.exec(month)?.[1];
  assert.ok(reads, month);
  await page.click('[data-testid="present-start"]');
  await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
  await page.keyboard.press('End');
  await page.waitForSelector('[data-testid="present-show"][data-step="ask"]');
  const link = await page.textContent('[data-testid="audience-link"]');
  assert.match(link, /\?v=1&c=[0-9a-f]{6}&seed=\d+&days=\d+&cameras=\d+/, link);

  // A phone that used Plate Trail before: its own run saved (another seed, fewer days).
  const phone = await openRecordedPage(browser, { viewport: { width: 390, height: 844 } });
  await phone.page.goto(`${server.url}?v=1&seed=3&days=9&cameras=60#/simulator`);
  await waitForApp(phone.page);
  const generation = await waitForRun(phone.page);
  await setDaysAndWait(phone.page, 10, generation);
  await phone.page.goto(link);
  await waitForApp(phone.page);
  await waitForRun(phone.page);
  await phone.page.waitForSelector('[data-testid="headline"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  const headline = await phone.page.textContent('[data-testid="headline"]');
  assert.match(headline, new RegExp(`read your plate ${reads} times`), `${headline} vs the presenter's ${month}`);
  assert.deepEqual(phone.errors, []);
  await phone.page.context().close();
  assert.deepEqual(errors, []);
  await page.context().close();
});

// Portuguese shows Virginia's law (index 4 of the policy lab's presets): the longest name,
// and a law that keeps some reads, so the longest sentence.
for (const [lang, firstPoint, citationLabel, law] of [
  ['es', /^Di primero que el pueblo es inventado/, 'referencia', ''],
  ['pt-BR', /^Diga logo de início que a cidade é inventada/, 'referência', '&law=4'],
]) {
  test(`presenter mode in ${lang} at 1024x768: the speaker notes are in the language, their citations too`, async () => {
    const { browser, server } = session;
    const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1024, height: 768 } });
    await page.goto(`${server.url}present.html?lang=${lang}${law}`);
    await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
    await page.click('[data-testid="present-start"]');
    await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
    const [notes] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    for (let index = 1; index <= 10; index += 1) {
      const step = await page.getAttribute('[data-testid="present-show"]', 'data-step');
      await notes.waitForSelector(`[data-testid="notes-position"][data-step="${step}"]`, { timeout: 30_000 });
      const points = await notes.$$eval('.notes-points li', (items) => items.map((li) => li.textContent.trim()));
      assert.ok(points.length > 0, `${lang} ${step}: talking points`);
      if (index === 1) assert.match(points[0], firstPoint, `${lang}: ${points[0]}`);
      // Not the English notes: none of the English notes' common words.
      const english = points.filter((point) => /\b(the|and|with|that|of)\b/.test(point.replace(/“[^”]*”|"[^"]*"/g, '')));
      assert.deepEqual(english, [], `${lang} ${step}: a point left in English`);
      const labels = await notes.$$eval('.notes-points sup.cite .visually-hidden', (spans) => spans.map((s) => s.textContent.trim()));
      assert.ok(labels.every((label) => label === citationLabel), `${lang} ${step}: ${labels}`);
      // The language's longer words still leave the step whole above the buttons.
      const covered = await page.evaluate(() => {
        const controls = document.querySelector('.present-controls').getBoundingClientRect();
        return ['[data-testid="present-sentence"]', '.present-law', '.qr-code', '.present-audience p', '.present-key', '.present-map .map-svg']
          .map((selector) => [selector, document.querySelector(selector)?.getBoundingClientRect()])
          .filter(([, box]) => box && box.height > 0 && (box.bottom > controls.top + 1 || box.right > innerWidth + 1))
          .map(([selector, box]) => `${selector} ends at ${Math.round(box.right)}x${Math.round(box.bottom)}, the buttons start at ${Math.round(controls.top)}`);
      });
      assert.deepEqual(covered, [], `${lang} ${step}: nothing under the buttons`);
      assert.ok((await page.locator('.present-controls').boundingBox()).y + 1 >= 768 - 80, `${lang}: the buttons in one row`);
      if (index < 10) {
        await page.keyboard.press('PageDown');
        await page.waitForSelector(`[data-testid="present-show"][data-index="${index + 1}"]`);
      }
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

/** What of the step runs under the buttons or off the screen. */
function offTheStep(page) {
  return page.evaluate(() => {
    const controls = document.querySelector('.present-controls').getBoundingClientRect();
    return ['[data-testid="present-sentence"]', '.qr-code', '.present-audience p', '.present-controls']
      .map((selector) => [selector, document.querySelector(selector)?.getBoundingClientRect()])
      .filter(([selector, box]) => box && box.height > 0 && (
        (selector !== '.present-controls' && box.bottom > controls.top + 1)
        || box.bottom > innerHeight + 1 || box.right > innerWidth + 1))
      .map(([selector, box]) => `${selector} ends at ${Math.round(box.right)}x${Math.round(box.bottom)}, the buttons start at ${Math.round(controls.top)}`);
  });
}

for (const viewport of [{ width: 1024, height: 768 }, { width: 1280, height: 720 }]) {
  const size = `${viewport.width}x${viewport.height}`;
  test(`presenter mode at ${size}: a run with a life of its own prints its long audience link shortened, and the ask fits`, async () => {
    const { browser, server } = session;
    const { page, errors } = await openRecordedPage(browser, { viewport });
    const query = `v=1&seed=7&days=30&cameras=40&life=${encodedLife([-71.35, 42.45], { groceryStops: 6 })}`;
    await page.goto(`${server.url}present.html?${query}`);
    await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
    assert.equal(await page.getByTestId('link-problem').count(), 0, 'the life is a good one');
    await page.click('[data-testid="present-start"]');
    await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
    await page.keyboard.press('End');
    await page.waitForSelector('[data-testid="present-show"][data-step="ask"]');

    const audience = page.getByTestId('audience-link');
    const link = await audience.getAttribute('href');
    // The run's link as the app writes it: the query with its check (`c`) after the version.
    const written = link.replace(/^([^?]*\?v=1)&c=[0-9a-f]{6}/, '$1');
    assert.ok(link.length > 300 && written.startsWith(`${server.url}?${query}`) && link.endsWith('#/simulator'), link);
    // Printed: its start (the run's numbers) and end around an ellipsis.
    const printed = (await audience.textContent()).trim();
    assert.ok(printed.length < 150, `printed in ${printed.length} characters: ${printed}`);
    assert.match(printed, /^http.*\?v=1&c=[0-9a-f]{6}&seed=7&days=30&cameras=40&life=.*….*#\/simulator$/, printed);
    // The whole link as its title (a screen reader's description, a tooltip) and the QR code.
    assert.equal(await audience.getAttribute('title'), link);
    const png = PNG.sync.read(await page.locator('[data-testid="qr-code"]').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    assert.equal(decoded?.data, link, 'the QR code is the whole audience link');

    // A clicker cannot scroll: the step fits the screen, above the buttons in one row.
    assert.deepEqual(await offTheStep(page), [], `ask at ${size}: all of it on the screen`);
    const buttons = await page.$$eval('.present-controls button', (items) => items.map((b) => Math.round(b.getBoundingClientRect().top)));
    assert.equal(new Set(buttons).size, 1, `the buttons in one row: ${buttons}`);
    const { smallest } = await typeAndContrast(page);
    assert.ok(smallest >= 28, `text of ${smallest}px at ${size}`);
    assert.deepEqual(await seriousAxeViolations(page), [], 'the ask passes axe');
    await screenshot(page, `present-${size}-long-link-ask`);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('presenter mode: a broken or tampered link is said on the prepare screen, as the app says it', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  for (const [query, why] of [
    ['v=1&seed=7&days=30&cameras=40&life=AAAA', /cut short or changed/],
    ['v=1&days=0', /number of days is "0", and Plate Trail runs 1 to 90/],
    ['v=2&seed=7', /newer version of Plate Trail \(format 2\)/],
  ]) {
    await page.goto(`${server.url}present.html?${query}`);
    const note = page.getByTestId('link-problem');
    await note.waitFor({ timeout: 30_000 });
    assert.equal(await note.getAttribute('role'), 'alert', query);
    assert.match(await note.textContent(), /This link could not be opened as it was: .*The default run is shown instead/, query);
    assert.match(await note.textContent(), why, query);
    await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
    assert.match(await page.textContent('[data-testid="sentence-town"]'), /with 20 plate-reading cameras/,
      `${query}: the default run, as the notice says`);
  }
  // The presenter's own parameters: a deck and a law it cannot read are said too.
  await page.goto(`${server.url}present.html?v=1&seed=7&days=30&cameras=40&deck=town.slides&law=99`);
  const note = page.getByTestId('link-problem');
  await note.waitFor({ timeout: 30_000 });
  const said = await note.textContent();
  assert.match(said, /list of steps could not be read, so every step is shown/, said);
  assert.match(said, /names a law Plate Trail does not have \("99"\), so the before\/after step shows New Hampshire RSA 261:75-b/, said);
  assert.doesNotMatch(said, /could not be opened as it was/, 'the run itself was fine');
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.match(await page.textContent('[data-testid="sentence-town"]'), /with 40 plate-reading cameras/, 'the link\'s run');
  assert.equal(await page.locator('[data-testid="present-steps"] li').count(), 10, 'every step');
  assert.deepEqual(await seriousAxeViolations(page), [], 'the notice passes axe');
  await screenshot(page, 'present-link-problem');
  await note.getByRole('button', { name: 'Dismiss' }).click();
  await note.waitFor({ state: 'detached' });

  // A good link says nothing.
  await page.goto(`${server.url}present.html?v=1&seed=7&days=30&cameras=40`);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.getByTestId('link-problem').count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: the law starts from the policy lab\'s preset in the link, and a law chosen to present wins', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  const run = 'v=1&seed=7&days=30&cameras=40&persona=hospital-nurse&policy=maine';
  // Present, from the app with the policy lab's Maine in its link.
  await page.goto(`${server.url}?${run}#/present`);
  await page.waitForURL(/present\.html/, { timeout: 30_000 });
  assert.match(page.url(), /[?&]policy=maine/);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  const chosen = () => page.$eval('[data-testid="present-law-choice"]', (select) => select.selectedOptions[0].textContent);
  assert.equal(await chosen(), 'Maine');
  assert.match(await page.textContent('[data-testid="sentence-law"]'), /Maine/);
  assert.doesNotMatch(page.url(), /[?&]law=/, 'the link\'s own preset needs no law=');
  assert.equal(await page.getByTestId('link-problem').count(), 0);

  // Another law, chosen to present, lives in the link and wins over the preset on a reload,
  // even the law a link without a preset would start from.
  const newHampshire = await page.$eval('[data-testid="present-law-choice"]',
    (select) => [...select.options].find((option) => option.textContent.startsWith('New Hampshire')).value);
  await page.selectOption('[data-testid="present-law-choice"]', newHampshire);
  await page.waitForFunction((law) => location.search.includes(`law=${law}`), newHampshire);
  await page.waitForFunction(() => /New Hampshire/.test(document.querySelector('[data-testid="sentence-law"]')?.textContent));
  await page.reload();
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.match(await chosen(), /^New Hampshire/);
  assert.match(await page.textContent('[data-testid="sentence-law"]'), /New Hampshire/);
  assert.match(page.url(), /[?&]policy=maine/, 'the policy lab\'s preset stays for the audience');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: a talk prepared, then "Back to the app" to change the run, comes back as prepared', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}?v=1&seed=7&days=30&cameras=40#/present`);
  await page.waitForURL(/present\.html/, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  // Prepared: a step hidden, another moved, and Maine for the before/after step.
  await page.click('[data-testid="hide-travels-with"]');
  await page.click('[data-testid="earlier-ask"]');
  const maine = await page.$eval('[data-testid="present-law-choice"]',
    (select) => [...select.options].find((option) => option.textContent === 'Maine').value);
  await page.selectOption('[data-testid="present-law-choice"]', maine);
  await page.waitForFunction((law) => location.search.includes(`law=${law}`), maine);
  const prepared = await page.$$eval('[data-testid="present-steps"] li', (items) => items.map((li) => li.dataset.step));

  // Back to the app, where the presenter changes the run (the app rewrites the address
  // without the presenter's parameters), then Present again.
  await page.click('[data-testid="back-to-app"]');
  await waitForApp(page);
  const generation = await waitForRun(page);
  await setDaysAndWait(page, 20, generation);
  assert.doesNotMatch(page.url(), /[?&](deck|law)=/, 'the app keeps only its own parameters');
  await page.evaluate(() => { location.hash = '#/present'; });
  await page.waitForURL(/present\.html/, { timeout: 30_000 });
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  const steps = await page.$$eval('[data-testid="present-steps"] li', (items) => items.map((li) => li.dataset.step));
  assert.deepEqual(steps, prepared, 'the deck as prepared');
  assert.equal(await page.$eval('[data-testid="present-law-choice"]', (select) => select.selectedOptions[0].textContent), 'Maine');
  assert.match(await page.textContent('[data-testid="sentence-month"]'), /^In 20 days/, 'the changed run');
  assert.match(page.url(), /[?&]deck=/, 'and the deck is back in the link');
  assert.equal(await page.getByTestId('link-problem').count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: a reload mid-talk returns to the same step of the same talk', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}present.html?v=1&seed=7&days=30&cameras=40`);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  await page.click('[data-testid="hide-rows"]');
  await page.click('[data-testid="present-start"]');
  await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
  for (let index = 2; index <= 4; index += 1) {
    await page.keyboard.press('PageDown');
    await page.waitForSelector(`[data-testid="present-show"][data-index="${index}"]`);
  }
  const step = await page.getAttribute('[data-testid="present-show"]', 'data-step');
  const sentence = (await page.textContent('[data-testid="present-sentence"]')).trim();

  // The projector laptop's browser reloads (a clicker's F5).
  await page.reload();
  await page.waitForSelector(`[data-testid="present-show"][data-index="4"][data-step="${step}"]`, { timeout: RUN_TIMEOUT });
  await page.waitForFunction(() => document.querySelector('[data-testid="present-sentence"]')?.textContent.trim().length > 0,
    null, { timeout: RUN_TIMEOUT });
  assert.equal((await page.textContent('[data-testid="present-sentence"]')).trim(), sentence);
  assert.match(await page.textContent('.present-position'), /Step 4 of 9/, 'the same talk, rows still hidden');
  // The clicker goes on from there.
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid="present-show"][data-index="5"]');

  // Leaving the show, then reloading, prepares again.
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="present-prepare"]');
  await page.reload();
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.locator('[data-testid="present-show"]').count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: the map is a still picture: a click, drag or wheel on it moves nothing, and the arrows still change step', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(`${server.url}present.html?v=1&seed=7&days=30&cameras=40`);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  await page.click('[data-testid="present-start"]');
  await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
  const map = page.locator('.present-map [data-testid="town-map"]');
  const drawing = page.locator('.present-map .map-svg');
  const whole = await drawing.getAttribute('viewBox');
  // A presenter's mouse on the map: a click, a drag, a wheel.
  const box = await drawing.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.click(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 150, y + 80, { steps: 8 });
  await page.mouse.up();
  await page.mouse.wheel(0, -500);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  assert.equal(await page.evaluate(() => Boolean(document.activeElement?.closest('.map'))), false, 'the click left no focus on the map');
  assert.equal(await drawing.getAttribute('viewBox'), whole, 'the whole town, unmoved');
  assert.equal(await map.getAttribute('data-magnification'), '1.00');
  // A clicker's arrows and Page Down change step, the map still showing all of the town.
  for (const [key, index] of [['ArrowRight', 2], ['ArrowDown', 3], ['ArrowLeft', 2], ['PageDown', 3]]) {
    await page.keyboard.press(key);
    await page.waitForSelector(`[data-testid="present-show"][data-index="${index}"]`, { timeout: 5_000 });
    assert.equal(await map.getAttribute('data-magnification'), '1.00', `after ${key}`);
  }
  assert.equal(await map.evaluate((frame) => { frame.focus(); return document.activeElement === frame; }), false,
    'the map takes no focus');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: the policy lab\'s levers moved in the link are the law shown, and the prepare screen says so', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1280, height: 720 } });
  const run = 'v=1&seed=7&days=30&cameras=40&persona=hospital-nurse';
  const lawSentence = async (query) => {
    await page.goto(`${server.url}present.html?${query}`);
    await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
    return (await page.textContent('[data-testid="sentence-law"]')).trim();
  };
  const maine = await lawSentence(`${run}&policy=maine`);
  assert.equal(await page.getByTestId('present-lab-note').count(), 0, 'no lever moved, nothing to say');

  // Maine, with only hot-list reads stored: no read of this car is kept.
  const moved = await lawSentence(`${run}&policy=maine&hit=1&running=50`);
  const chosen = () => page.$eval('[data-testid="present-law-choice"]', (select) => select.selectedOptions[0].textContent);
  assert.equal(await chosen(), 'Maine, as changed in the policy lab');
  assert.match(moved, /^With the rules set to “Maine, as changed in the policy lab”, the database would keep none of this car’s \d+ reads/, moved);
  assert.notEqual(moved, maine);
  const note = page.getByTestId('present-lab-note');
  assert.match(await note.textContent(),
    /This link carries the policy lab’s rules: Maine with only reads of wanted plates stored and 50% of the cameras running\. The before\/after step shows them\./);
  assert.doesNotMatch(page.url(), /[?&]law=/, 'the link\'s own rules need no law=');

  // The presenter may show a law instead; the note says the lab's rules are not shown.
  const maineValue = await page.$eval('[data-testid="present-law-choice"]',
    (select) => [...select.options].find((option) => option.textContent === 'Maine').value);
  await page.selectOption('[data-testid="present-law-choice"]', maineValue);
  await page.waitForFunction((law) => location.search.includes(`law=${law}`), maineValue);
  await page.waitForFunction((said) => document.querySelector('[data-testid="sentence-law"]')?.textContent.trim() === said, maine,
    { timeout: RUN_TIMEOUT });
  assert.match(await note.textContent(), /The before\/after step shows Maine instead, as chosen below\./);
  assert.deepEqual(await seriousAxeViolations(page), [], 'the note passes axe');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode: a run longer than today\'s retention says why the law step counts fewer reads', async () => {
  const { browser, server } = session;
  const { page, errors } = await openRecordedPage(browser, { viewport: { width: 1024, height: 768 } });
  await page.goto(`${server.url}present.html?v=1&seed=7&days=45&cameras=40&deck=month.law`);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  const month = (await page.textContent('[data-testid="sentence-month"]')).trim();
  const law = (await page.textContent('[data-testid="sentence-law"]')).trim();
  const all = Number(/plate (\d+) times/.exec(month)?.[1]);
  const today = Number(/of this car’s (\d+) reads/.exec(law)?.[1]);
  assert.ok(all && today && today < all, `two counts of the car's reads: ${month} / ${law}`);
  const why = `Today’s 30-day retention has already deleted ${all - today} of the car’s ${all} reads, leaving ${today}.`;
  assert.equal((await page.textContent('[data-testid="note-law"]')).trim(), why);
  assert.equal(await page.getByTestId('note-month').count(), 0, 'only the law step needs a word');
  // On the projector: the sentence and, under it, what cut the reads; the law's table still
  // above the buttons at 1024x768.
  await page.click('[data-testid="present-start"]');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid="present-show"][data-step="law"]');
  assert.equal((await page.textContent('[data-testid="present-sentence"]')).trim(), law);
  assert.equal((await page.textContent('[data-testid="present-note"]')).trim(), why);
  assert.deepEqual(await offTheStep(page), [], 'the law step fits at 1024x768');
  const covered = await page.evaluate(() => {
    const controls = document.querySelector('.present-controls').getBoundingClientRect();
    return ['.present-note', '.present-law'].map((selector) => [selector, document.querySelector(selector).getBoundingClientRect()])
      .filter(([, box]) => box.bottom > controls.top + 1)
      .map(([selector, box]) => `${selector} ends at ${Math.round(box.bottom)}, the buttons start at ${Math.round(controls.top)}`);
  });
  assert.deepEqual(covered, []);
  const { smallest, lowest } = await typeAndContrast(page);
  assert.ok(smallest >= 28 && lowest >= 7, `text of ${smallest}px, contrast ${lowest.toFixed(2)}:1`);
  await screenshot(page, 'present-1024x768-law-retention-cut');
  await page.keyboard.press('PageUp');
  await page.waitForSelector('[data-testid="present-show"][data-step="month"]');
  assert.equal(await page.getByTestId('present-note').count(), 0);

  // The same sentence in Spanish and Portuguese.
  for (const [lang, says] of [
    ['es', `La retención actual de 30 días ya borró ${all - today} de las ${all} lecturas del auto; quedan ${today}.`],
    ['pt-BR', `A retenção atual de 30 dias já apagou ${all - today} das ${all} leituras do carro; restam ${today}.`],
  ]) {
    await page.goto(`${server.url}present.html?v=1&seed=7&days=45&cameras=40&lang=${lang}`);
    await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
    await page.waitForFunction((says) => document.querySelector('[data-testid="note-law"]')?.textContent.trim() === says, says,
      { timeout: 30_000 });
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});
