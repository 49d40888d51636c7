// The visitor's journey in the other engines: Firefox ESR (Gecko, driven by puppeteer-core
// over WebDriver BiDi) and WebKitGTK (Safari's engine, MiniBrowser driven by
// selenium-webdriver through WebKitWebDriver; needs a display, so run under `xvfb-run -a`).
// The same served dist/ and the same steps in each: the default run's map with its cameras
// and the dossier's home finding, a console search with result rows, the policy lab's
// before/after comparison, and the letter quoting the run's figures. No page error, no
// request to another origin. Prints engine_journey_ms{engine=...}= per engine. Firefox also
// on a phone (the dossier's cards) and on paper (the dossier's title with its cards).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { createServer as createNetServer } from 'node:net';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { Builder, By } from 'selenium-webdriver';
import { startServer, foreignRequests, withSkippedPartsDrawn, SCREENSHOT_DIR, RUN_TIMEOUT } from './support.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
// Debian ships MiniBrowser with libwebkit2gtk-4.1-0, under the machine's multiarch folder.
const MINIBROWSER = readdirSync('/usr/lib')
  .filter((name) => name.endsWith('-linux-gnu'))
  .map((name) => `/usr/lib/${name}/webkit2gtk-4.1/MiniBrowser`)
  .find((path) => existsSync(path)) ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const VIEWPORT = { width: 1280, height: 900 };
// Fewer cameras than this on the default town's map means the map was not really drawn.
const MIN_CAMERAS = 10;

let server;
before(async () => {
  server = await startServer({ recordErrors: true });
});
after(() => server?.server.close());

/**
 * What the journey needs from a browser client: open a URL, run a function in the page,
 * wait for one to return something truthy, click an element as a user does, and the
 * errors and request URLs the client itself saw (if it can see them).
 */
class FirefoxPage {
  static async launch(viewport = VIEWPORT) {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: viewport,
    });
    const page = await browser.newPage();
    const self = new FirefoxPage(browser, page);
    page.on('request', (request) => self.requests.push(request.url()));
    page.on('pageerror', (error) => self.errors.push(`pageerror: ${error}`));
    page.on('console', (message) => {
      if (message.type() === 'error') self.errors.push(`console: ${message.text()}`);
    });
    return self;
  }

  constructor(browser, page) {
    Object.assign(this, { browser, page, errors: [], requests: [], clickRetries: 0, scriptRetries: 0 });
  }

  async open(url) {
    await this.page.goto(url);
  }

  evaluate(fn, ...args) {
    return this.page.evaluate(fn, ...args);
  }

  async waitFor(what, fn, arg = null, timeout = 30_000) {
    try {
      const handle = await this.page.waitForFunction(fn, { timeout, polling: 100 }, arg);
      return handle.jsonValue();
    } catch (error) {
      const state = await this.evaluate(pageState).catch(() => 'unknown');
      throw new Error(`firefox: waiting for ${what} (${state}): ${error.message}`);
    }
  }

  click(selector) {
    return this.page.click(selector);
  }

  async screenshot(path) {
    // The whole page as a visitor scrolling it sees it: the parts the browser skips until
    // they near the screen (content-visibility) drawn, as the Chromium screenshots draw them.
    await withSkippedPartsDrawn(this.page, () => this.page.screenshot({ path, fullPage: true }));
  }

  close() {
    return this.browser.close();
  }
}

/**
 * The engine itself stopped running the page's scripts: not a finding about the app, so the
 * journey starts once more in a fresh browser (counted, `engine_restarts`); a second time
 * fails the test.
 */
class EngineUnresponsive extends Error {}
// How long every script may fail before the engine counts as stopped.
const UNRESPONSIVE_MS = 30_000;

