// The app shell in a real browser: it renders, navigates, stays on its own origin, passes
// axe, and shows a readable error panel when Rust panics.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests,
  seriousAxeViolations, screenshot,
  waitForLongText, untilRequestsStop,
} from './support.mjs';

const session = useServerAndBrowser();

test('renders the heading, navigation and footer with no console errors', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(session.server.url);
  await waitForApp(page);
  assert.equal(await page.locator('header h1').textContent(), 'Plate Trail');
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const label of ['Simulator', 'Analyst console', 'Policy lab', 'FAQ', 'References', 'Take action', 'Teach', 'About']) {
    assert.equal(await nav.getByRole('link', { name: label }).count(), 1, `nav link ${label}`);
  }
  const footer = await page.locator('footer').textContent();
  assert.match(footer, /AGPL/, 'footer names the licence');
  assert.match(footer, /OpenStreetMap contributors/, 'footer carries the data attribution');
  await screenshot(page, 'shell-simulator');
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('navigation switches views and follows the back button', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(session.server.url);
  await waitForApp(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'FAQ' }).click();
  await page.getByRole('heading', { level: 2, name: 'FAQ' }).waitFor();
  assert.equal(await nav.getByRole('link', { name: 'FAQ' }).getAttribute('aria-current'), 'page');
  await nav.getByRole('link', { name: 'About' }).click();
  await page.getByRole('heading', { level: 2, name: 'About' }).waitFor();
  await screenshot(page, 'shell-about');
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'FAQ' }).waitFor();
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('an address naming no page shows the simulator and says so, until a view is chosen', async () => {
  const { page, errors } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}#/letter`);
  await waitForApp(page);
  const note = page.getByTestId('unknown-page');
  assert.equal(await note.textContent(), 'Plate Trail has no page at “#/letter”, so the simulator is shown.');
  assert.equal(await note.getAttribute('role'), 'status');
  await page.getByTestId('simulator').waitFor();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'FAQ' }).click();
  await page.getByRole('heading', { level: 2, name: 'FAQ' }).waitFor();
  assert.equal(await note.count(), 0, 'gone once a view is chosen');
  // A view's own sub-address is no unknown page.
  await page.goto(`${session.server.url}#/references/wyden-ftc-2025`);
  await page.getByRole('heading', { level: 2, name: 'References' }).waitFor();
  assert.equal(await note.count(), 0);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('requests nothing from any origin but its own', async () => {
  const { page, requests } = await openRecordedPage(session.browser);
  const open = new Set();
  page.on('request', (request) => open.add(request));
  page.on('requestfinished', (request) => open.delete(request));
  page.on('requestfailed', (request) => open.delete(request));
  await page.goto(session.server.url);
  await waitForApp(page);
  for (const label of ['FAQ', 'About', 'Simulator']) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  }
  // Every request the page starts is recorded; the ones still open are printed.
  await untilRequestsStop(page, requests, 3000);
  console.log(`requests_open_when_quiet=${open.size}${[...open].map((r) => ` ${r.url()}`).join('')}`);
  assert.ok(requests.length >= 3, `the page loaded its own files (${requests.length} requests)`);
  assert.deepEqual(foreignRequests(requests, session.server.origin), []);
  await page.context().close();
});

test('axe-core finds no serious or critical accessibility violations', async () => {
  const { page } = await openRecordedPage(session.browser);
  for (const hash of ['#/simulator', '#/console', '#/policy', '#/faq', '#/references', '#/action', '#/teach', '#/about']) {
    await page.goto(session.server.url + hash);
    await waitForApp(page);
    await waitForLongText(page);
    assert.deepEqual(await seriousAxeViolations(page), [], `axe on ${hash}`);
  }
  await page.context().close();
});

test('a Rust panic shows a readable error panel with a working reload button', async () => {
  const { page } = await openRecordedPage(session.browser);
  await page.goto(`${session.server.url}?test-panic`);
  const panel = page.getByRole('alert');
  await panel.waitFor({ timeout: 30_000 });
  assert.match(await panel.textContent(), /Something went wrong/);
  await screenshot(page, 'panic-panel');
  await panel.getByRole('button', { name: 'Reload Plate Trail' }).click();
  await waitForApp(page);
  assert.equal(await page.locator('#panic-panel').count(), 0, 'the reloaded app runs normally');
  assert.ok(!page.url().includes('test-panic'), 'reload drops the panic trigger');
  await page.context().close();
});
