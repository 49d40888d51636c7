// The visitor's first two minutes (issue 12), on a phone (390x844, touch) and on a laptop
// (1280x800): the headline of what the cameras gave away is on the first screen with no
// scroll, beside the map and the one button that plays the month; when the drive ends it is
// announced and one tap reaches the dossier; a tap on the map moves nothing until "Move
// home", and Undo puts home back. Measures and prints time_to_headline_ms= (from navigation
// start), min_map_glyph_px= (the smallest symbol or letter drawn on the map) and
// min_tap_target_px= (the smallest control), each against its target. Screenshots:
// target/screenshots/phone-*.png and laptop-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, waitForLongText, foreignRequests, seriousAxeViolations,
  screenshot, performanceEntry, RUN_TIMEOUT, SCREENSHOT_DIR,
  untilRequestsStop,
} from './support.mjs';

/** The smallest map symbol or letter, CSS pixels. */
const MIN_MAP_GLYPH_PX = 8;
/** The smallest word a chart (not the map) may draw on a phone, CSS pixels. */
const MIN_CHART_TEXT_PX = 10;
/** WCAG 2.2 target size (minimum), CSS pixels. */
const MIN_TAP_TARGET_PX = 24;
/** The main actions: the drive, the jumps, moving a pin, CSS pixels. */
const MAIN_ACTION_PX = 44;
const MAIN_ACTIONS = ['drive', 'jump-to-results', 'jump-to-life', 'move-home', 'move-work'];

const session = useServerAndBrowser();

const DEVICES = [
  {
    name: 'phone',
    options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 },
    touch: true,
  },
  { name: 'laptop', options: { viewport: { width: 1280, height: 800 } }, touch: false },
];

/** Saves what the visitor sees now (the viewport only) as target/screenshots/<name>.png. */
async function firstScreen(page, name) {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
}

/** Whether an element lies wholly inside the viewport (to a pixel: scrolling rounds). */
async function inViewport(page, selector) {
  return page.evaluate((selector) => {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    return Boolean(r) && r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1;
  }, selector);
}

/** The smallest symbol or letter on the map, over those in view: shapes by their smaller side, letters by their height. */
async function smallestMapGlyph(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('.map-svg').getBoundingClientRect();
    const selector = '.place--home rect, .place--other circle, .place--other text, .place--sensitive path, .camera-body, .marker path';
    let smallest = { px: Infinity, what: '' };
    for (const element of document.querySelectorAll(selector)) {
      const r = element.getBoundingClientRect();
      const inside = r.left >= frame.left && r.right <= frame.right && r.top >= frame.top && r.bottom <= frame.bottom;
      if (!inside || r.width === 0) continue;
      const px = element.tagName === 'text' ? r.height : Math.min(r.width, r.height);
      if (px < smallest.px) smallest = { px, what: `${element.closest('g')?.getAttribute('class')} ${element.tagName}` };
    }
    return smallest;
  });
}

/**
 * The smallest tap target on the page: every visible control, by its smaller side. Links
 * inside a sentence are exempt (WCAG 2.5.8's inline exception).
 */
async function smallestTapTarget(page) {
  return page.evaluate(() => {
    const selector = 'a[href], button, input:not([type="hidden"]), select, textarea, summary';
    let smallest = { px: Infinity, what: '' };
    for (const element of document.querySelectorAll(selector)) {
      if (element.matches('a') && element.closest('p, li, td, sup')) continue;
      const style = getComputedStyle(element);
      if (style.visibility === 'hidden' || style.opacity === '0') continue;
      const r = element.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const px = Math.min(r.width, r.height);
      if (px < smallest.px) {
        const name = element.id || element.dataset.testid || element.textContent.trim().slice(0, 30) || element.type;
        smallest = { px, what: `${element.tagName.toLowerCase()} ${name}` };
      }
    }
    return smallest;
  });
}