/** `promise`, or a rejection after `millis` if it has not settled by then. */
function withTimeout(promise, millis) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer in ${millis} ms`)), millis);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** A free TCP port on 127.0.0.1 for WebKitWebDriver. */
async function freePort() {
  const probe = createNetServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

class WebKitPage {
  static async launch(viewport = VIEWPORT) {
    assert.ok(process.env.DISPLAY, 'WebKitGTK needs a display: run the tests under `xvfb-run -a`');
    const port = await freePort();
    const driverProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => driverProcess.once('exit', resolve));
    const serverUrl = `http://127.0.0.1:${port}`;
    try {
      // Wait until the WebDriver server answers (it starts in well under a second).
      for (let tries = 0; ; tries += 1) {
        try {
          if ((await fetch(`${serverUrl}/status`)).ok) break;
        } catch {
          if (tries > 100) throw new Error(`${WEBKIT_DRIVER} did not answer on port ${port}`);
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      const driver = await new Builder()
        .usingServer(serverUrl)
        .withCapabilities({
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        })
        .build();
      await driver.manage().setTimeouts({ script: RUN_TIMEOUT });
      try {
        await driver.manage().window().setRect(viewport);
      } catch {
        // MiniBrowser may keep its own window size; the journey does not depend on it.
      }
      return new WebKitPage(driver, driverProcess, exited);
    } catch (error) {
      driverProcess.kill();
      throw error;
    }
  }

  constructor(driver, driverProcess, exited) {
    // WebKitWebDriver reports neither console messages nor requests: the journey reads the
    // page's own error recorder and resource timing instead.
    Object.assign(this, { driver, driverProcess, exited, errors: [], requests: [], clickRetries: 0, scriptRetries: 0 });
  }

  open(url) {
    return this.driver.get(url);
  }

  evaluate(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments);`, ...args);
  }

  /**
   * Polls `fn` in the page until it returns something truthy. WebKitWebDriver sometimes
   * fails one script with "Could not parse script result" while the page is busy (seen once
   * in CI, just after a route change); such a failure is retried like a falsy result, and
   * only the timeout ends the wait, naming the last error. When every script fails for
   * `UNRESPONSIVE_MS` on end, the engine has stopped answering (seen once in CI, stop 44:
   * after the reload into the console's module, every script failed for 90 s, even the one
   * reading the address): that throws `EngineUnresponsive` at once.
   */
  async waitFor(what, fn, arg = null, timeout = 30_000) {
    let lastError = null;
    let failingSince = null;
    const poll = async () => {
      try {
        const result = await this.evaluate(fn, arg);
        failingSince = null;
        return result;
      } catch (error) {
        lastError = error;
        failingSince ??= performance.now();
        this.scriptRetries += 1;
        if (performance.now() - failingSince > UNRESPONSIVE_MS) {
          throw new EngineUnresponsive(`webkit: waiting for ${what}, no script ran for ${UNRESPONSIVE_MS} ms`
            + ` (last error: ${error.name}: ${error.message})`);
        }
        return false;
      }
    };
    try {
      return await this.driver.wait(poll, timeout, undefined, 100);
    } catch (error) {
      if (error instanceof EngineUnresponsive) throw error;
      if (lastError) error.message += ` (last script error: ${lastError.name}: ${lastError.message})`;
      const state = await this.evaluate(pageState).catch(() => 'unknown');
      throw new Error(`webkit: waiting for ${what} (${state}): ${error.message}`);
    }
  }

  /**
   * Clicks as a user does, through WebKitWebDriver's pointer events, after centring the
   * element and letting two frames pass. Seen here: an element that WebKitWebDriver
   * scrolled only until its bottom edge showed got pointerdown, mousedown and mouseup but
   * no click; and once in about 15 runs on a loaded machine the console never opened
   * after its nav link's click (not pinned down; none since centring and waiting frames).
   * So the click is checked: if it did not reach the element it is tried once more and
   * counted (engine_click_retries); a second miss fails, naming what got the click.
   */
  async click(selector) {
    for (let attempt = 1; ; attempt += 1) {
      // Found afresh each time: a click may reload the page (a view of the other module).
      const element = await this.driver.findElement(By.css(selector));
      await this.driver.executeAsyncScript(`
        const [element, done] = arguments;
        element.scrollIntoView({ block: 'center' });
        window.__plateTrailClicked = null;
        sessionStorage.removeItem('plateTrailClicked');
        document.addEventListener('click', (event) => {
          window.__plateTrailClicked = element.contains(event.target)
            ? 'the element' : (event.target.outerHTML ?? String(event.target)).slice(0, 100);
          // Kept across a reload the click causes (the console and the policy lab are the
          // other module: the page reloads into it).
          sessionStorage.setItem('plateTrailClicked', window.__plateTrailClicked);
        }, { capture: true, once: true });
        requestAnimationFrame(() => requestAnimationFrame(() => done()));
      `, element);
      await element.click();
      const clicked = await this.driver
        .wait(() => this.evaluate(() => window.__plateTrailClicked ?? sessionStorage.getItem('plateTrailClicked')),
          2_000, undefined, 50)
        .catch(() => null);
      if (clicked === 'the element') return;
      if (attempt === 2) {
        throw new Error(`webkit: the click on ${selector} ${clicked ? `reached ${clicked}` : 'fired no click event'}`);
      }
      this.clickRetries += 1;
    }
  }

  async screenshot(path) {
    await writeFile(path, Buffer.from(await this.driver.takeScreenshot(), 'base64'));
  }

  async close() {
    try {
      // Bounded: a driver whose engine stopped answering may never answer `quit` either.
      await withTimeout(this.driver.quit(), 10_000);
    } finally {
      this.driverProcess.kill();
      await this.exited;
    }
  }
}

/** Where the page is, for a timeout's message: the route and the views' data attributes. */
function pageState() {
  const views = [...document.querySelectorAll('[data-testid="simulator"], [data-testid="console"], [data-testid="policy"]')]
    .map((view) => JSON.stringify({ ...view.dataset }));
  return `at ${location.hash}: ${views.join(' ') || 'no view'}`;
}

/** The simulator's run for the current scenario is on screen (generation above `after`). */
function runFinished(after) {
  const s = document.querySelector('[data-testid="simulator"]');
  return s && s.dataset.current === 'true' && Number(s.dataset.generation) > after;
}

/** The policy lab has finished computing (a generation above `after`, if given). */
function policyComputed(after) {
  const p = document.querySelector('[data-testid="policy"]');
  return p && p.dataset.computing === 'false' && Number(p.dataset.generation) > after
    && Boolean(p.querySelector('[data-testid="comparison"]'));
}

/** The journey a visitor makes, in one engine; returns its milliseconds. */
async function journey(engine, page) {
  const shots = [];
  const shoot = async (name) => {
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `engine-${engine}-${name}.png`);
    await page.screenshot(path);
    shots.push(path);
  };
  const started = performance.now();

  // Load: the app starts and draws the default run's town map, cameras on it.
  await page.open(`${server.url}#/simulator`);
  await page.waitFor('the app heading', () => Boolean(document.querySelector('header h1')));
  await page.waitFor('the default run', runFinished, 0, RUN_TIMEOUT);
  const cameras = await page.waitFor('the map\'s cameras',
    () => document.querySelectorAll('[data-testid="town-map"] [data-testid^="camera-"]').length);
  assert.ok(cameras >= MIN_CAMERAS, `${engine}: the map shows ${cameras} cameras`);
  const map = await page.evaluate(() => {
    const size = (element) => {
      const box = element?.getBoundingClientRect();
      return box ? { width: Math.round(box.width), height: Math.round(box.height) } : null;
    };
    return {
      svg: size(document.querySelector('[data-testid="town-map"] svg.map-svg')),
      camera: size(document.querySelector('[data-testid="town-map"] [data-testid="camera-0"]')),
    };
  });
  assert.ok(map.svg?.width > 200 && map.svg?.height > 200, `${engine}: the map is drawn at a usable size (${JSON.stringify(map)})`);
  assert.ok(map.camera?.width > 0 && map.camera?.height > 0, `${engine}: a camera is drawn (${JSON.stringify(map)})`);

  // Drive to the end (a first visit arrives there already): the capture log fills and the
  // dossier names a home, whose stated circle holds the true home.
  const atEnd = await page.evaluate(() => {
    const p = document.querySelector('[data-testid="playback"]');
    return Boolean(p) && p.dataset.minute === p.dataset.endMinute && p.dataset.playing === 'false';
  });
  if (!atEnd) await page.click('[data-testid="playback"] button.secondary');
  await page.waitFor('the run played to its end', () => {
    const p = document.querySelector('[data-testid="playback"]');
    return p && p.dataset.minute === p.dataset.endMinute;
  });
  const rows = Number(await page.evaluate(
    () => document.querySelector('[data-testid="capture-log"]')?.dataset.rowCount));
  assert.ok(rows > 0, `${engine}: the capture log holds ${rows} rows`);
  const home = await page.waitFor('the dossier\'s home finding', () => {
    const finding = document.querySelector('[data-testid="finding-home"]');
    const dossier = document.querySelector('[data-testid="dossier"]');
    return finding && dossier && {
      text: finding.textContent.trim(),
      errorMeters: Number(dossier.dataset.homeErrorMeters),
      radiusMeters: Number(dossier.dataset.homeRadiusMeters),
      marker: Boolean(document.querySelector('[data-testid="marker-guessed-home"]')),
    };
  });
  assert.ok(home.text.length > 0, `${engine}: the home finding has words`);
  assert.ok(home.radiusMeters > 0 && home.errorMeters <= home.radiusMeters,
    `${engine}: home guessed ${home.errorMeters} m from the truth, outside its ${home.radiusMeters} m circle`);
  assert.ok(home.marker, `${engine}: the guessed home is marked on the map`);
  await shoot('1-dossier');

  // The analyst console: the default search returns result rows.
  await page.click('nav[aria-label="Main"] a[href="#/console"]');
  await page.waitFor('the console', () => Boolean(document.querySelector('[data-testid="console"][data-ready="true"]')),
    null, RUN_TIMEOUT);
  await page.click('[data-testid="run-search"]');
  const results = await page.waitFor('search results', () => {
    const r = document.querySelector('[data-testid="results"][data-tool]');
    return r && { tool: r.dataset.tool, count: Number(r.dataset.count), items: r.querySelectorAll('.hits li').length };
  });
  assert.ok(results.count > 0 && results.items > 0,
    `${engine}: the ${results.tool} search lists rows (${results.count} found, ${results.items} shown)`);
  await shoot('2-console');

  // The policy lab: the common set-up finds a home; New Hampshire's 3-minute rule leaves
  // neither home nor work in the "after" column.
  await page.click('nav[aria-label="Main"] a[href="#/policy"]');
  await page.waitFor('the policy comparison', policyComputed, -1, RUN_TIMEOUT);
  const beforeHome = await page.evaluate(
    () => document.querySelector('[data-testid="before-home"]')?.dataset.found);
  assert.equal(beforeHome, 'true', `${engine}: the common set-up finds a home`);
  const generation = Number(await page.evaluate(
    () => document.querySelector('[data-testid="policy"]').dataset.generation));
  const presetId = await page.evaluate(() => [...document.querySelectorAll('input[name="policy-preset"]')]
    .find((input) => document.querySelector(`label[for="${input.id}"]`)?.textContent.startsWith('New Hampshire'))?.id);
  assert.ok(presetId, `${engine}: a New Hampshire preset is offered`);
  await page.click(`label[for="${presetId}"]`);
  await page.waitFor('the New Hampshire comparison', policyComputed, generation, RUN_TIMEOUT);
  const afterPolicy = await page.evaluate(() => ({
    checked: document.querySelector('input[name="policy-preset"]:checked')?.id,
    home: document.querySelector('[data-testid="after-home"]')?.dataset.found,
    work: document.querySelector('[data-testid="after-work"]')?.dataset.found,
    homeText: document.querySelector('[data-testid="after-home"]')?.textContent,
  }));
  assert.equal(afterPolicy.checked, presetId, `${engine}: the click picked New Hampshire`);
  assert.equal(afterPolicy.home, 'false', `${engine}: no home after 3 minutes' retention`);
  assert.equal(afterPolicy.work, 'false', `${engine}: no work after 3 minutes' retention`);
  assert.match(afterPolicy.homeText, /None/);
  await shoot('3-policy');

  // Take action: the letter quotes the visitor's own run.
  await page.click('nav[aria-label="Main"] a[href="#/action"]');
  const letter = await page.waitFor('the letter', () => document.querySelector('#letter')?.textContent, null, RUN_TIMEOUT);
  assert.match(letter, /In 30 simulated days/, `${engine}: the letter names the simulated days`);
  assert.ok(letter.includes(`logged my car ${rows} time`), `${engine}: the letter quotes the log's ${rows} sightings: ${letter}`);
  assert.doesNotMatch(letter, /sample/i, `${engine}: the letter is not the sample`);
  await shoot('4-letter');
  const millis = performance.now() - started;

  // Nothing went wrong on the way, and nothing left the origin.
  const seen = await page.evaluate(() => ({
    errors: window.__plateTrailErrors ?? ['the error recorder did not load'],
    panic: Boolean(document.querySelector('#panic-panel, .panic-panel')),
    requests: [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)],
  }));
  assert.equal(seen.panic, false, `${engine}: no error panel`);
  assert.deepEqual([...new Set([...page.errors, ...seen.errors])], [], `${engine}: no page errors`);
  const requests = [...page.requests, ...seen.requests];
  assert.ok(requests.some((url) => url.endsWith('.wasm')), `${engine}: the requests are observed (the app's wasm among them)`);
  assert.deepEqual(foreignRequests(requests, server.origin), [], `${engine}: no request to another origin`);
  return millis;
}

