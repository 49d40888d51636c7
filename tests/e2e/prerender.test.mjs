// The first screen prerendered into index.html at build time (examples/prerender.rs): the
// default run's headline and town map, shown before the page's wasm has arrived, and only to
// a visitor who would see exactly that screen. A probe installed before any script runs
// looks at every animation frame for the prerender on screen, so a flash of the wrong map
// would be caught. Prints prerender_visible_ms= and prerender_wasm_done_ms= (throttled).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { useServerAndBrowser, waitForRun, waitForApp, seriousAxeViolations, screenshot, dist } from './support.mjs';

const session = useServerAndBrowser();
const SAVED_KEY = 'plate-trail.scenario.v1';
// Lighthouse's mobile network (its "Slow 4G"), as tests/e2e/mobile.test.mjs sets it.
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Records, at every animation frame from the start, whether the prerendered screen is
 * shown, when it first was, and where its headline and map were then drawn. */
function probeFirstScreen() {
  window.__firstScreen = { shownAt: null, frames: 0, headline: null, map: null, viewBox: null, app: null };
  const box = (element) => {
    const r = element?.getBoundingClientRect();
    return r && { x: r.x, y: r.y + scrollY, width: r.width, height: r.height };
  };
  // What the visitor reads at the top: the header (the language picker's options and choice
  // included) and the headline's numbers.
  const words = (root) => ({
    header: root.querySelector('header')?.textContent,
    languages: [...root.querySelectorAll('header .language-picker li button')]
      .map((b) => `${b.lang}${b.getAttribute('aria-current') === 'true' ? '*' : ''}`).join(' '),
    headline: root.querySelector('.headline strong')?.textContent,
  });
  const look = () => {
    const probe = window.__firstScreen;
    probe.frames += 1;
    const screen = document.getElementById('first-screen');
    const visible = screen?.checkVisibility() ? screen : null;
    if (visible && probe.shownAt === null) {
      probe.shownAt = performance.now();
      probe.inert = screen.inert;
      probe.headline = box(visible.querySelector('.headline'));
      probe.map = box(visible.querySelector('.sim-map svg'));
      probe.viewBox = visible.querySelector('.sim-map svg')?.getAttribute('viewBox');
      probe.words = words(visible);
    }
    // The first frame after the hand-over: the app as it took the prerender's place.
    const app = document.getElementById('app');
    if (probe.shownAt !== null && !screen && probe.app === null && app && !app.className) {
      probe.app = {
        headline: box(app.querySelector('[data-testid="headline"]')),
        map: box(app.querySelector('.sim-map svg')),
        viewBox: app.querySelector('.sim-map svg')?.getAttribute('viewBox'),
        words: words(app),
      };
    }
    const handedOver = probe.shownAt === null || probe.app !== null;
    if (!handedOver || !document.querySelector('[data-testid="simulator"][data-current="true"]')) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function openWith(url, { viewport = { width: 390, height: 844 }, saved = null, language = null, browserLanguages = null } = {}) {
  const context = await session.browser.newContext({ viewport, isMobile: viewport.width < 500, hasTouch: viewport.width < 500 });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  if (saved !== null) {
    await page.addInitScript(([key, value]) => {
      if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); }
    }, [SAVED_KEY, saved]);
  }
  if (language !== null) {
    await page.addInitScript((code) => localStorage.setItem('plate-trail.language', code), language);
  }
  if (browserLanguages !== null) {
    await page.addInitScript((list) => {
      Object.defineProperty(navigator, 'languages', { get: () => list });
      Object.defineProperty(navigator, 'language', { get: () => list[0] });
    }, browserLanguages);
  }
  await page.addInitScript(probeFirstScreen);
  return { context, page, errors, open: () => page.goto(url, { waitUntil: 'commit' }) };
}

