// Keyboard and screen-reader use of the built app: a focus ring that stands out, the focus
// kept when the control that held it goes away, the map's crosshair said in words while a
// pin is placed, a view's title and heading on navigation, and presenter mode leaving
// Enter to the focused button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, waitForRun, RUN_TIMEOUT, screenshot,
} from './support.mjs';

const session = useServerAndBrowser();

/** The contrast ratio of two `rgb(r, g, b)` colours (WCAG 2). */
function contrast(a, b) {
  const luminance = (rgb) => {
    const [r, g, b2] = rgb.match(/\d+/g).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** What has the focus: its test id, else its tag and text. */
function focused(page) {
  return page.evaluate(() => {
    const active = document.activeElement;
    return {
      testid: active?.dataset?.testid ?? null,
      tag: active?.tagName ?? null,
      label: active?.getAttribute('aria-label') ?? null,
      text: active?.textContent?.trim().slice(0, 80) ?? null,
    };
  });
}

test('the simulator by keyboard: a ring of 3:1, the crosshair in words, Escape, and focus kept after Cancel and removing a stop', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(session.server.url);
  await waitForApp(page);
  let generation = await waitForRun(page);

  // The focus ring stands out from the page (WCAG 1.4.11: 3:1).
  await page.getByTestId('move-home').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement);
    return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle };
  });
  assert.equal(ring.style, 'solid');
  assert.ok(ring.width >= 2, `a ring ${ring.width} px wide`);
  assert.ok(contrast(ring.outline, 'rgb(255, 255, 255)') >= 3, `the ring ${ring.outline} on white`);

  // Placing home: the arrows move the crosshair, and where it is is said in words.
  await page.getByTestId('move-home').press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'town-map');
  await page.keyboard.press('ArrowRight');
  await page.waitForFunction(() => /^Crosshair (at|.+ of) .+\.$/.test(
    document.querySelector('[data-testid="crosshair-words"]')?.textContent ?? ''));
  const first = await page.textContent('[data-testid="crosshair-words"]');
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown']) await page.keyboard.press(key);
  await page.waitForFunction((before) =>
    document.querySelector('[data-testid="crosshair-words"]').textContent !== before, first);
  // Escape stops placing; nothing moved.
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="pick-bar"]:not(.is-placing)');
  assert.equal(await page.textContent('[data-testid="crosshair-words"]'), '', 'no crosshair when not placing');
  assert.equal(Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation')), generation,
    'Escape changed nothing');

  // Cancel goes away when pressed: the focus returns to "Move work", not to the page.
  await page.getByTestId('move-work').press('Enter');
  await page.getByTestId('cancel-move').press('Enter');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'move-work');

  // Removing a stop leaves the focus on the next stop's remove button.
  const removeButtons = page.locator('[data-testid="plan-stop"] button');
  const before = await removeButtons.count();
  assert.ok(before >= 2, `the default life has ${before} stops`);
  const second = await removeButtons.nth(1).getAttribute('aria-label');
  await removeButtons.first().press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="plan-stop"]').length === n - 1, before);
  await page.waitForFunction((label) => document.activeElement?.getAttribute('aria-label') === label, second);
  generation = await waitForRun(page, generation);
  await screenshot(page, 'keyboard-stop-removed');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a view chosen from the navigation names itself in the title and takes the focus to its heading', async () => {
  for (const [lang, faq, simulator] of [['en', 'FAQ', 'Simulator'], ['es', 'Preguntas', 'Simulador']]) {
    const { page, errors } = await openRecordedPage(session.browser);
    await page.goto(`${session.server.url}?lang=${lang}`);
    await waitForApp(page);
    await page.waitForFunction((title) => document.title === title, `${simulator} \u2013 Plate Trail`);
    const link = page.locator('header nav a[href="#/faq"]');
    await link.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((title) => document.title === title, `${faq} \u2013 Plate Trail`);
    await page.waitForFunction(() => document.activeElement?.tagName === 'H2');
    assert.equal((await focused(page)).text, faq, `${lang}: the FAQ's heading has the focus`);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test('presenter mode: Enter on a button does what the button says, and leaving returns the focus to Start', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { viewport: { width: 1280, height: 720 } });
  await page.goto(`${session.server.url}present.html`);
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  await page.click('[data-testid="present-start"]');
  await page.waitForSelector('[data-testid="present-show"][data-index="1"]');
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageDown');
  await page.waitForSelector('[data-testid="present-show"][data-index="3"]');
  // Enter on "Previous step" goes back (it went forward).
  await page.getByTestId('present-back').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="present-show"][data-index="2"]');
  // The step's sentence is read once, by its live region: the focus stays on the button
  // (it moved to the stage, and a screen reader read the sentence for both).
  const focusedTestId = () => page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.className);
  assert.equal(await focusedTestId(), 'present-back', 'the pressed button keeps the focus');
  const sentence = await page.getByTestId('present-sentence').textContent();
  assert.equal(await page.evaluate((sentence) => [...document.querySelectorAll('[data-testid="present-show"] [aria-live]')]
    .filter((region) => region.textContent.includes(sentence)).length, sentence), 1, 'the sentence is in one live region');
  // At the last step Next is disabled: the focus goes to the stage, not to the page's start.
  const of = Number((await page.locator('.present-position').textContent()).match(/of (\d+)/)[1]);
  await page.getByTestId('present-next').focus();
  for (let at = 2; at < of; at += 1) await page.keyboard.press('Enter');
  await page.waitForSelector(`[data-testid="present-show"][data-index="${of}"]`);
  await page.waitForFunction(() => document.activeElement?.classList.contains('present-frame'));
  await page.keyboard.press('PageUp');
  await page.waitForSelector(`[data-testid="present-show"][data-index="${of - 1}"]`);
  // A clicker's Page Down still moves the show, whatever has the focus.
  await page.getByTestId('present-back').focus();
  await page.keyboard.press('PageDown');
  await page.waitForSelector(`[data-testid="present-show"][data-index="${of}"]`);
  // Enter on "Leave presenter mode" leaves, and the focus goes to the button that starts again.
  await page.getByTestId('present-leave').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="present-prepare"]');
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'present-start');
  assert.deepEqual(errors, []);
  await page.context().close();
});