for (const [engine, Page, binary] of [
  ['firefox', FirefoxPage, FIREFOX],
  ['webkit', WebKitPage, MINIBROWSER],
]) {
  test(`the journey in ${engine}: map, dossier, console search, policy lab, letter`, async () => {
    await access(binary).catch(() => assert.fail(`${binary} is missing: run scripts/setup.sh`));
    for (let restarts = 0; ; restarts += 1) {
      const startedAt = performance.now();
      const page = await Page.launch();
      const launchMillis = performance.now() - startedAt;
      try {
        const millis = await journey(engine, page);
        console.log(`engine_launch_ms{engine=${engine}}=${launchMillis.toFixed(0)}`);
        console.log(`engine_journey_ms{engine=${engine}}=${millis.toFixed(0)}`);
        console.log(`engine_click_retries{engine=${engine}}=${page.clickRetries}`);
        console.log(`engine_script_retries{engine=${engine}}=${page.scriptRetries}`);
        console.log(`engine_restarts{engine=${engine}}=${restarts}`);
        return;
      } catch (error) {
        if (!(error instanceof EngineUnresponsive) || restarts > 0) throw error;
        console.log(`# ${error.message}; the journey starts again in a fresh browser`);
        await withTimeout(page.screenshot(join(SCREENSHOT_DIR, `engine-${engine}-unresponsive.png`)), 10_000)
          .catch(() => {});
      } finally {
        await page.close().catch(() => {});
      }
    }
  });
}