test('a link that asks for anything but the default first screen never shows the prerendered map', async () => {
  const base = session.server.url;
  // The visitor's own run, saved: the default one (as the build wrote it beside the
  // prerender) with another seed.
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  const savedDefault = page.match(/data-saved-default="([^"]*)"/)?.[1];
  assert.ok(savedDefault, 'index.html carries the default run\'s saved form');
  const saved = JSON.stringify({ ...JSON.parse(savedDefault.replaceAll('&quot;', '"').replaceAll('&amp;', '&')), seed: 7 });
  const cases = [
    ['a shared run', `${base}?v=1&seed=7&cameras=40&days=30#/simulator`, {}],
    ['an embed', `${base}?embed#/simulator`, {}],
    ['an unknown language in the link', `${base}?lang=fr`, {}],
    // The prerender is English: a page that starts in another language never shows it.
    ['Spanish in the link', `${base}?lang=es`, {}],
    ['Portuguese chosen on an earlier visit', base, { language: 'pt-BR' }],
    ['a Spanish browser', base, { browserLanguages: ['es-MX'] }],
    ['a browser that asks for French, then Portuguese', base, { browserLanguages: ['fr-FR', 'pt-PT'] }],
    ['a broken link', `${base}?seed=abc`, {}],
    ['another view', `${base}#/faq`, {}],
    ['a wide screen (the prerender is a phone\'s)', base, { viewport: { width: 1280, height: 800 } }],
    ['a saved scenario of its own', base, { saved }],
  ];
  for (const [what, url, options] of cases) {
    const { context, page, errors, open } = await openWith(url, options);
    await open();
    await waitForApp(page).catch(() => {});
    if (!url.includes('#/faq')) await waitForRun(page);
    else await page.waitForSelector('#app > main h2', { timeout: 30_000 });
    const probe = await page.evaluate(() => window.__firstScreen);
    assert.ok(probe.frames > 1, `${what}: the probe looked at ${probe.frames} frames`);
    assert.equal(probe.shownAt, null, `${what}: the prerendered screen was shown`);
    assert.equal(await page.locator('#first-screen').count(), 0, `${what}: the prerender is gone once the app runs`);
    assert.deepEqual(errors, [], `${what}: page errors`);
    await context.close();
  }
});

for (const [name, viewport] of [['phone', { width: 390, height: 844 }]]) {
  test(`the default first screen (${name}) is on screen before the wasm arrives and the app takes over in place`, async () => {
    const { context, page, errors, open } = await openWith(session.server.url, { viewport });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await open();
    await page.waitForFunction(() => window.__firstScreen?.shownAt !== null, null, { timeout: 60_000, polling: 50 });
    if (name === 'phone') await screenshot(page, 'prerender-phone-first-screen');
    const shown = await page.evaluate(() => window.__firstScreen);
    assert.equal(shown.inert, true, 'the prerender is inert');
    // While it stands, nothing in it takes the focus or a click.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.closest('#first-screen') ?? null), null, 'no focus inside the prerender');
    await waitForRun(page);
    await page.waitForFunction(() => window.__firstScreen.app !== null, null, { timeout: 30_000 });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
    const timing = await page.evaluate(() => {
      const wasm = performance.getEntriesByType('resource').find((entry) => entry.name.includes('_bg.wasm') && !entry.name.includes('worker'));
      return { wasmDone: wasm?.responseEnd ?? null, firstMap: performance.getEntriesByName('plate-trail:first-map')[0]?.startTime };
    });
    console.log(`prerender_visible_ms{screen=${name}}=${shown.shownAt.toFixed(0)}`);
    console.log(`prerender_wasm_done_ms{screen=${name}}=${timing.wasmDone?.toFixed(0)}`);
    assert.ok(timing.wasmDone !== null, 'the page downloaded its wasm');
    assert.ok(shown.shownAt < timing.wasmDone, `the prerender came at ${shown.shownAt} ms, the wasm at ${timing.wasmDone} ms`);
    assert.ok(timing.firstMap <= shown.shownAt + 1000 && timing.firstMap < timing.wasmDone, `first-map mark at ${timing.firstMap} ms`);
    // The app took over where the prerender stood: the same headline and map boxes, and the
    // same map drawing (the prerender's assumed drawing size matches the measured one).
    assert.equal(await page.locator('#first-screen').count(), 0, 'the prerender is gone');
    const app = await page.evaluate(() => ({
      ...window.__firstScreen.app,
      behind: document.getElementById('app').className,
    }));
    const near = (a, b) => Object.keys(a).every((k) => Math.abs(a[k] - b[k]) < 1);
    assert.ok(near(shown.map, app.map), `map box: prerender ${JSON.stringify(shown.map)}, app ${JSON.stringify(app.map)}`);
    assert.ok(near(shown.headline, app.headline), `headline box: prerender ${JSON.stringify(shown.headline)}, app ${JSON.stringify(app.headline)}`);
    assert.equal(shown.viewBox, app.viewBox, 'the same map drawing');
    // The same words: the header with its language picker (English chosen) and the
    // headline's numbers.
    const appWords = app.words;
    assert.equal(shown.words.languages, 'en* es pt-BR', 'the prerender\'s picker offers the languages, English chosen');
    assert.match(shown.words.headline, /\d+ times in \d+ days/, 'the prerender states the headline\'s numbers');
    assert.deepEqual(shown.words, appWords, 'the prerender reads as the app then does');
    assert.equal(app.behind, '', 'the app is shown');
    assert.deepEqual(await seriousAxeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
