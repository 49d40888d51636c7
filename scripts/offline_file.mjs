// Writes dist/plate-trail-offline.html: the whole app in one file, for a classroom with no
// network (copy it to a USB stick, open it by double-click). Run by `make dist` and
// scripts/test.sh after `trunk build --release`.
//
// A file:// page can fetch no sibling file and starts no worker from a file:// URL, so the
// file carries everything: the CSS in <style> elements (the tools module's too), the icon
// as a data: URL, and the page's JS glue and wasm, the town-wide worker's glue, wasm and
// script and the no-worker fallback's script as base64 blocks that static/offline-setup.js
// turns into blob URLs for static/start.js and src/town_worker.rs. Its
// Content-Security-Policy allows only the two inline scripts (by hash), the inline styles
// (by hash), blob: and data:, so the file can request nothing from anywhere; the generator
// fails if any reference to another file is left.
// It names its build (version, commit, day) in a meta element the app's footer shows.
// Usage: node scripts/offline_file.mjs; PLATE_TRAIL_DIST works on another build.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { extname, join } from 'node:path';

export const OFFLINE_FILE = 'plate-trail-offline.html';
const dist = process.env.PLATE_TRAIL_DIST ?? new URL('../dist/', import.meta.url).pathname;
const SETUP = new URL('../static/offline-setup.js', import.meta.url);
// The town-wide worker's files, loaded by the app at run time (src/town_worker.rs).
const WORKER_FILES = {
  'worker-js': 'plate-trail-worker.js',
  'worker-wasm': 'plate-trail-worker_bg.wasm',
  worker: 'worker.js',
  'town-store': 'town-store.js',
  'page-desk': 'page-desk.js',
};
// The analyst console's and policy lab's module, which static/start.js loads for their hashes.
const TOOLS_FILES = { 'tools-js': 'plate-trail-tools.js', 'tools-wasm': 'plate-trail-tools_bg.wasm' };
// The long text the site fetches when its page opens (scripts/build_content.sh), inline as
// <template id="plate-trail-content-NAME"> (src/views/lazy_content.rs reads those first);
// each translation's, dist/content/<code>/NAME.html, as plate-trail-content-<code>-NAME.
const CONTENT_PAGES = ['faq', 'references', 'about', 'action'];
/** content/NAME.html and content/<code>/NAME.html for every translation in dist/, with their
 * template ids (src/views/lazy_content.rs: page_path, inline_copy_id). */
