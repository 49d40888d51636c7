// The long content in Spanish and Brazilian Portuguese (issue 16), as the built site serves
// it: each translation's FAQ, About and Take action pages beside the English ones
// (dist/content/<code>/), fetched only when chosen, never on a first visit; the lesson pages
// in each language (dist/teach/<code>/), declaring their language, passing axe, printing the
// fact sheet on one page, and linking up to the app; the service worker keeps them all
// offline and the single offline file carries the fetched pages inline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  dist, useServerAndBrowser, openRecordedPage, waitForApp, foreignRequests, seriousAxeViolations, screenshot,
  untilRequestsStop,
} from './support.mjs';
import { describeBuild } from '../../scripts/service_worker.mjs';
import { makeOfflineFile } from '../../scripts/offline_file.mjs';

const session = useServerAndBrowser();
const LANGUAGES = {
  es: { lesson: 'Plan de clase', glossary: 'Glosario', factSheet: 'los datos en una página', faqFirst: '¿Qué es Flock Safety?' },
  'pt-BR': { lesson: 'Plano de aula', glossary: 'Glossário', factSheet: 'os fatos em uma página', faqFirst: 'O que é a Flock Safety?' },
};
const PAGES = ['faq', 'about', 'action'];
const TEACH = ['lesson', 'glossary', 'worksheet', 'fact-sheet'];

test('a first visit fetches no translated page', async () => {
  const { page, requests, errors } = await openRecordedPage(session.browser);
  await page.goto(session.server.url);
  await waitForApp(page);
  await untilRequestsStop(page, requests);
  for (const code of Object.keys(LANGUAGES)) {
    assert.deepEqual(requests.filter((url) => url.includes(`/${code}/`)), [], `nothing in ${code}/ is downloaded`);
  }
  assert.deepEqual(errors, []);
  await page.context().close();
});

test('each translation of the FAQ, About and Take action is served beside the English', async () => {
  const { page } = await openRecordedPage(session.browser);
  await page.goto(session.server.url);
  await waitForApp(page);
  const english = await page.evaluate(async () => (await fetch('content/faq.html')).text());
  const questions = (html) => [...html.matchAll(/<details class="faq-item" id="faq-([a-z-]+)"><summary>([^<]*)</g)];
  for (const [code, words] of Object.entries(LANGUAGES)) {
    for (const name of PAGES) {
      const { status, body } = await page.evaluate(async (path) => {
        const response = await fetch(path);
        return { status: response.status, body: await response.text() };
      }, `content/${code}/${name}.html`);
      assert.equal(status, 200, `content/${code}/${name}.html`);
      assert.ok(body.includes('href="#/references/'), `content/${code}/${name}.html cites its sources`);
      assert.ok(!body.includes('>reference </span>'), `content/${code}/${name}.html: citations heard in ${code}`);
    }
    const faq = await page.evaluate(async (path) => (await fetch(path)).text(), `content/${code}/faq.html`);
    const slugs = questions(faq).map((m) => m[1]);
    assert.deepEqual(slugs, questions(english).map((m) => m[1]), `${code}: the same questions in the same order`);
    assert.equal(questions(faq)[0][2], words.faqFirst);
  }
  await page.context().close();
});

test('the lesson pages in each language declare it, pass axe and link up to the app', async () => {
  for (const [code, words] of Object.entries(LANGUAGES)) {
    const { page, requests, errors } = await openRecordedPage(session.browser);
    for (const name of TEACH) {
      await page.goto(`${session.server.url}teach/${code}/${name}.html`);
      await page.locator('main h1').first().waitFor({ timeout: 30_000 });
      assert.equal(await page.getAttribute('html', 'lang'), code, `${code}/${name}.html`);
      // The shared style sheet applies: the print button's script ran and shows it.
      assert.equal(await page.locator('button.print').isVisible(), true, `${code}/${name}.html has its script`);
      assert.deepEqual(await seriousAxeViolations(page), [], `axe on ${code}/${name}.html`);
    }
    await page.goto(`${session.server.url}teach/${code}/lesson.html`);
    const lesson = page.locator('main');
    await lesson.locator('h1').filter({ hasText: words.lesson }).waitFor({ timeout: 30_000 });
    await screenshot(page, `teach-lesson-${code}`);
    const runLinks = await lesson.locator('a[href^="../../?v=1&"]').evaluateAll((all) => all.map((link) => link.getAttribute('href')));
    assert.equal(runLinks.length, 4, `${code}: ${runLinks.length} run links`);
    for (const href of runLinks) {
      assert.match(href, new RegExp(`^\\.\\./\\.\\./\\?v=1&seed=7&persona=hospital-nurse&days=30&cameras=(20|80)&lang=${code}#/(simulator|policy|console)$`));
    }
    await page.getByRole('navigation').getByRole('link', { name: words.glossary }).click();
    await page.locator('main dl').waitFor({ timeout: 30_000 });
    // A citation leads back into the app's references list, in the page's language.
    await page.locator(`main a[href^="../../?lang=${code}#/references/"]`).first().click();
    await page.waitForURL(new RegExp(`/plate-trail/\\?lang=${code}#/references/`));
    await waitForApp(page);
    assert.equal(await page.getAttribute('html', 'lang'), code);
    await untilRequestsStop(page, requests);
    assert.deepEqual(foreignRequests(requests, session.server.origin), []);
    assert.deepEqual(errors, []);
    await page.context().close();
  }
});

test('each translated fact sheet still prints on one page of Letter and of A4', async () => {
  for (const [code, words] of Object.entries(LANGUAGES)) {
    const { page } = await openRecordedPage(session.browser);
    await page.goto(`${session.server.url}teach/${code}/fact-sheet.html`);
    await page.locator('main h1').filter({ hasText: words.factSheet }).waitFor({ timeout: 30_000 });
    await page.emulateMedia({ media: 'print' });
    for (const format of ['Letter', 'A4']) {
      const pdf = await page.pdf({ format });
      const document = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
      const pages = document.numPages;
      await document.destroy();
      console.log(`print_pages{document=fact-sheet-${code},paper=${format}}=${pages}`);
      assert.equal(pages, 1, `the ${code} fact sheet fills one ${format} page`);
    }
    await screenshot(page, `print-fact-sheet-${code}`);
    await page.context().close();
  }
});

test('the service worker keeps every translated page, and the offline file carries them inline', () => {
  const cached = new Set(describeBuild(dist).files.map(([file]) => file));
  for (const code of Object.keys(LANGUAGES)) {
    for (const name of PAGES) assert.ok(cached.has(`content/${code}/${name}.html`), `precached: content/${code}/${name}.html`);
    for (const name of TEACH) assert.ok(cached.has(`teach/${code}/${name}.html`), `precached: teach/${code}/${name}.html`);
  }
  const offline = readFileSync(makeOfflineFile(), 'utf8');
  for (const code of Object.keys(LANGUAGES)) {
    for (const name of PAGES) {
      const page = readFileSync(join(dist, `content/${code}/${name}.html`), 'utf8');
      assert.ok(offline.includes(`<template id=plate-trail-content-${code}-${name}>${page}</template>`),
        `the offline file inlines content/${code}/${name}.html`);
    }
  }
});