// Firefox on a phone: the dossier's cards fit their panel. A stand-in size for the cards
// (content-visibility) once set their width too, and Firefox sized the dossier's column at
// 330 px inside a panel of about 320: each card's right edge and line ends were cut off.
test('firefox on a 390 px phone: the dossier\'s cards fit inside their panel', async () => {
  await access(FIREFOX).catch(() => assert.fail(`${FIREFOX} is missing: run scripts/setup.sh`));
  const page = await FirefoxPage.launch({ width: 390, height: 844, isMobile: true, hasTouch: true });
  try {
    await page.open(`${server.url}#/simulator`);
    await page.waitFor('the default run', runFinished, 0, RUN_TIMEOUT);
    const fit = await page.waitFor('the dossier\'s cards', () => {
      const dossier = document.querySelector('[data-testid="dossier"]');
      const cards = [...document.querySelectorAll('[data-testid="dossier"] .findings > .finding')];
      if (!dossier || cards.length === 0) return null;
      const panel = dossier.getBoundingClientRect();
      return {
        panel: [Math.round(panel.left), Math.round(panel.right)],
        cards: cards.map((card) => {
          const box = card.getBoundingClientRect();
          return [Math.round(box.left), Math.round(box.right)];
        }),
        page: document.documentElement.scrollWidth,
      };
    });
    for (const [left, right] of fit.cards) {
      assert.ok(left >= fit.panel[0] && right <= fit.panel[1], `a card at ${left}-${right} in a panel at ${fit.panel.join('-')}`);
    }
    assert.ok(fit.page <= 390, `the page is ${fit.page} px wide on a 390 px screen`);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot(join(SCREENSHOT_DIR, 'engine-firefox-phone-dossier.png'));
    assert.deepEqual(page.errors, [], 'no page errors');
  } finally {
    await page.close().catch(() => {});
  }
});

