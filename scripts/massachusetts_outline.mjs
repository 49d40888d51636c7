// Writes the Massachusetts outline the "Massachusetts today" view draws
// (data/massachusetts-outline.json) from the Census Bureau's cartographic boundaries, as
// the npm package us-atlas ships them (public domain; states-10m.json, 1:10,000,000),
// reduced to the one state with topojson-client. Run by Trunk's hook (scripts/post_build.sh)
// into the build; nothing is fetched (both packages are devDependencies in node_modules).
// Usage: node scripts/massachusetts_outline.mjs OUT_FILE
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const MASSACHUSETTS_FIPS = '25';
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/massachusetts_outline.mjs OUT_FILE');
  process.exit(2);
}
const atlasPath = require.resolve('us-atlas/states-10m.json');
const { version } = JSON.parse(readFileSync(require.resolve('us-atlas/package.json'), 'utf8'));
const atlas = JSON.parse(readFileSync(atlasPath, 'utf8'));
const states = feature(atlas, atlas.objects.states);
const state = states.features.find((f) => f.id === MASSACHUSETTS_FIPS);
if (!state) {
  console.error('massachusetts_outline: us-atlas has no state with FIPS code 25');
  process.exit(1);
}
const polygons = state.geometry.type === 'Polygon' ? [state.geometry.coordinates] : state.geometry.coordinates;
// Outer rings only (Massachusetts has no holes at this scale), 4 decimals (about 10 m).
const round = (v) => Math.round(v * 1e4) / 1e4;
const rings = polygons.map((polygon) => polygon[0].map(([lon, lat]) => [round(lon), round(lat)]));
const outline = {
  source: `U.S. Census Bureau cartographic boundary files (public domain), 1:10,000,000, via us-atlas ${version} (states-10m.json), state FIPS 25`,
  rings,
};
writeFileSync(out, JSON.stringify(outline));
console.log(`massachusetts_outline rings=${rings.length} points=${rings.reduce((n, r) => n + r.length, 0)}`);
