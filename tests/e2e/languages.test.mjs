// The app in Spanish, Brazilian Portuguese and the pseudo-locale en-XA, in a real browser:
// ?lang=es renders Spanish and sets <html lang="es">; the browser's language picks the
// default; the picker switches the words without a reload and without running the
// simulation again, within 100 ms (printed as language_switch_ms=), and the address and the
// next visit follow; the main screens in each language (Massachusetts today and Cameras on
// my route too, the tools module's own messages) are saved as screenshots for a
// person to look at; and the journey in en-XA (longer words, accented letters) shows no
// clipped or overflowing text. No request leaves the origin; axe finds nothing serious.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests, seriousAxeViolations,
  screenshot, waitForRun, skipToEnd, drawnText, RUN_TIMEOUT,
} from './support.mjs';

// What the issue asks of a switch, in milliseconds.
// The target is 100 ms, printed; the assertion allows a loaded CI machine ten times that,
// so it fails only when a switch re-runs the simulation or reloads the page.
const SWITCH_TARGET_MS = 100;
const SWITCH_BUDGET_MS = 10 * SWITCH_TARGET_MS;

const session = useServerAndBrowser();

/** The main navigation's first label (the simulator's). */
const firstNavLabel = (page) => page.evaluate(() => document.querySelector('header nav a')?.textContent);

/** Waits for a view that reloads into the tools module (console, policy lab) to be ready. */
/** Opens the language picker and presses a language's button, as a visitor does. */
async function chooseLanguage(page, lang) {
  await page.locator('[data-testid="language-picker"] summary').click();
  await page.getByTestId(`language-${lang}`).click();
}

async function openView(page, hash, ready) {
  await page.evaluate((hash) => { location.hash = hash; }, hash);
  await page.waitForFunction(ready, null, { timeout: RUN_TIMEOUT });
}

const consoleReady = () => Boolean(document.querySelector('[data-testid="console"][data-ready="true"]'));
const policyReady = () => {
  const p = document.querySelector('[data-testid="policy"]');
  return Boolean(p) && p.dataset.computing === 'false' && Number(p.dataset.generation) > 0
    && Boolean(p.querySelector('[data-testid="comparison"]'));
};
const letterReady = () => Boolean(document.querySelector('#letter')?.textContent);
const massachusettsReady = () => Boolean(document.querySelector('[data-testid="massachusetts"][data-ready="true"]'));
const routeReady = () => Boolean(document.querySelector('[data-testid="route-view"] [data-testid="route-panel"]'));

/** Asks the route view for the commute with its default budget and waits for the answer. */
async function checkRoute(page) {
  await page.getByTestId('route-check').click();
  await page.waitForSelector('[data-testid="route-result"]', { timeout: RUN_TIMEOUT });
  return page.getByTestId('route-view').innerText();
}

// Phrases of the English dossier, headline and console sentences: none may be left on a
// page shown in another language (the worker computes the findings; the words are written
// where they are drawn).
const ENGLISH_SENTENCES = /\b(Within \S+\s(m|km) of|worked out from|The real spot|on the road \d|first read about|You work |Went to |Probably at|May have been at|You went there|You never went|travels with you|Right about|Right: you|Next (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) around|It came true|Not that time|vehicles? traveled with|passed the same camera|matching reads?|is on the hot list|From those reads alone|could not pin down)/;

/** The dossier's text once the analyst has written its cards. */
async function dossierText(page) {
  await page.waitForFunction(() => {
    const d = document.querySelector('[data-testid="dossier"]');
    return d && Number(d.dataset.findingCount) > 0 && !d.querySelector('[data-testid="dossier-analysing"]');
  }, null, { timeout: RUN_TIMEOUT });
  return drawnText(page, '[data-testid="dossier"]');
}

/**
 * Runs the console's description search (on `typed`, else on the example it fills in);
 * returns the example, what the search says it understood, and how many hits are the car.
 */