// WebKit in its narrowest window (MiniBrowser keeps 447 px however narrow it is asked to
// be): no screen scrolls sideways. A select's option text past its box once widened the
// policy lab's page by 4 px (static/style.css: `select { contain: paint }`).
test('webkit in a 447 px window: no screen scrolls sideways', async () => {
  await access(MINIBROWSER).catch(() => assert.fail(`${MINIBROWSER} is missing: run scripts/setup.sh`));
  const views = [
    ['simulator', () => true],
    ['console', () => Boolean(document.querySelector('[data-testid="console"][data-ready="true"]'))],
    ['policy', () => document.querySelector('[data-testid="after-home"]')],
    ['massachusetts', () => document.querySelector('[data-testid="massachusetts"][data-ready="true"]')],
    ['action', () => document.querySelector('#letter')?.textContent],
    ['about', () => document.querySelector('main table')],
    ['import', () => document.querySelector('[data-testid="town-files"]')],
  ];
  // As the journey: an engine that stops answering (its session lost, seen once in CI on the
  // move to the console) gets one fresh browser.
  for (let restarts = 0; ; restarts += 1) {
    const page = await WebKitPage.launch({ width: 390, height: 844 });
    try {
      await page.open(`${server.url}#/simulator`);
      await page.waitFor('the default run', runFinished, 0, RUN_TIMEOUT);
      for (const [view, ready] of views) {
        // By the address (WebKitWebDriver's click missed the scrolling nav's links in this window).
        if (view !== 'simulator') await page.evaluate((hash) => { location.hash = hash; }, `#/${view}`);
        await page.waitFor(`the ${view} view`, ready, null, RUN_TIMEOUT);
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const width = await page.evaluate(() => ({
          window: document.documentElement.clientWidth,
          page: document.documentElement.scrollWidth,
        }));
        assert.ok(width.window <= 460, `the window is ${width.window} px wide`);
        assert.equal(width.page, width.window, `webkit: the ${view} view is ${width.page} px wide in a ${width.window} px window`);
      }
      assert.deepEqual(await page.evaluate(() => window.__plateTrailErrors ?? ['the error recorder did not load']), [], 'no page errors');
      return;
    } catch (error) {
      if (!(error instanceof EngineUnresponsive) || restarts > 0) throw error;
      console.log(`# ${error.message}; the narrow window's check starts again in a fresh browser`);
    } finally {
      await page.close().catch(() => {});
    }
  }
});

