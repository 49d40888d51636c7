// The simulator journey in a real browser, as a visitor makes it: pick a ready-made life,
// drive 30 days, watch the capture log fill, read the dossier (its home guess must be near
// the true home), then move home by keyboard and by click and see the dossier follow. Also:
// reduced motion, a saved scenario surviving a reload, a bad saved value, no foreign
// requests, axe; the town-wide work in a Web Worker, with its progress, and the fallback on
// the page where no worker starts. Prints time_to_first_map_ms=, run_ms=,
// parameter_change_ms=, town_wide_ms= and longest_task_ms= (the visitor's: tasks that overlap
// no screenshot's capture; with longest_task_step=, the journey's step that task followed,
// and longest_task_start_ms=; longest_task_with_screenshots_ms= counts the captures too), and
// idle_worker_wasm_memory_bytes= (what the worker kept between runs holds).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests,
  seriousAxeViolations, screenshot, recordLongTasks, longestTask, longestTaskMillis, journeyStep, performanceEntry,
  waitForRun, setDaysAndWait, skipToEnd, RUN_TIMEOUT,
  untilRequestsStop, withSkippedPartsDrawn, waitForLongText,
} from './support.mjs';

// A home guess further than this from the true home fails the journey, in meters (the
// town is about 4 km across; a guess within a kilometre names the neighbourhood).
const HOME_NEAR_METERS = 1000;

const session = useServerAndBrowser();

/** Meters between two "lon,lat" strings (equirectangular, fine at town scale). */
function metersBetween(a, b) {
  const [lon1, lat1] = a.split(',').map(Number);
  const [lon2, lat2] = b.split(',').map(Number);
  const k = 111_195;
  const x = (lon2 - lon1) * k * Math.cos(((lat1 + lat2) / 2) * Math.PI / 180);
  const y = (lat2 - lat1) * k;
  return Math.hypot(x, y);
}

/** The dossier followed a move of home: its guess moved, towards the new true home. */
function assertFollowed(guessBefore, guessAfter, trueHome, how) {
  assert.ok(guessBefore && guessAfter, `the dossier guesses a home before and after the ${how} move`);
  const before = metersBetween(guessBefore, trueHome);
  const after = metersBetween(guessAfter, trueHome);
  console.log(`home_error_after_${how}_move_meters=${after.toFixed(0)}`);
  assert.ok(after < before, `after the ${how} move the guess is nearer the new home (${after.toFixed(0)} m, was ${before.toFixed(0)} m)`);
  assert.ok(after <= 2 * HOME_NEAR_METERS, `the guess is in the new home's part of town (${after.toFixed(0)} m)`);
}

async function homeErrorMeters(page) {
  const value = await page.getAttribute('[data-testid="dossier"]', 'data-home-error-meters');
  assert.ok(value !== null, 'the dossier names a home');
  return Number(value);
}