/** Waits two frames: whatever a tap dispatched has rendered. */
async function twoFrames(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Waits until a jump has brought an element to the top of the screen and the page is still. */
async function waitAtTop(page, selector) {
  await page.waitForFunction((selector) => {
    const r = document.querySelector(selector)?.getBoundingClientRect();
    return Boolean(r) && Math.abs(r.top) <= 2;
  }, selector);
  await page.waitForFunction(() => new Promise((resolve) => {
    const y = scrollY;
    let frames = 0;
    const next = () => (++frames < 6 ? requestAnimationFrame(next) : resolve(scrollY === y));
    requestAnimationFrame(next);
  }));
}

for (const device of DEVICES) {
  test(`${device.name}: the headline first, the drive, one tap to the dossier, Move home with Undo`, async () => {
    const { page, requests, errors } = await openRecordedPage(session.browser, device.options);
    const tap = (locator, options) => (device.touch ? locator.tap(options) : locator.click(options));
    await page.goto(`${session.server.url}#/simulator`);
    await waitForApp(page);

    // The point, on the first screen, with no scroll.
    const headline = page.getByTestId('headline');
    await page.locator('[data-testid="headline"][data-ready="true"]').waitFor({ timeout: RUN_TIMEOUT });
    const toHeadline = await performanceEntry(page, 'plate-trail:headline');
    assert.ok(toHeadline > 0, 'the headline is marked');
    console.log(`${device.name}_time_to_headline_ms=${toHeadline.toFixed(0)}`);
    console.log(`time_to_headline_ms=${toHeadline.toFixed(0)}`);
    const text = await headline.textContent();
    assert.match(text, /Cameras in this fictional town read your plate \d+ times in 30 days\./);
    assert.match(text, /From those reads alone, an analyst/);
    assert.equal(await page.evaluate(() => scrollY), 0, 'nothing scrolled');
    assert.ok(await inViewport(page, '[data-testid="headline"]'), 'the headline is inside the first screen');
    assert.ok(await inViewport(page, '[data-testid="drive"]'), 'the drive button is inside the first screen');
    assert.match(await page.getByTestId('drive').textContent(), /Watch the 30 days drive by/);
    if (device.touch) {
      const visible = await page.evaluate(() => {
        const r = document.querySelector('.map-svg').getBoundingClientRect();
        return (Math.min(r.bottom, innerHeight) - Math.max(r.top, 0)) / r.height;
      });
      console.log(`phone_map_visible_share=${visible.toFixed(2)}`);
      assert.ok(visible >= 0.9, `most of the map is on the first screen (${visible.toFixed(2)})`);
    }
    await firstScreen(page, `${device.name}-01-first-screen`);

    // Legible symbols and big enough targets.
    const glyph = await smallestMapGlyph(page);
    console.log(`${device.name}_min_map_glyph_px=${glyph.px.toFixed(1)} (${glyph.what})`);
    console.log(`min_map_glyph_px=${glyph.px.toFixed(1)}`);
    assert.ok(glyph.px >= MIN_MAP_GLYPH_PX, `map glyph ${glyph.what} is ${glyph.px} px`);
    const target = await smallestTapTarget(page);
    console.log(`${device.name}_min_tap_target_px=${target.px.toFixed(1)} (${target.what})`);
    console.log(`min_tap_target_px=${target.px.toFixed(1)}`);
    assert.ok(target.px >= MIN_TAP_TARGET_PX, `tap target ${target.what} is ${target.px} px`);
    for (const id of MAIN_ACTIONS) {
      const box = await page.getByTestId(id).boundingBox();
      assert.ok(Math.min(box.width, box.height) >= MAIN_ACTION_PX, `${id} is ${box.width}x${box.height}`);
    }

    // Instructions for the input at hand.
    const touchShown = await page.locator('#map-keys .only-touch').isVisible();
    const keysShown = await page.locator('#map-keys .only-keys').isVisible();
    assert.deepEqual([touchShown, keysShown], [device.touch, !device.touch], 'touch or keyboard instructions');

    // Watch the month drive by, fast; its end is announced and one tap reaches the dossier.
    await page.getByLabel('Speed').selectOption({ index: 2 });
    await tap(page.getByTestId('drive'));
    await page.waitForFunction(() => document.querySelector('[data-testid="playback"]').dataset.playing === 'true');
    await page.waitForFunction(() => {
      const p = document.querySelector('[data-testid="playback"]');
      return p.dataset.playing === 'false' && p.dataset.minute === p.dataset.endMinute;
    }, null, { timeout: 30_000 });
    assert.match(await page.getByTestId('announcement').textContent(), /The drive is over/);
    assert.ok(await inViewport(page, '[data-testid="jump-to-results"]'), 'the jump to the dossier is on screen');
    await tap(page.getByTestId('jump-to-results'));
    await waitAtTop(page, '#dossier-title');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'dossier-title', 'the dossier has the focus');
    await page.getByTestId('finding-home').waitFor();
    await firstScreen(page, `${device.name}-02-after-the-drive`);

    // A tap on the map moves nothing; "Move home", then a tap, does; Undo puts it back.
    const simulator = page.getByTestId('simulator');
    const generation = await simulator.getAttribute('data-generation');
    const home = await simulator.getAttribute('data-true-home');
    const map = page.locator('.map-svg');
    const box = await map.boundingBox();
    const spot = { position: { x: box.width * 0.3, y: box.height * 0.35 } };
    await tap(map, spot);
    await twoFrames(page);
    assert.equal(await simulator.getAttribute('data-generation'), generation, 'a tap alone changed the run');
    await tap(page.getByTestId('move-home'));
    await page.locator('[data-testid="pick-bar"][data-placing]').waitFor();
    await waitAtTop(page, '[data-testid="pick-bar"]');
    assert.ok(await inViewport(page, '[data-testid="town-map"]'), 'the map is in view with its instruction');
    assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'town-map', 'the map has the focus');
    assert.equal(await page.locator('.pick-instruction .only-touch').isVisible(), device.touch);
    await firstScreen(page, `${device.name}-03-move-home`);
    await tap(map, spot);
    await page.waitForFunction((before) => {
      const s = document.querySelector('[data-testid="simulator"]');
      return Number(s.dataset.generation) > Number(before) && s.dataset.current === 'true';
    }, generation, { timeout: RUN_TIMEOUT });
    assert.notEqual(await simulator.getAttribute('data-true-home'), home, 'home moved');
    await page.getByTestId('undo-move').waitFor();
    await firstScreen(page, `${device.name}-04-home-moved`);
    await tap(page.getByTestId('undo-move'));
    await page.waitForFunction((home) => {
      const s = document.querySelector('[data-testid="simulator"]');
      return s.dataset.current === 'true' && s.dataset.trueHome === home;
    }, home, { timeout: RUN_TIMEOUT });

    // The camera count, with real densities beside it.
    assert.match(await page.getByTestId('camera-density').textContent(), /20 cameras on .*\skm²: 0\.\d per\skm²/);
    const before = Number(await simulator.getAttribute('data-generation'));
    await tap(page.getByRole('button', { name: /As dense as Chelsea/ }));
    await page.waitForFunction((before) => {
      const s = document.querySelector('[data-testid="simulator"]');
      return Number(s.dataset.generation) > before && s.dataset.current === 'true';
    }, before, { timeout: RUN_TIMEOUT });
    assert.match(await page.getByTestId('camera-density').textContent(), /1\.4 per\skm²/);
    assert.equal(await page.locator('[data-testid^="camera-"].camera').count(), Number(await page.getByTestId('camera-count').inputValue()));

    assert.deepEqual(await seriousAxeViolations(page), [], `axe on the ${device.name}`);
    await screenshot(page, `${device.name}-05-whole-page`);
    await page.getByTestId('capture-log').screenshot({ path: join(SCREENSHOT_DIR, `${device.name}-06-capture-log.png`) });
    await page.getByTestId('camera-control').screenshot({ path: join(SCREENSHOT_DIR, `${device.name}-07-cameras.png`) });
    if (device.touch) {
      const log = await page.locator('.table-scroll').evaluate((e) => [e.scrollWidth, e.clientWidth]);
      assert.ok(log[0] <= log[1] + 1, `the capture log does not scroll sideways on a phone (${log})`);
    }
    await untilRequestsStop(page, requests);
    assert.deepEqual(foreignRequests(requests, session.server.origin), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('phone, reduced motion: the drive goes straight to its end, announced, one tap from the dossier', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { ...DEVICES[0].options, reducedMotion: 'reduce' });
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await page.locator('[data-testid="headline"][data-ready="true"]').waitFor({ timeout: RUN_TIMEOUT });
  await page.getByTestId('drive').tap();
  const playback = page.getByTestId('playback');
  assert.equal(await playback.getAttribute('data-playing'), 'false');
  assert.equal(await playback.getAttribute('data-minute'), await playback.getAttribute('data-end-minute'));
  assert.match(await page.getByTestId('announcement').textContent(), /The drive is over/);
  await page.getByTestId('jump-to-results').tap();
  // No smooth scroll: the dossier is in view at once.
  assert.ok(await inViewport(page, '#dossier-title'), 'the dossier heading is in view without an animation');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('phone: the navigation row shows which view is open, and fades where more names lie', async () => {
  const { page, errors } = await openRecordedPage(session.browser, DEVICES[0].options);
  // Each view a link may open, including the last names of the row (About, Teach), and back.
  for (const view of ['about', 'teach', 'policy', 'simulator']) {
    await page.goto(`${session.server.url}#/${view}`);
    await waitForApp(page);
    // The row is scrolled once the view has drawn; a slow machine may take a moment.
    await page.waitForFunction(() => {
      const nav = document.querySelector('.site-header nav');
      const link = nav?.querySelector('a[aria-current="page"]')?.getBoundingClientRect();
      return link && link.right <= nav.getBoundingClientRect().right - 16;
    }, null, { timeout: 5000 }).catch(() => {});
    const row = await page.evaluate(() => {
      const nav = document.querySelector('.site-header nav');
      const current = nav.querySelector('a[aria-current="page"]');
      const box = nav.getBoundingClientRect();
      const link = current.getBoundingClientRect();
      return {
        name: current.textContent,
        overflows: nav.scrollWidth > nav.clientWidth,
        inside: link.left >= box.left - 1 && link.right <= box.right - 16,
        fade: getComputedStyle(nav).maskImage || getComputedStyle(nav).webkitMaskImage,
        windowX: scrollX,
      };
    });
    assert.ok(row.overflows, 'on a phone the ten names overflow one row');
    assert.ok(row.inside, `#/${view}: "${row.name}" is in the row's view, clear of its fade`);
    assert.match(row.fade, /linear-gradient/, 'the row fades at its edge');
    assert.equal(row.windowX, 0, 'the page itself did not scroll sideways');
  }
  // On a small phone in Portuguese the language picker shows its code (its name is still
  // read), so the row beside it has room for more than one view's name: "Português
  // (Brasil)" took half the row and left "Simulador" alone.
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(`${session.server.url}?lang=pt-BR#/simulator`);
  await waitForApp(page);
  const header = await page.evaluate(() => {
    const nav = document.querySelector('.site-header nav').getBoundingClientRect();
    const summary = document.querySelector('.site-header [data-testid="language-picker"] summary');
    const code = summary.querySelector('.language-code');
    return {
      nav: nav.width, screen: innerWidth, name: summary.textContent,
      code: getComputedStyle(code).display !== 'none' && code.textContent,
      nameWidth: summary.querySelector('.language-name').getBoundingClientRect().width,
    };
  });
  assert.equal(header.code, 'pt-BR', 'the code is shown');
  assert.ok(header.nameWidth <= 1, 'the name is read, not shown');
  assert.match(header.name, /Idioma.*Português \(Brasil\)/, 'the picker is still named in full');
  assert.ok(header.nav >= 0.6 * header.screen, `the views' row is ${header.nav} px of ${header.screen}`);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a small phone (320 px): no view is wider than the screen', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { ...DEVICES[0].options, viewport: { width: 320, height: 640 } });
  const views = ['simulator', 'console', 'policy', 'massachusetts', 'route', 'import', 'faq', 'references', 'action', 'teach', 'about'];
  for (const view of views) {
    await page.goto(`${session.server.url}#/${view}`);
    await waitForApp(page);
    if (['faq', 'references', 'action', 'about'].includes(view)) await waitForLongText(page);
    if (view === 'simulator') {
      await page.locator('[data-testid="headline"][data-ready="true"]').waitFor({ timeout: RUN_TIMEOUT });
    }
    // A phone widens its layout to the widest content and lets the page slide sideways; a
    // wide table belongs in a region of its own that scrolls.
    const { layout, content } = await page.evaluate(() => ({
      layout: innerWidth,
      content: document.documentElement.scrollWidth,
    }));
    assert.equal(layout, 320, `#/${view}: the layout stays the screen's width`);
    assert.ok(content <= 320, `#/${view}: the page is ${content} px wide on a 320 px screen`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a small phone (320 px), in Spanish: every table cell can be read whole', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { ...DEVICES[0].options, viewport: { width: 320, height: 640 } });
  // The cells not shown whole: outside the box that holds them (the policy lab's "Con estas
  // reglas" read "Na… se… sa…"). A cell that names its column (data-label) is shown as a
  // card's line and must fit; a table without them may instead scroll sideways.
  const cutCells = () => page.evaluate(() => [...document.querySelectorAll('main td')]
    .filter((cell) => {
      const box = cell.closest('.table-scroll, .table-wide');
      if (!box) return false;
      if (['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && !cell.dataset.label) return false;
      const inner = cell.getBoundingClientRect();
      const outer = box.getBoundingClientRect();
      return inner.right > outer.right + 1 || inner.left < outer.left - 1 || cell.scrollWidth > cell.clientWidth + 1;
    })
    .map((cell) => cell.textContent.trim().slice(0, 40)));
  for (const view of ['policy', 'about', 'console']) {
    await page.goto(`${session.server.url}?lang=es#/${view}`);
    await waitForApp(page);
    if (view === 'policy') await page.locator('[data-testid="comparison"] td').first().waitFor({ timeout: RUN_TIMEOUT });
    if (view === 'about') await waitForLongText(page);
    if (view === 'console') {
      await page.locator('[data-testid="console"][data-ready="true"]').waitFor({ timeout: RUN_TIMEOUT });
      await page.getByTestId('run-search').click();
      await page.getByTestId('audit-row').first().waitFor({ timeout: RUN_TIMEOUT });
      // The network picker's options show their count (it read "todo el país (2690 re…").
      const cutOptions = await page.evaluate(() => {
        const select = document.querySelector('#search-scope');
        const style = getComputedStyle(select);
        const context = document.createElement('canvas').getContext('2d');
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // The room for the text: the box less its padding and the arrow.
        const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
        return [...select.options].filter((option) => context.measureText(option.textContent).width > room)
          .map((option) => option.textContent);
      });
      assert.deepEqual(cutOptions, [], 'network options cut at the end');
    }
    assert.deepEqual(await cutCells(), [], `#/${view}: cells cut off at 320 px`);
    await screenshot(page, `phone-320-es-${view}`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('phone: the charts\' words can be read (at least 10 px) and none is cut at the edge', async () => {
  // On the usual phone and on the smallest one still sold (320 px wide), in English and in
  // Spanish (whose "100 %" is the widest axis label; its "1" was cut off).
  for (const [width, lang] of [[390, 'en'], [320, 'en'], [320, 'es']]) {
    const { page, errors } = await openRecordedPage(session.browser, { ...DEVICES[0].options, viewport: { width, height: 844 } });
    // The policy lab's "who can see it" bars and the simulator's sightings chart, each an SVG
    // scaled to the phone's width: a word's size is its font size times that scale.
    for (const [view, chart] of [['policy', '.access-diagram svg'], ['simulator', '.chart svg']]) {
      await page.goto(`${session.server.url}?lang=${lang}#/${view}`);
      await waitForApp(page);
      await page.locator(`${chart} text`).first().waitFor({ state: 'attached', timeout: RUN_TIMEOUT });
      const smallest = await page.evaluate((chart) => {
        const svg = document.querySelector(chart);
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        return [...svg.querySelectorAll('text')]
          .map((word) => ({ px: parseFloat(getComputedStyle(word).fontSize) * scale, word: word.textContent.trim() }))
          .reduce((a, b) => (b.px < a.px ? b : a));
      }, chart);
      console.log(`phone_min_chart_text_px{view=${view},width=${width},lang=${lang}}=${smallest.px.toFixed(1)}`);
      assert.ok(smallest.px >= MIN_CHART_TEXT_PX, `#/${view} at ${width} px: "${smallest.word}" is drawn at ${smallest.px.toFixed(1)} px`);
      if (view === 'simulator') {
        // Every word inside the drawing (an SVG cuts what lies outside its view box), and the
        // axis written as the language writes a percentage ("100 %" in Spanish).
        const words = await page.evaluate((chart) => {
          const svg = document.querySelector(chart);
          const { width: w, height: h } = svg.viewBox.baseVal;
          const all = [...svg.querySelectorAll('text')];
          return {
            cut: all.filter((word) => {
              const b = word.getBBox();
              return b.x < 0 || b.y < 0 || b.x + b.width > w || b.y + b.height > h;
            }).map((word) => word.textContent),
            axis: all.map((word) => word.textContent).filter((t) => t.includes('%')),
          };
        }, chart);
        assert.deepEqual(words.cut, [], `${lang} at ${width} px: words cut at the chart's edge`);
        assert.ok(words.axis.includes(lang === 'es' ? '100\u00a0%' : '100%'), `${lang}: ${JSON.stringify(words.axis)}`);
      }
    }
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});