async function descriptionResults(page, typed) {
  await page.locator('label[for="tool-attributes"]').click();
  await page.waitForSelector('[data-testid="tool-form"][data-tool="attributes"]');
  const example = await page.locator('#attribute-text').inputValue();
  if (typed) await page.locator('#attribute-text').fill(typed);
  const before = await page.getByTestId('audit-row').count();
  await page.getByTestId('run-search').click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="audit-row"]').length > n
    || document.querySelector('[data-testid="results"][data-tool="attributes"] .error'), before, { timeout: RUN_TIMEOUT });
  return page.evaluate((example) => ({
    example,
    understood: document.querySelector('[data-testid="results"] .understood')?.textContent ?? '',
    commuterHits: document.querySelectorAll('[data-testid="attributes-hits"] li[data-commuter="true"]').length,
  }), example);
}

/** Runs Convoy on the visitor's plate in the console; returns the results' text. */
async function convoyResults(page) {
  await page.locator('label[for="tool-convoy"]').click();
  await page.waitForSelector('[data-testid="tool-form"][data-tool="convoy"]');
  await page.getByTestId('run-search').click();
  await page.waitForSelector('[data-testid="results"][data-tool="convoy"] [data-testid="convoy-hits"]', { timeout: RUN_TIMEOUT });
  return page.evaluate(() => document.querySelector('[data-testid="results"]').innerText);
}

/**
 * Elements whose text does not fit: text cut by its box (overflow hidden or clip, or an
 * ellipsis), a button, label, cell or heading whose words stick out of it, or a page wider
 * than the window. Returns one line per problem.
 */