// Firefox on paper: the dossier's title is never left at the foot of a page with its cards
// on the next. Firefox ignores `break-after: avoid`; static/print.css gives each heading an
// unseen height below it that cannot be split from it (before, Letter and A4 ended page 1
// with the title and a line of its introduction: 143 and 335 characters of the page after it).
test('firefox prints the dossier\'s title on the page of its first cards', async () => {
  await access(FIREFOX).catch(() => assert.fail(`${FIREFOX} is missing: run scripts/setup.sh`));
  const page = await FirefoxPage.launch();
  try {
    await page.open(`${server.url}#/simulator`);
    await page.waitFor('the default run', runFinished, 0, RUN_TIMEOUT);
    await page.waitFor('the dossier\'s cards', () => document.querySelectorAll('[data-testid="dossier"] .findings > .finding').length > 0
      && !document.querySelector('[data-testid="dossier-searching"]'), null, RUN_TIMEOUT);
    const title = 'The dossier: what they figured out';
    const firstCard = await page.evaluate(() => document.querySelector('[data-testid="dossier"] .findings > .finding h4').textContent.trim());
    for (const format of ['Letter', 'A4']) {
      const pdf = await page.page.pdf({ format });
      const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
      let found = null;
      for (let number = 1; number <= document.numPages && !found; number += 1) {
        const text = (await (await document.getPage(number)).getTextContent()).items.map((item) => item.str).join(' ');
        if (text.includes(title)) found = { number, after: text.slice(text.indexOf(title)) };
      }
      assert.ok(found, `the ${format} print has the dossier's title`);
      console.log(`firefox_dossier_title_page{paper=${format}}=${found.number} (characters after it on its page: ${found.after.length})`);
      assert.ok(found.after.replace(/\s+/g, ' ').includes(firstCard.replace(/\s+/g, ' ')),
        `on ${format}, the dossier's first card ("${firstCard}") prints on the title's page ${found.number}`);
    }
    assert.deepEqual(page.errors, [], 'no page errors');
  } finally {
    await page.close().catch(() => {});
  }
});