test('the full journey: persona, 30 days, log, dossier, move home by keyboard and click', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await recordLongTasks(page);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  let generation = await waitForRun(page);
  await page.getByTestId('town-map').waitFor();
  const firstMap = await performanceEntry(page, 'plate-trail:first-map');
  assert.ok(firstMap > 0, 'the first map is marked');
  console.log(`time_to_first_map_ms=${firstMap.toFixed(0)}`);
  await screenshot(page, 'simulator-01-town');

  // Pick a persona.
  await journeyStep(page, 'persona');
  await page.getByLabel('A ready-made life').selectOption({ index: 1 });
  generation = await waitForRun(page, generation);
  assert.equal(await page.getByLabel('Days to simulate').inputValue(), '30');
  await screenshot(page, 'simulator-02-persona');

  // Drive: the log starts filling while the days go by.
  await journeyStep(page, 'drive');
  await page.getByTestId('drive').click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-testid="capture-log"]')?.dataset.rowCount) > 0,
    null,
    { timeout: 30_000 },
  );
  await screenshot(page, 'simulator-03-driving');
  await journeyStep(page, 'skip-to-end');
  // By keyboard: Enter on Skip to the end disables it, and the focus moves to the main
  // button (now "Watch the 30 days again"), not to the page's start.
  await page.getByRole('button', { name: 'Skip to the end' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => {
    const p = document.querySelector('[data-testid="playback"]');
    return p && p.dataset.minute === p.dataset.endMinute;
  });
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid ?? document.activeElement?.tagName), 'drive',
    'the focus stays in the story, on the main button');
  await skipToEnd(page);
  const rows = Number(await page.getAttribute('[data-testid="capture-log"]', 'data-row-count'));
  assert.ok(rows >= 20, `30 days give many rows (${rows})`);
  assert.match(await page.getByTestId('log-count').textContent(), new RegExp(`${rows} rows`));
  // The log's rows are drawn in steps (a screenful first), until every row up to 300 is.
  await page.waitForFunction((expected) => document.querySelectorAll('[data-testid="capture-log"] tbody tr').length === expected,
    Math.min(rows, 300));

  // The dossier: a home guess whose stated circle holds the true home. With 20 cameras
  // the guess can be kilometres off (`cargo run --example evaluate` measures how often);
  // what the visitor relies on is that the circle drawn says so.
  await page.getByTestId('finding-home').waitFor();
  const error = await homeErrorMeters(page);
  const radius = Number(await page.getAttribute('[data-testid="dossier"]', 'data-home-radius-meters'));
  console.log(`home_error_meters=${error}`);
  console.log(`home_radius_meters=${radius}`);
  console.log(`run_ms=${await page.getAttribute('[data-testid="simulator"]', 'data-run-millis')}`);
  assert.ok(radius > 0 && error <= radius, `home guessed ${error} m from the truth, outside its ${radius} m circle`);
  await page.getByTestId('marker-guessed-home').waitFor();
  // A 30-day run ends on Day 30 (at 24:00), never on a Day 31.
  const clock = await page.locator('[data-testid="playback"] .clock').textContent();
  assert.match(clock, /^Day 30, /, `the end of the run is Day 30: ${clock}`);
  // Confidence is defined once, above the cards, and every judged card says Right or Wrong
  // in words, matching its data-right; home is judged by its circle.
  assert.equal(await page.getByTestId('confidence-defined').count(), 1);
  assert.match(await page.getByTestId('confidence-defined').textContent(), /^Confidence: .*regularity/);
  // The headline at the top says the town is made up, and so does the map, in words and in
  // its accessible name.
  assert.match(await page.locator('[data-testid="headline"] strong').textContent(), /^Cameras in this fictional town read your plate \d+ times in 30 days\.$/);
  assert.match(await page.getByTestId('fictional-town').textContent(), /is a fictional town/);
  assert.match(await page.locator('[data-testid="simulator"] [aria-label^="Map of"]').first().getAttribute('aria-label'), /a fictional town$/);
  assert.equal(await page.getAttribute('[data-testid="finding-home"]', 'data-right'), String(error <= radius));
  const cards = await page.$$eval('.finding', (items) => items.map((i) => ({
    kind: i.dataset.testid,
    right: i.dataset.right ?? null,
    label: i.querySelector('[data-testid="verdict"]')?.textContent ?? null,
  })));
  for (const card of cards) {
    if (card.right === null) continue;
    assert.match(card.label, card.right === 'true' ? /^Right(, but vague)?$/ : /^Wrong$/, JSON.stringify(card));
  }
  // A right home circle wider than a street or two (500 m) is called vague, not plainly right.
  const home = cards.find((card) => card.kind === 'finding-home');
  if (home.right === 'true') assert.equal(home.label, radius > 500 ? 'Right, but vague' : 'Right', JSON.stringify({ home, radius }));
  const routine = page.getByTestId('finding-routine');
  if (await routine.count()) {
    assert.ok(['true', 'false'].includes(await routine.getAttribute('data-right')), 'the routine is judged');
    // The routine's score is its regularity, never labelled a confidence.
    assert.match(await routine.locator('.confidence label').textContent(), /^Regularity: \d+%$/);
  }
  // The prediction is judged against what the car did the week after the run.
  const prediction = page.getByTestId('finding-prediction');
  if (await prediction.count()) {
    assert.match(await prediction.locator('.truth').textContent(), /It came true|Not that time/);
  }
  await screenshot(page, 'simulator-04-dossier');

  // The uniqueness chart arrives after the dossier, from the town-wide worker.
  await page.getByTestId('uniqueness-sentence').waitFor({ timeout: RUN_TIMEOUT });
  const townWide = await performanceEntry(page, 'plate-trail:uniqueness');
  console.log(`town_wide_ms=${townWide.toFixed(0)}`);
  await screenshot(page, 'simulator-05-uniqueness');

  // The log sorts and filters.
  await journeyStep(page, 'sort-and-filter');
  await page.getByRole('button', { name: /Camera/ }).click();
  const firstCamera = await page.locator('[data-testid="capture-log"] tbody tr td:nth-child(2)').first().textContent();
  await page.getByLabel('Filter rows').fill(firstCamera);
  const shown = Number(await page.getAttribute('[data-testid="capture-log"]', 'data-shown-count'));
  assert.ok(shown > 0 && shown <= rows, `filtering by ${firstCamera} keeps ${shown} of ${rows}`);
  await page.getByLabel('Filter rows').fill('');

  // Move home by keyboard: "Move home" gives the map the focus; arrows, Enter.
  const homeBefore = await page.getAttribute('[data-testid="simulator"]', 'data-true-home');
  const guessBefore = await page.getAttribute('[data-testid="simulator"]', 'data-home-guess');
  await journeyStep(page, 'move-home-keyboard');
  // The town's drawing stays the same elements when the map starts picking (a crosshair
  // comes): Yew matches children from the last one back, and an added last child once made
  // it replace the whole town and every marker.
  const townDrawing = await page.evaluateHandle(() => document.querySelector('.map-svg .town'));
  await page.getByTestId('move-home').click();
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'town-map');
  assert.ok(await page.evaluate((town) => town === document.querySelector('.map-svg .town'), townDrawing),
    'starting to pick a home keeps the town drawn, not drawn again');
  for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Enter']) await page.keyboard.press(key);
  generation = await waitForRun(page, generation);
  const homeByKeyboard = await page.getAttribute('[data-testid="simulator"]', 'data-true-home');
  assert.ok(metersBetween(homeBefore, homeByKeyboard) > 100, 'the keyboard moved home');
  const changeMillis = await performanceEntry(page, 'plate-trail:parameter-change');
  assert.ok(changeMillis > 0, 'the change is measured');
  console.log(`parameter_change_ms=${changeMillis.toFixed(0)}`);
  const guessAfterKeyboard = await page.getAttribute('[data-testid="simulator"]', 'data-home-guess');
  assertFollowed(guessBefore, guessAfterKeyboard, homeByKeyboard, 'keyboard');
  await screenshot(page, 'simulator-06-home-by-keyboard');

  // Move home by click (a tap works the same way), after "Move home".
  const box = await page.locator('.map-svg').boundingBox();
  const at = { position: { x: box.width * 0.3, y: box.height * 0.35 } };
  await journeyStep(page, 'move-home-click');
  await page.getByTestId('move-home').click();
  await page.locator('.map-svg').click(at);
  await waitForRun(page, generation);
  const homeByClick = await page.getAttribute('[data-testid="simulator"]', 'data-true-home');
  assert.ok(metersBetween(homeByKeyboard, homeByClick) > 100, 'the click moved home');
  const guessAfterClick = await page.getAttribute('[data-testid="simulator"]', 'data-home-guess');
  assertFollowed(guessAfterKeyboard, guessAfterClick, homeByClick, 'click');
  await screenshot(page, 'simulator-07-home-by-click');

  // The visitor's longest task: the screenshots' captures are the harness's work, left out
  // (a task overlapping one is not counted) and printed beside it with them in.
  const longest = await longestTask(page, 0, { outsideScreenshots: true });
  console.log(`longest_task_ms=${longest.millis.toFixed(0)}`);
  console.log(`longest_task_step=${longest.step}`);
  console.log(`longest_task_start_ms=${longest.startMillis.toFixed(0)}`);
  const withScreenshots = await longestTask(page);
  console.log(`longest_task_with_screenshots_ms=${withScreenshots.millis.toFixed(0)}`);
  console.log(`longest_task_with_screenshots_step=${withScreenshots.step}`);
  // The same after the first map (the page's start excluded): the changes' own tasks.
  const afterStart = await longestTaskMillis(page, firstMap, { outsideScreenshots: true });
  console.log(`longest_task_after_first_map_ms=${afterStart.toFixed(0)}`);
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe on the finished simulator');
  await untilRequestsStop(page, requests);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('reduced motion gets the result without the animation', async () => {
  const { page, errors } = await openRecordedPage(session.browser, { reducedMotion: 'reduce' });
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  await page.getByTestId('drive').click();
  const playback = page.getByTestId('playback');
  assert.equal(await playback.getAttribute('data-minute'), await playback.getAttribute('data-end-minute'));
  assert.equal(await playback.getAttribute('data-playing'), 'false');
  await page.getByTestId('finding-home').waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('the visitor\'s scenario survives a reload; a bad saved one falls back with a note', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  const generation = await waitForRun(page);
  await setDaysAndWait(page, 12, generation);
  await page.reload();
  await waitForApp(page);
  await waitForRun(page);
  assert.equal(await page.getByLabel('Days to simulate').inputValue(), '12');
  assert.equal(await page.getByTestId('saved-note').count(), 0);

  await page.evaluate(() => localStorage.setItem('plate-trail.scenario.v1', '{"seed":"not a number"'));
  // The address now carries the run (a reload would reopen it as a link): open the app.
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await page.getByTestId('saved-note').waitFor();
  assert.match(await page.getByTestId('saved-note').textContent(), /could not be read/);
  await waitForRun(page);
  assert.equal(await page.getByLabel('Days to simulate').inputValue(), '30');
  await screenshot(page, 'simulator-08-bad-saved-scenario');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('absurd days, seeds and hours at work are answered with a message beside the field, and the run goes on', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  let generation = await waitForRun(page);
  const days = page.getByLabel('Days to simulate');

  // Too many days: the longest run is used, and the field says so.
  await days.fill('100000');
  await days.blur();
  await page.getByTestId('days-problem').waitFor();
  assert.match(await page.getByTestId('days-problem').textContent(), /from 1 to 90 days, so 90/);
  assert.equal(await days.inputValue(), '90');
  generation = await waitForRun(page, generation);

  // An empty field: the run keeps its days.
  await days.fill('');
  await days.blur();
  await page.getByTestId('days-problem').waitFor();
  assert.match(await page.getByTestId('days-problem').textContent(), /whole number of days.*keeps its 90 days/);
  assert.equal(await days.inputValue(), '90');

  // A good value clears the message.
  await days.fill('14');
  await days.blur();
  generation = await waitForRun(page, generation);
  assert.equal(await page.getByTestId('days-problem').count(), 0);

  // So does the run's own value, typed after a refused one (the field then showed it, so
  // the browser sent no change, and the message stayed).
  await days.fill('1e9');
  await days.press('Enter');
  await page.getByTestId('days-problem').waitFor();
  assert.match(await page.getByTestId('days-problem').textContent(), /keeps its 14 days/);
  assert.equal(await days.inputValue(), '14');
  await days.fill('14');
  await days.press('Enter');
  await page.waitForFunction(() => !document.querySelector('[data-testid="days-problem"]'));

  // A seed that is not a number keeps the seed; the seed typed again clears the message.
  const seed = page.getByLabel('Seed');
  const before = await seed.inputValue();
  await seed.fill('');
  await seed.blur();
  await page.getByTestId('seed-problem').waitFor();
  assert.equal(await seed.inputValue(), before);
  await seed.fill(before);
  await seed.press('Enter');
  await page.waitForFunction(() => !document.querySelector('[data-testid="seed-problem"]'));

  // Hours at work past the longest shift: 16 hours are simulated, and the field says so
  // (it used to clamp without a word); a number in range clears the message.
  const hours = page.getByLabel('Hours at work');
  await hours.fill('40');
  await hours.blur();
  await page.getByTestId('shift-hours-problem').waitFor();
  assert.match(await page.getByTestId('shift-hours-problem').textContent(), /from 0\.5 to 16, so 16 hours are simulated/);
  assert.equal(await hours.inputValue(), '16');
  assert.equal(await hours.getAttribute('aria-invalid'), 'true');
  await hours.fill('8');
  await hours.blur();
  await page.waitForFunction(() => !document.querySelector('[data-testid="shift-hours-problem"]'));
  // The longest shift typed after it was used for 40: the same value the field shows.
  await hours.fill('40');
  await hours.press('Enter');
  await page.getByTestId('shift-hours-problem').waitFor();
  await hours.fill('16');
  await hours.press('Enter');
  await page.waitForFunction(() => !document.querySelector('[data-testid="shift-hours-problem"]'));
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a seed still being typed is kept while a run finishes, and runs once committed', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  let generation = await waitForRun(page);

  // Another life starts a run; the visitor types a seed while it runs and has not pressed
  // Enter yet. The run and the town-wide work finishing must not put the old seed back.
  await page.getByLabel('A ready-made life').selectOption({ index: 2 });
  const seed = page.getByLabel('Seed', { exact: true });
  await seed.fill('11');
  generation = await waitForRun(page, generation);
  await page.getByTestId('uniqueness-sentence').waitFor({ timeout: RUN_TIMEOUT });
  assert.equal(await seed.inputValue(), '11', 'the typing survived the run finishing');

  await seed.press('Enter');
  await seed.blur();
  await waitForRun(page, generation);
  assert.match(page.url(), /[?&]seed=11&/, 'the committed seed is the run\'s');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('every ready-made life, and a regular stop added by keyboard', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  let generation = await waitForRun(page);

  // Each persona is a whole week: a workplace, regular stops, some of them sensitive.
  const persona = page.getByLabel('A ready-made life');
  const lives = await persona.locator('option').allTextContents();
  assert.ok(lives.length >= 5, `at least five lives (${lives.length})`);
  // "Your life" and the link to Your own town stay mounted through every new run (the
  // very elements, so nothing a visitor left in them is lost, and no redraw is paid).
  await page.evaluate(() => {
    window.__plateTrailSide = [...document.querySelectorAll('.sim-side > *')];
  });
  const namedStops = new Set();
  for (const [index, life] of lives.entries()) {
    await persona.selectOption({ index });
    generation = await waitForRun(page, generation);
    const stops = await page.getByTestId('plan-stop').count();
    assert.ok(stops >= 4, `${life}: ${stops} regular stops in the plan`);
    // The list names a life briefly (a long name was cut off in the closed list); the line
    // under it names the life's sensitive stops.
    const sensitive = (await page.getByTestId('persona-stops').textContent()).trim();
    assert.match(sensitive, /^Sensitive stops in this life: \S/, `${life}: ${sensitive}`);
    namedStops.add(sensitive);
    await screenshot(page, `simulator-20-life-${index + 1}`);
  }
  assert.equal(namedStops.size, lives.length, 'each life names its own sensitive stops');
  assert.deepEqual(await page.evaluate(() => window.__plateTrailSide.map((e) => `${e.className}:${e.isConnected}`)),
    ['panel controls:true', 'panel import-link:true']);
  for (const life of [/night shifts/, /school run/, /Day laborer/, /union organizer/, /Student/]) {
    assert.ok(lives.some((l) => life.test(l)), `a life matching ${life}`);
  }
  const stopsBefore = await page.getByTestId('plan-stop').count();

  // Add a stop with the keyboard only: type-ahead in the place list, Space on the days,
  // Enter on the button. An absurd stay is refused with a message first.
  await page.getByLabel('Place of the new stop').focus();
  await page.keyboard.type('Millbrook Hindu');
  await page.waitForFunction(
    () => document.querySelector('#stop-purpose')?.selectedOptions[0]?.textContent === 'Weekly worship',
  );
  const days = page.locator('.add-stop');
  for (const day of ['Wed', 'Sun']) {
    await days.getByRole('checkbox', { name: day }).focus();
    await page.keyboard.press('Space');
  }
  await page.getByLabel('Stay (minutes)').fill('99999');
  // A render while the visitor types keeps their typing (in a visit: the town-wide worker's
  // progress, or a run finishing). Here the log's sort, clicked from a script so the focus
  // stays in the field. Yew puts a field's old value back on a render, and then leaving the
  // field changed nothing: the stop was added with the old stay, and no message came.
  const kept = await page.evaluate(() => new Promise((resolve) => {
    const field = document.activeElement;
    document.querySelector('.capture-log .sort-button').click();
    setTimeout(() => resolve({ value: field.value, focused: document.activeElement === field }), 0);
  }));
  assert.deepEqual(kept, { value: '99999', focused: true }, 'the typing survives a render');
  await page.keyboard.press('Tab');
  await page.getByTestId('add-stop').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('stop-problem').waitFor();
  assert.match(await page.getByTestId('stop-problem').textContent(), /5 minutes to 72 hours/);
  await page.getByLabel('Stay (minutes)').fill('75');
  await page.keyboard.press('Tab');
  await page.getByTestId('add-stop').focus();
  await page.keyboard.press('Enter');
  generation = await waitForRun(page, generation);
  assert.equal(await page.getByTestId('plan-stop').count(), stopsBefore + 1);
  const added = await page.getByTestId('plan-stop').last().textContent();
  assert.match(added, /Weekly worship at Millbrook Hindu Temple: Wed, Sun, 6:00\sPM for 1\sh\s15\smin/);
  await screenshot(page, 'simulator-21-stop-added');

  // After the drive the stop is on the map (and in its text alternative); the dossier
  // names the temple only if cameras caught the car near it, which depends on the town.
  await skipToEnd(page);
  await page.getByTestId('finding-home').waitFor();
  const mapText = await page.getByTestId('map-text').textContent();
  assert.match(mapText, /Your regular stop: weekly worship/);
  // Each pin and camera says where it is, by the town's nearest named place.
  const where = String.raw`(at [^,]+|[\d.,]+\s(m|km) (north|south|east|west|north-east|north-west|south-east|south-west) of [^,]+)`;
  assert.match(mapText, new RegExp(String.raw`Your home \(true\), ${where}`));
  assert.match(mapText, new RegExp(String.raw`Your regular stop: weekly worship[^,]*, ${where}`));
  assert.match(mapText, new RegExp(String.raw`, ${where}, faces (north|south|east|west)bound traffic`));
  const inDossier = /Millbrook Hindu Temple/.test(await page.getByTestId('dossier').textContent());
  console.log(`added_stop_in_dossier=${inDossier}`);
  await screenshot(page, 'simulator-22-stop-after-the-drive');

  // And it can be removed again, by keyboard.
  await page.getByRole('button', { name: 'Remove the weekly worship at Millbrook Hindu Temple' }).focus();
  await page.keyboard.press('Enter');
  await waitForRun(page, generation);
  assert.equal(await page.getByTestId('plan-stop').count(), stopsBefore);
  assert.deepEqual(await seriousAxeViolations(page), [], 'axe with the stop editor');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a new stop\'s place picked on the map, by a tap or Enter, takes a phone back to the stop\'s form', async () => {
  const { page, errors } = await openRecordedPage(session.browser,
    { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, reducedMotion: 'reduce' });
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  /** Whether the element is wholly on the screen. */
  const onScreen = (selector) => page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect();
    return box.top >= -1 && box.bottom <= innerHeight + 1;
  });
  for (const how of ['tap', 'Enter']) {
    await page.getByTestId('pick-stop-on-map').tap();
    await page.waitForSelector('[data-testid="pick-bar"].is-placing');
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'town-map');
    assert.equal(await onScreen('[data-testid="add-stop"]'), false, 'the form is out of sight while the place is picked');
    if (how === 'tap') {
      const map = await page.locator('[data-testid="town-map"] .map-svg').boundingBox();
      await page.touchscreen.tap(map.x + map.width * 0.4, map.y + map.height * 0.6);
    } else {
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('[data-testid="pick-bar"]:not(.is-placing)');
    // Back at the form: the focus on the button that started picking, the place chosen in
    // its list above it, the form on the screen from its heading to "Add the stop".
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'pick-stop-on-map');
    assert.notEqual(await page.locator('#stop-place').inputValue(), '', `${how}: a place chosen`);
    for (const selector of ['#add-stop-title', '#stop-place', '[data-testid="pick-stop-on-map"]', '[data-testid="add-stop"]']) {
      assert.ok(await onScreen(selector), `${how}: ${selector} on the screen`);
    }
    await screenshot(page, `simulator-23-stop-picked-by-${how === 'tap' ? 'tap' : 'enter'}`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a stop with a bad stay is refused with its message at every click, each said anew', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  const stopsBefore = await page.getByTestId('plan-stop').count();
  await page.getByLabel('Place of the new stop').selectOption({ index: 1 });
  await page.locator('.add-stop').getByRole('checkbox', { name: 'Mon' }).check();
  const stay = page.getByLabel('Stay (minutes)');
  const add = page.getByTestId('add-stop');
  const problem = page.getByTestId('stop-problem');
  // Each try, by mouse: the field's change (as the press leaves it) and the press itself.
  // The message said again is a new alert, so a screen reader reads it again.
  for (const typed of ['-1', '999999', '4', '4']) {
    await page.evaluate(() => {
      const p = document.querySelector('[data-testid="stop-problem"]');
      if (p) p.dataset.seen = 'yes';
    });
    await stay.fill(typed);
    await add.click();
    await page.waitForFunction(() => {
      const p = document.querySelector('[data-testid="stop-problem"]');
      return p && !p.dataset.seen;
    });
    assert.match(await problem.textContent(), /5 minutes to 72 hours/, `stay ${typed}`);
    assert.equal(await page.getByTestId('plan-stop').count(), stopsBefore, `stay ${typed}`);
  }
  await stay.fill('45');
  await add.click();
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="plan-stop"]').length === n + 1, stopsBefore);
  assert.equal(await problem.count(), 0);
  // Without a place, the message names the button that picks one on the map.
  await page.locator('.add-stop').getByRole('checkbox', { name: 'Tue' }).check();
  await add.click();
  assert.match(await problem.textContent(), /“Pick the place on the map”/);
  assert.equal(await page.getByTestId('pick-stop-on-map').textContent(), 'Pick the place on the map');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('a life with no workdays: no workplace to find, and the headline claims none', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  let generation = await waitForRun(page);
  const ticked = page.getByRole('group', { name: 'Workdays' }).getByRole('checkbox', { checked: true });
  while (await ticked.count()) {
    await ticked.first().uncheck();
    generation = await waitForRun(page, generation);
  }
  await skipToEnd(page);
  await page.getByTestId('finding-routine').waitFor();
  assert.match(await page.getByTestId('finding-routine').textContent(), /You don't drive to work in this life/);
  // The analyst still names a workplace (the regular daytime stays): a wrong guess.
  const work = page.getByTestId('finding-work');
  assert.match(await work.textContent(), /so there is no workplace to find/);
  assert.equal(await work.getAttribute('data-right'), 'false');
  await page.waitForFunction(() => document.querySelector('[data-testid="headline"]')?.dataset.ready === 'true');
  assert.doesNotMatch(await page.getByTestId('headline').textContent(), /your work/);
  assert.equal(await page.getAttribute('[data-testid="dossier"]', 'data-work-error-meters'), null);
  await screenshot(page, 'simulator-23-no-workdays');
  assert.deepEqual(errors, []);
  await page.context().close();
});

/** Records the most town-wide steps the progress bar showed, from the first script on. */
async function recordTownWorkProgress(page) {
  await page.addInitScript(() => {
    window.__plateTrailStepsSeen = 0;
    new MutationObserver(() => {
      const bar = document.querySelector('[data-testid="uniqueness-progress"]');
      if (bar) window.__plateTrailStepsSeen = Math.max(window.__plateTrailStepsSeen, Number(bar.dataset.done));
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

test('the town-wide work runs in a Web Worker with visible progress, and the dossier gains the associates', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  const workers = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await recordTownWorkProgress(page);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  const generation = await waitForRun(page);
  // The visitor's own run is on screen while the town is still being worked on.
  await page.getByTestId('uniqueness-progress').waitFor();
  assert.equal(await page.getAttribute('[data-testid="uniqueness"]', 'data-work-thread'), 'worker');
  await screenshot(page, 'simulator-09-town-wide-progress');
  await page.getByTestId('uniqueness-sentence').waitFor({ timeout: RUN_TIMEOUT });
  assert.ok(workers.some((url) => url.endsWith('/worker.js')), `a worker ran worker.js (${workers})`);
  assert.ok(await page.evaluate(() => window.__plateTrailStepsSeen) >= 1, 'the progress bar moved');
  assert.equal(await page.getByTestId('town-work-on-page').count(), 0, 'no fallback note');
  // The next run's town month goes to the same worker, idle since it answered: a new worker
  // would fetch, compile and optimise its module again while the page draws the run.
  await setDaysAndWait(page, 12, generation);
  await page.waitForFunction(() => performance.getEntriesByName('plate-trail:uniqueness').length >= 2,
    null, { timeout: RUN_TIMEOUT });
  assert.equal(workers.length, 1, `one worker for two runs (${workers})`);
  // What the idle worker holds between runs: its wasm memory, which never shrinks, so the
  // largest run's (the town month and its index), kept for the page's life.
  const [worker] = page.workers();
  const idleBytes = await worker.evaluate(() => wasm_bindgen.initSync().memory.buffer.byteLength);
  console.log(`idle_worker_wasm_memory_bytes=${idleBytes}`);
  assert.ok(idleBytes > 0, 'the idle worker still holds its module');
  await skipToEnd(page);
  await page.getByTestId('finding-home').waitFor();
  assert.equal(await page.getByTestId('dossier-searching').count(), 0, 'the associates search finished');
  await untilRequestsStop(page, requests);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('without Web Workers the town-wide work runs on the page, with a note, never a blank chart', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  // An old browser: no Worker constructor at all.
  await page.addInitScript(() => { delete window.Worker; });
  await recordLongTasks(page);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await waitForRun(page);
  await page.getByTestId('town-work-on-page').waitFor();
  assert.equal(await page.getAttribute('[data-testid="uniqueness"]', 'data-work-thread'), 'page');
  await page.getByTestId('uniqueness-sentence').waitFor({ timeout: RUN_TIMEOUT });
  // The town's month ran on the page in slices (about 12 ms of work each; 50 ms is the
  // target for a whole task). Done in one go it was a single task of 1 to 2 seconds.
  const started = await performanceEntry(page, 'plate-trail:uniqueness-start');
  const longest = await longestTaskMillis(page, started ?? 0);
  console.log(`no_worker_longest_task_ms=${longest.toFixed(0)}`);
  console.log(`no_worker_town_wide_ms=${(await performanceEntry(page, 'plate-trail:uniqueness'))?.toFixed(0)}`);
  assert.ok(longest < 400, `the page never froze while the town worked (longest task ${longest} ms)`);
  await skipToEnd(page);
  await page.getByTestId('finding-home').waitFor();
  await screenshot(page, 'simulator-10-town-wide-on-page');
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  assert.deepEqual(errors, []);
  await page.context().close();
});

/**
 * Every text style (font, size in px, weight) the page lays out in the parts `selector`
 * matches, SVG text left out (its size follows the drawing's scale), skipped parts included.
 */
function textStyles(page, selector) {
  return withSkippedPartsDrawn(page, () => page.evaluate((selector) => {
    const styles = new Set();
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!node.textContent.trim() || element.closest('svg')) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || !element.getClientRects().length) continue;
        styles.add(`${style.fontFamily.split(',')[0]} ${parseFloat(style.fontSize).toFixed(2)}px ${style.fontWeight}`);
      }
    }
    return [...styles].sort();
  }, selector));
}

test('the text keeps to the type scale: six sizes beside the body\'s, two weights', async () => {
  // On Linux, Chromium asks its font service about each font, size and weight the page lays
  // out first, and the page waits for the answer inside that layout: with the browser busy
  // those waits took 15 to 60 ms inside the frames that drew the first result (issue 11).
  // So static/style.css keeps to a scale; a size or weight outside it shows here.
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/simulator`);
  await waitForApp(page);
  await page.getByTestId('uniqueness-sentence').waitFor({ timeout: RUN_TIMEOUT });
  const scale = await page.evaluate(() => {
    const root = getComputedStyle(document.documentElement);
    const rem = parseFloat(root.fontSize);
    return ['--size-cite', '--size-small', '--size-note', '--size-large', '--size-heading', '--size-title']
      .map((name) => parseFloat(root.getPropertyValue(name)) * rem)
      .concat([rem])
      .map((px) => `${px.toFixed(2)}px`);
  });
  assert.equal(new Set(scale).size, 7, `the scale's seven sizes: ${scale}`);
  const used = new Set(await textStyles(page, '#app'));
  for (const view of ['FAQ', 'About', 'References']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: view }).click();
    await page.getByRole('heading', { level: 2, name: view }).waitFor();
    await waitForLongText(page);
    for (const style of await textStyles(page, '#app')) used.add(style);
  }
  const outside = [...used].filter((style) => {
    const [, size, weight] = style.split(' ');
    return !scale.includes(size) || !['400', '700'].includes(weight);
  });
  console.log(`text_styles=${used.size} text_styles_outside_scale=${outside.length}`);
  assert.deepEqual(outside, [], 'every text of the simulator, the FAQ, About and References keeps to the scale');
  assert.deepEqual(errors, []);
  await page.context().close();
});