export function contentPages(dir = dist) {
  const languages = readdirSync(join(dir, 'content'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return [
    ...CONTENT_PAGES.map((name) => ({ file: `content/${name}.html`, id: `plate-trail-content-${name}` })),
    ...languages.flatMap((code) => CONTENT_PAGES.map((name) => ({
      file: `content/${code}/${name}.html`,
      id: `plate-trail-content-${code}-${name}`,
    }))),
  ];
}
// Every language's strings but English's (scripts/build_content.sh, from locales/), inline as
// <script type=application/json id="plate-trail-lang-CODE"> (src/language.rs reads those first).
const LANGUAGE_FILES = () => readdirSync(join(dist, 'lang')).filter((file) => file.endsWith('.json'));
// Data files a view fetches when it opens (Massachusetts today), inline as
// <script type=application/json id=plate-trail-data-NAME> (src/views/lazy_content.rs).
const DATA_FILES = ['massachusetts-alpr', 'massachusetts-outline'];
const IMAGE_TYPES = { '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon' };

/**
 * Which build the file is, for its footer (src/offline_copy.rs reads it): the crate's
 * version, the git commit (with "-dirty" for uncommitted changes; empty outside a git
 * checkout) and the day the file is made (UTC, or SOURCE_DATE_EPOCH's for a reproducible
 * build), as `<meta name=plate-trail-offline content="version=...; commit=...; made=...">`.
 */
export function buildLabel() {
  const cargo = readFileSync(new URL('../Cargo.toml', import.meta.url), 'utf8');
  const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!version) throw new Error('Cargo.toml names no version');
  const git = spawnSync('git', ['describe', '--always', '--dirty', '--abbrev=7', '--exclude=*'], {
    cwd: new URL('..', import.meta.url).pathname, encoding: 'utf8',
  });
  const commit = git.status === 0 ? git.stdout.trim() : '';
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  const made = (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
  return { version, commit, made };
}

const ATTRIBUTE = /([a-z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>"']+)))?/gi;
const attributesOf = (tag) =>
  Object.fromEntries([...tag.replace(/^<[a-z]+|\/?>$/gi, '').matchAll(ATTRIBUTE)]
    .map((m) => [m[1].toLowerCase(), m[2] ?? m[3] ?? m[4] ?? '']));
const local = (value) => value.replace(/^\.?\//, '').replace(/[#?].*$/, '');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

const usedFiles = new Set();
function read(file) {
  usedFiles.add(file);
  const path = join(dist, file);
  if (!existsSync(path)) throw new Error(`dist/ lacks ${file}; run \`trunk build --release\` first`);
  return readFileSync(path);
}

/** Text that goes inside a <script> or <style> element unchanged, so it must not end it. */
function inlineText(text, element, what) {
  if (new RegExp(`</${element}|<!--`, 'i').test(text)) throw new Error(`${what} cannot be inlined: it contains </${element} or <!--`);
  return text;
}

const dataBlock = (name, bytes) =>
  `<script type=application/octet-stream id=offline-${name}>${bytes.toString('base64')}</script>`;

export function makeOfflineFile() {
  let html = read('index.html').toString('utf8');
  const hashes = { script: [], style: [] };
  let appJs;
  let appWasm;

  html = html.replace(/<link\b[^>]*>/gi, (tag) => {
    const { rel = '', href = '', media = '' } = attributesOf(tag);
    if (/\b(modulepreload|preload)\b/.test(rel)) return '';
    if (/\bstylesheet\b/.test(rel)) {
      const css = inlineText(read(local(href)).toString('utf8'), 'style', href);
      if (/url\(\s*['"]?(?!data:)/i.test(css)) throw new Error(`${href} refers to another file (url(...))`);
      hashes.style.push(sha256(css));
      // print.css keeps its media="print", or paper rules would hide the screen's header.
      if (media) return `<style media="${media}">${css}</style>`;
      // The tools module's sheet, which static/start.js links when served, after the screen's.
      const tools = inlineText(read('tools.css').toString('utf8'), 'style', 'tools.css');
      hashes.style.push(sha256(tools));
      return `<style>${css}</style><style>${tools}</style>`;
    }
    if (/\bicon\b/.test(rel)) {
      const type = IMAGE_TYPES[extname(local(href))];
      if (!type) throw new Error(`the icon ${href} has a type this script does not know`);
      return `<link rel=icon href="data:${type};base64,${read(local(href)).toString('base64')}">`;
    }
    throw new Error(`index.html links ${tag}, which this script does not know how to inline`);
  });

  html = html.replace(/<script\b[^>]*\bdata-app-js\b[^>]*><\/script>/i, (tag) => {
    const attributes = attributesOf(tag);
    appJs = local(attributes['data-app-js']);
    appWasm = local(attributes['data-app-wasm']);
    const setup = inlineText(readFileSync(SETUP, 'utf8'), 'script', 'static/offline-setup.js');
    const start = inlineText(read(local(attributes.src)).toString('utf8'), 'script', attributes.src);
    hashes.script.push(sha256(setup), sha256(start));
    return [
      dataBlock('page-js', read(appJs)),
      dataBlock('page-wasm', read(appWasm)),
      ...Object.entries(WORKER_FILES).map(([name, file]) => dataBlock(name, read(file))),
      ...Object.entries(TOOLS_FILES).map(([name, file]) => dataBlock(name, read(file))),
      ...contentPages().map(({ file, id }) => `<template id=${id}>${
        inlineText(read(file).toString('utf8'), 'template', file)}</template>`),
      ...LANGUAGE_FILES().map((file) => `<script type=application/json id=plate-trail-lang-${file.replace(/\.json$/, '')}>${
        read(`lang/${file}`).toString('utf8').replace(/</g, '\\u003c')}</script>`),
      ...DATA_FILES.map((name) => `<script type=application/json id=plate-trail-data-${name}>${
        inlineText(read(`data/${name}.json`).toString('utf8'), 'script', `data/${name}.json`)}</script>`),
      `<script type=module>${setup}</script>`,
      `<script type=module data-offline-start>${start}</script>`,
    ].join('');
  });
  if (!appJs || !appWasm) throw new Error('index.html has no start script (data-app-js, data-app-wasm)');

  const policy = [
    "default-src 'none'",
    `script-src ${hashes.script.join(' ')} blob: 'wasm-unsafe-eval'`,
    `style-src ${hashes.style.join(' ')}`,
    'img-src data:',
    'connect-src blob:',
    'worker-src blob:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  let replaced = false;
  html = html.replace(/<meta\b[^>]*http-equiv=["']?Content-Security-Policy["']?[^>]*>/i, () => {
    replaced = true;
    return `<meta http-equiv=Content-Security-Policy content="${policy}">`;
  });
  if (!replaced) throw new Error('index.html has no Content-Security-Policy to replace');
  const label = buildLabel();
  const labelContent = Object.entries(label).map(([key, value]) => `${key}=${value}`).join('; ');
  if (/["<>&]/.test(labelContent)) throw new Error(`the build's label cannot go in an attribute: ${labelContent}`);
  html = html.replace(/<meta\b[^>]*http-equiv=Content-Security-Policy[^>]*>/i,
    (meta) => `${meta}<meta name=plate-trail-offline content="${labelContent}">`);

  // Nothing may name another file: every src or href left is a data: URL.
  // Links inside the inline pages are for the visitor to follow, not loads; nor are the
  // prerendered first screen's in-page links (#/simulator).
  const outside = html.replace(/<script type=application\/(?:octet-stream|json)[^>]*>[^<]*<\/script>/g, '')
    .replace(/<template\b[^>]*>[\s\S]*?<\/template>/gi, '')
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '');
  for (const match of outside.matchAll(/\b(?:src|href)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi)) {
    const value = match[1] ?? match[2] ?? match[3];
    if (!value.startsWith('data:') && !value.startsWith('#')) throw new Error(`the single file would still load ${value}`);
  }

  // A file of the build that is neither inlined nor the site's own (the service worker and
  // its page side) would be missing from the single file: say so.
  const inlined = new Set([appJs, appWasm, ...Object.values(WORKER_FILES), ...Object.values(TOOLS_FILES), 'content', 'lang', 'data', ...usedFiles]);
  // Presenter mode is a page of its own and an iframe's height script has no host here: in
  // the file, its view and the Teach view say where to open those pages (src/offline_copy.rs).
  const siteOnly = new Set(['index.html', OFFLINE_FILE, 'service-worker.js', 'service-worker-page.js',
    'present.html', 'plate-trail-present.js', 'plate-trail-present_bg.wasm', 'embed.js',
    // The teaching materials are pages of their own, for a teacher with the site.
    'teach']);
  const left = readdirSync(dist).filter((file) => !inlined.has(file) && !siteOnly.has(file));
  if (left.length > 0) console.error(`offline_file: not inlined, so missing from ${OFFLINE_FILE}: ${left.join(', ')}`);

  const path = join(dist, OFFLINE_FILE);
  writeFileSync(path, html);
  return path;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  try {
    const path = makeOfflineFile();
    console.log(`offline_file=${path} raw_bytes=${readFileSync(path).length}`);
  } catch (error) {
    console.error(`offline_file: ${error.message}`);
    process.exit(1);
  }
}