function clippedText() {
  const problems = [];
  const describe = (el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${el.textContent.trim().slice(0, 40)}"`;
  if (document.documentElement.scrollWidth > window.innerWidth + 1) {
    problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${window.innerWidth}px window`);
  }
  const candidates = document.querySelectorAll('main *, header *, footer *');
  for (const el of candidates) {
    if (!el.textContent.trim() || el.closest('svg, [hidden], .visually-hidden, .sr-only')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const rect = el.getBoundingClientRect();
    // Zero-size boxes, and text hidden for screen readers only (a 1px clipped box).
    if (rect.width <= 2 || rect.height <= 2) continue;
    const hides = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    const tight = /^(BUTTON|LABEL|TH|TD|H[1-6]|A|SUMMARY|OPTION|LEGEND)$/.test(el.tagName);
    if ((hides || tight) && el.scrollWidth > el.clientWidth + 2 && el.clientWidth > 0) {
      problems.push(`${describe(el)}: ${el.scrollWidth}px of text in ${el.clientWidth}px`);
    }
  }
  return problems;
}

async function assertNothingClipped(page, where) {
  const problems = await page.evaluate(clippedText);
  assert.deepEqual(problems, [], `${where}: clipped or overflowing text`);
}

for (const [lang, simulatorWord, htmlLang] of [['es', 'Simulador', 'es'], ['pt-BR', 'Simulador', 'pt-BR']]) {
  test(`?lang=${lang} renders the main screens in that language`, async () => {
    const { page, requests, errors } = await openRecordedPage(session.browser);
    await page.goto(`${session.server.url}?lang=${lang}#/simulator`);
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), htmlLang);
    assert.equal(await firstNavLabel(page), simulatorWord);
    assert.equal(await page.getByTestId('language-picker').getAttribute('data-shown'), lang);
    await waitForRun(page);
    await skipToEnd(page);
    const body = await drawnText(page, 'main');
    assert.match(body, lang === 'es' ? /Las cámaras de este pueblo ficticio leyeron tu placa|expediente/ : /As câmeras desta cidade fictícia leram sua placa|dossiê/);
    assert.doesNotMatch(body, /Cameras (in this fictional town )?read your plate|The dossier: what they figured out/, 'no English left on the simulator');
    // The dossier's cards and the headline: written in the language, not the worker's English.
    const dossier = await dossierText(page);
    assert.match(dossier, lang === 'es' ? /A menos de|Fue a|veces|Probablemente/ : /A menos de|Foi a|vezes|Provavelmente/);
    assert.doesNotMatch(dossier, ENGLISH_SENTENCES, 'no English sentence left in the dossier');
    const headline = await page.getByTestId('headline').innerText();
    assert.doesNotMatch(headline, ENGLISH_SENTENCES, 'no English sentence left in the headline');
    // The places the visitor's plan adds have no name of their own: named in the language.
    assert.match(dossier, lang === 'es' ? /cerca de tu casa/ : /perto de sua casa/);
    const options = await page.evaluate(() => [...document.querySelectorAll('main option')].map((o) => o.textContent));
    assert.ok(options.includes(lang === 'es' ? 'Tu casa' : 'Sua casa'), `the home picker names the home: ${options.slice(0, 5)}`);
    assert.doesNotMatch(`${body}\n${dossier}\n${options.join('\n')}`, /(de|near) Home\b|^(Home|Workplace)( \(|$)|Place of the/m, 'no English name for the visitor\'s own places');
    assert.deepEqual(await seriousAxeViolations(page), []);
    await page.getByTestId('dossier').scrollIntoViewIfNeeded();
    await screenshot(page, `languages-${lang}-1-simulator`);

    // The console and the policy lab reload into their own module: the language goes along.
    await openView(page, '#/console', consoleReady);
    assert.equal(await page.evaluate(() => document.documentElement.lang), htmlLang);
    assert.equal(await firstNavLabel(page), simulatorWord);
    // The search form's default reason, which the audit log records, is in the language.
    assert.equal(await page.locator('#search-reason').inputValue(), lang === 'es' ? 'investigación' : 'investigação');
    // The description search speaks the language: the example is written in it, a
    // description typed in it is read, and what it understood is said in it.
    const described = await descriptionResults(page);
    assert.match(described.example, lang === 'es' ? /cerca de/ : /perto d/, `the example is in the language: ${described.example}`);
    assert.equal(described.commuterHits, 1, `"${described.example}" finds the car`);
    assert.match(described.understood, lang === 'es' ? /^Buscando: .*cerca de/ : /^Buscando: .*perto de/);
    assert.doesNotMatch(described.understood, /No se entendió|Não entendido|\bnear\b|\blast\b/, described.understood);
    const typed = await descriptionResults(page, lang === 'es' ? 'auto blanco cerca de la iglesia ayer en la mañana' : 'carro branco perto da igreja ontem de manhã');
    assert.match(typed.understood, lang === 'es' ? /ayer.*en la mañana/ : /ontem.*de manhã/, typed.understood);
    assert.doesNotMatch(typed.understood, /No se entendió|Não entendido/, typed.understood);
    const results = await convoyResults(page);
    assert.match(results, lang === 'es' ? /viaj(ó|aron) con/ : /and(ou|aram) com/);
    assert.doesNotMatch(results, ENGLISH_SENTENCES, 'no English sentence left in the console\'s results');
    await screenshot(page, `languages-${lang}-2-console`);
    await openView(page, '#/policy', policyReady);
    await screenshot(page, `languages-${lang}-3-policy`);
    await openView(page, '#/action', letterReady);
    const letter = await page.evaluate(() => document.querySelector('#letter').textContent);
    assert.match(letter, lang === 'es' ? /Estimados/ : /Prezados/);
    await screenshot(page, `languages-${lang}-4-letter`);

    // Massachusetts today and Cameras on my route (the tools module's own messages).
    await openView(page, '#/massachusetts', massachusettsReady);
    const massachusetts = await page.getByTestId('massachusetts').innerText();
    assert.match(massachusetts, lang === 'es' ? /Massachusetts hoy.*cámaras mapeadas/s : /Massachusetts hoje.*câmeras mapeadas/s);
    assert.doesNotMatch(massachusetts, /cameras mapped|Search by operator|A floor, not a count/, 'no English left on Massachusetts today');
    await screenshot(page, `languages-${lang}-5-massachusetts`);
    await openView(page, '#/route', routeReady);
    const route = await checkRoute(page);
    assert.match(route, lang === 'es' ? /Cámaras en mi ruta.*el proveedor guarda \d+ lecturas/s : /Câmeras no meu trajeto.*o fornecedor guarda \d+ leituras/s);
    assert.doesNotMatch(route, /Extra minutes|Home to work|the vendor holds/, 'no English left on the route view');
    assert.deepEqual(await seriousAxeViolations(page), []);
    await screenshot(page, `languages-${lang}-6-route`);

    assert.deepEqual(foreignRequests(requests, session.server.origin), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

for (const [lang, simulatorWord] of [['es', 'Simulador'], ['pt-BR', 'Simulador']]) {
  test(`Teach links the lesson pages in the language showing (${lang}), and their links open the app in it`, async () => {
    const { page, requests, errors } = await openRecordedPage(session.browser);
    await page.goto(`${session.server.url}#/teach`);
    await waitForApp(page);
    const sheets = () => page.$$eval('.teach li > a', (links) => links.map((a) => a.getAttribute('href')));
    const files = ['lesson.html', 'glossary.html', 'worksheet.html', 'fact-sheet.html'];
    assert.deepEqual(await sheets(), files.map((file) => `teach/${file}`));
    // Chosen on the page, the language takes the links with it.
    await chooseLanguage(page, lang);
    await page.waitForFunction((lang) => document.documentElement.lang === lang, lang);
    assert.deepEqual(await sheets(), files.map((file) => `teach/${lang}/${file}`));
    await page.locator('.teach li > a').first().click();
    await page.waitForURL(new RegExp(`/teach/${lang}/lesson\\.html$`));
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    // Every link back to the app (the brand, "Open the simulator", the runs, the citations)
    // opens it in the lesson's language.
    const toApp = await page.$$eval('a[href^="../../"]', (links) => links.map((a) => a.getAttribute('href')));
    assert.ok(toApp.some((href) => href.includes('#/references/')), `citations: ${toApp}`);
    assert.deepEqual(toApp.filter((href) => !new URLSearchParams(href.split('?')[1]?.split('#')[0]).has('lang', lang)), []);
    await page.locator(`header nav a[href="../../?lang=${lang}#/simulator"]`).click();
    await waitForApp(page);
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await firstNavLabel(page), simulatorWord);
    assert.deepEqual(foreignRequests(requests, session.server.origin), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
}

test('the browser\'s language is the default, and the choice is remembered', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { locale: 'pt-BR' });
  await page.goto(`${session.server.url}#/faq`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'pt-BR');
  // A choice in the picker outlives the page.
  await chooseLanguage(page, 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.goto(`${session.server.url}#/faq`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the picker switches only on a press: arrow keys do nothing, Escape and a choice close it, the focus stays on it', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { locale: 'en-US' });
  await page.goto(`${session.server.url}#/faq`);
  await waitForApp(page);
  const summary = page.locator('[data-testid="language-picker"] summary');
  const open = () => page.evaluate(() => document.querySelector('[data-testid="language-picker"]').open);
  const focusedIsSummary = () => page.evaluate(() => document.activeElement?.matches('[data-testid="language-picker"] summary'));
  await summary.focus();
  // A <select> switched the page at each of these (WCAG 3.2.2).
  for (const key of ['ArrowDown', 'ArrowDown', 'ArrowUp', 'End']) await page.keyboard.press(key);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'arrow keys leave the language');
  assert.equal(await open(), false);
  // Enter opens it on the languages, each named in its own language, the one showing marked.
  await page.keyboard.press('Enter');
  assert.equal(await open(), true);
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('[data-testid="language-picker"] li button')]
    .map((b) => [b.lang, b.textContent, b.getAttribute('aria-current')])),
  [['en', 'English', 'true'], ['es', 'Español', null], ['pt-BR', 'Português (Brasil)', null]]);
  await screenshot(page, 'languages-picker-open');
  // Escape closes it and leaves the focus on the summary.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  assert.equal(await open(), false);
  assert.ok(await focusedIsSummary(), 'Escape gives the focus back to the picker');
  // Tab to Spanish and press it: the page switches, the list closes, the focus stays.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  assert.equal(await open(), false);
  assert.ok(await focusedIsSummary(), 'after a choice the focus is on the picker');
  assert.match(await summary.textContent(), /Español/);
  // Tabbing past the open list closes it.
  await page.keyboard.press('Enter');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  assert.equal(await open(), false, 'the list closes once the focus leaves it');
  assert.deepEqual(await seriousAxeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('switching language re-renders within 100 ms, keeps the run and follows in the link', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser, { locale: 'en-US' });
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  let generation = await waitForRun(page);
  // A ready-made life: the live region says so, in English, until the language changes.
  await page.getByLabel('A ready-made life').selectOption({ index: 1 });
  generation = await waitForRun(page, generation);
  await skipToEnd(page);
  // The town-wide part arrives from the worker after the run is shown; a switch timed while
  // the page draws it measures both (a first switch took 25-227 ms then on a loaded machine).
  await page.getByTestId('uniqueness-sentence').waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(await firstNavLabel(page), 'Simulator');
  assert.match(await page.getByTestId('announcement').textContent(), /New life chosen/);

  const switchTo = (lang, word) => page.evaluate(async ({ lang, word }) => {
    const button = document.querySelector(`[data-testid="language-${lang}"]`);
    const started = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => (document.querySelector('header nav a')?.textContent === word
        && document.documentElement.lang === lang ? resolve() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - started;
  }, { lang, word });

  // A pointer over the picker (or the focus on it) fetches and reads the offered
  // languages' files before any choice, so the first switch is only a redraw.
  assert.equal(requests.filter((url) => /\/lang\/[^/]+\.json/.test(url)).length, 0, 'no language file before the picker is near');
  const preloaded = Promise.all(['es', 'pt-BR'].map((lang) => page.waitForResponse((r) => r.url().includes(`/lang/${lang}.json`))));
  await page.locator('[data-testid="language-picker"] summary').hover();
  await preloaded;
  // Read in the task the file arrived in: one frame later it is installed.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const first = await switchTo('es', 'Simulador');
  const back = await switchTo('en', 'Simulator');
  const again = await switchTo('pt-BR', 'Simulador');
  // Five more, all cached, for their median (one switch on a loaded machine says little).
  const five = [];
  for (const [lang, word] of [['en', 'Simulator'], ['es', 'Simulador'], ['en', 'Simulator'], ['es', 'Simulador'], ['pt-BR', 'Simulador']]) {
    five.push(await switchTo(lang, word));
  }
  const median = [...five].sort((a, b) => a - b)[2];
  console.log(`language_switch_ms=${first.toFixed(1)}`);
  console.log(`language_switch_cached_ms=${Math.max(back, again).toFixed(1)}`);
  console.log(`language_switch_median_ms=${median.toFixed(1)} (of ${five.map((ms) => ms.toFixed(1)).join(', ')})`);
  assert.ok(first <= SWITCH_BUDGET_MS, `the first switch took ${first.toFixed(1)} ms`);
  assert.ok(Math.max(back, again, ...five) <= SWITCH_BUDGET_MS, `a later switch took ${Math.max(back, again, ...five).toFixed(1)} ms`);

  // The run on screen is the same run: no new generation, no reload.
  assert.equal(Number(await page.getAttribute('[data-testid="simulator"]', 'data-generation')), generation);
  const headline = await page.evaluate(() => document.querySelector('main').innerText);
  assert.match(headline, /As câmeras desta cidade fictícia leram sua placa/);
  // The live region does not go on in English in a page now in Portuguese.
  assert.equal((await page.getByTestId('announcement').textContent()).trim(), '', 'the English announcement is cleared');
  // The address follows just after the switch is drawn (src/language.rs).
  await page.waitForFunction(() => /[?&]lang=pt-BR(&|$)/.test(location.search), null, { timeout: 5000 });
  assert.equal(await page.title(), 'Simulador \u2013 Plate Trail', 'the title names the view in the language shown');
  // The preload and the switches shared one fetch per language.
  assert.equal(requests.filter((url) => url.includes('/lang/pt-BR.json')).length, 1, 'one fetch of the strings');
  assert.equal(requests.filter((url) => url.includes('/lang/es.json')).length, 1, 'one fetch of the strings');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('presenter mode has the language picker, and its choice is remembered for the app', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser, { locale: 'en-US' });
  await page.goto(`${session.server.url}present.html`);
  await page.waitForSelector('[data-testid="present"]', { timeout: RUN_TIMEOUT });
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  const heading = () => page.evaluate(() => document.querySelector('[data-testid="present"] h1').textContent);
  const english = await heading();
  await chooseLanguage(page, 'es');
  await page.waitForFunction(() => document.documentElement.lang === 'es');
  await page.waitForFunction((english) => document.querySelector('[data-testid="present"] h1').textContent !== english, english);
  await page.waitForFunction(() => /[?&]lang=es(&|$)/.test(location.search), null, { timeout: 5000 });
  await page.waitForSelector('[data-testid="present"][data-ready="true"]', { timeout: RUN_TIMEOUT });
  assert.deepEqual(await seriousAxeViolations(page), []);
  await screenshot(page, 'languages-es-5-present-prepare');
  // Remembered like the main page's choice: the app opens in it, and so does presenter mode.
  await page.goto(`${session.server.url}#/faq`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  await page.goto(`${session.server.url}present.html`);
  await page.waitForFunction(() => document.documentElement.lang === 'es', null, { timeout: RUN_TIMEOUT });
  assert.equal(await page.getByTestId('language-picker').getAttribute('data-shown'), 'es');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the pseudo-locale journey (longer, accented words) clips no text on the main screens', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?lang=en-XA#/simulator`);
  await waitForApp(page);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
  assert.match(await firstNavLabel(page), /^\[Şīmŭ/);
  await waitForRun(page);
  await skipToEnd(page);
  await assertNothingClipped(page, 'the simulator with its dossier');
  await screenshot(page, 'languages-en-XA-1-simulator');
  await openView(page, '#/console', consoleReady);
  await assertNothingClipped(page, 'the console');
  await screenshot(page, 'languages-en-XA-2-console');
  await openView(page, '#/policy', policyReady);
  await assertNothingClipped(page, 'the policy lab');
  await screenshot(page, 'languages-en-XA-3-policy');
  await openView(page, '#/action', letterReady);
  await assertNothingClipped(page, 'the letter');
  await screenshot(page, 'languages-en-XA-4-letter');
  await openView(page, '#/massachusetts', massachusettsReady);
  await assertNothingClipped(page, 'Massachusetts today');
  await screenshot(page, 'languages-en-XA-6-massachusetts');
  await openView(page, '#/route', routeReady);
  await checkRoute(page);
  await assertNothingClipped(page, 'Cameras on my route');
  await screenshot(page, 'languages-en-XA-7-route');
  // At a phone's width too.
  await page.setViewportSize({ width: 390, height: 844 });
  await openView(page, '#/simulator', () => document.querySelector('[data-testid="simulator"]')?.dataset.current === 'true');
  await assertNothingClipped(page, 'the simulator on a phone');
  await screenshot(page, 'languages-en-XA-5-phone');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});
