// Minifies the wasm-bindgen glue of the page's modules (Trunk's own minifier gives up on it:
// "Failed to minify JS: RequiredTokenNotFound", and copies it as it is): the first visit's
// plate-trail-<hash>.js, and the analyst console's and the presenter's modules. Run by
// scripts/post_build.sh once every module is built, before the service worker lists the
// files. The first visit's glue is preloaded with Subresource Integrity, so its `integrity`
// in index.html is written again for the minified file.
//
// Usage: node scripts/minify_glue.mjs <dist dir>
import { readFile, writeFile, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { minify } from 'terser';

const dist = process.argv[2];
if (!dist) throw new Error('usage: node scripts/minify_glue.mjs <dist dir>');

// ES-module glue only: the worker's is a classic script whose globals must keep their names.
// Trunk writes its hash without leading zeros (plate-trail-e17716d53c52464.js: 15 digits).
const glue = (await readdir(dist)).filter((name) =>
  /^plate-trail-([0-9a-f]{1,16}|tools|present)\.js$/.test(name));
if (!glue.some((name) => /^plate-trail-[0-9a-f]{1,16}\.js$/.test(name))) {
  throw new Error(`no first-visit glue (plate-trail-<hash>.js) in ${dist}`);
}
const indexPath = join(dist, 'index.html');
let index = await readFile(indexPath, 'utf8');
for (const name of glue) {
  const path = join(dist, name);
  const code = await readFile(path, 'utf8');
  const { code: small } = await minify(code, { module: true, compress: true, mangle: true });
  await writeFile(path, small);
  const integrity = `sha384-${createHash('sha384').update(small).digest('base64')}`;
  // The tag that names the file, whatever the order of its attributes and its quotes.
  const tag = new RegExp(`<link[^>]*\\./${name.replace(/[.]/g, '\\.')}[^>]*>`, 'g');
  index = index.replace(tag, (link) => link.replace(/sha384-[A-Za-z0-9+/=]+/, integrity));
  console.log(`minify_glue: ${name} ${code.length} -> ${small.length} bytes`);
}
await writeFile(indexPath, index);
