// Starts Plate Trail's wasm from a same-origin module (the page's Content-Security-Policy
// forbids inline script). Trunk writes the hashed file names into this tag's data attributes.
// Served over http(s), it also keeps the build for offline use (service-worker-page.js);
// never under file://, where the single file plate-trail-offline.html inlines this script.
const tag = document.querySelector('script[data-app-js]');

// The first screen prerendered at build time (#first-screen, examples/prerender.rs: the
// default run's headline and map, in English, as a phone draws it down to the map), hidden
// until this decides the visitor would see exactly that screen: the simulator's view, no run
// in the link (a shared link's run, an embed, a link the app would find fault with), a page
// that starts in English, and nothing saved in this browser but the default run. Then it is
// shown, and the first-map mark is set once the frame that paints it has been drawn; the app
// takes over at its own first map (src/first_screen.rs).
// Names the share link's format knows (src/scenario/link.rs), and the panic test's.
const LINK_NAMES = ['v', 'seed', 'days', 'cameras', 'population', 'persona', 'life', 'policy', 'lang', 'embed', 'test-panic'];
// Whether the page starts in English, as src/language.rs `initial` decides: the link's
// language, else the remembered choice, else the first of the browser's languages the app
// offers (by its primary subtag), else English.
function startsInEnglish(screen, search) {
  if (search.includes('lang=')) return /(^|[?&])lang=en(&|$)/.test(search);
  try {
    const remembered = localStorage.getItem(screen.dataset.languageKey);
    if (remembered !== null) return remembered === 'en';
  } catch {
    return false;
  }
  const others = screen.dataset.otherLanguages.split(' ').map((code) => code.split('-')[0].toLowerCase());
  for (const tag of navigator.languages ?? [navigator.language]) {
    const primary = tag.split('-')[0].toLowerCase();
    if (primary === 'en') return true;
    if (others.includes(primary)) return false;
  }
  return true;
}
function wantsFirstScreen(screen) {
  // Drawn for a phone: not on a screen with the simulator's two columns (style.css).
  if (matchMedia('(min-width: 62rem)').matches) return false;
  const hash = location.hash;
  if (!(hash === '' || hash === '#' || hash.startsWith('#/simulator'))) return false;
  const search = location.search;
  if (search.length > 8192 || search.includes('test-panic')) return false;
  for (const pair of search.slice(1).split('&').filter(Boolean)) {
    const [name, value = ''] = pair.split('=');
    if (!/^[A-Za-z0-9_-]+$/.test(name)) return false;
    if (LINK_NAMES.includes(name) && !(name === 'lang' && value === 'en')) return false;
  }
  if (!startsInEnglish(screen, search)) return false;
  try {
    const saved = localStorage.getItem(screen.dataset.savedKey);
    return saved === null || saved === screen.dataset.savedDefault;
  } catch {
    return false;
  }
}
const firstScreen = document.getElementById('first-screen');
if (firstScreen && wantsFirstScreen(firstScreen)) {
  firstScreen.hidden = false;
  document.getElementById('loading')?.classList.add('visually-hidden');
  requestAnimationFrame(() => setTimeout(() => {
    if (firstScreen.isConnected && !performance.getEntriesByName('plate-trail:first-map').length) {
      performance.mark('plate-trail:first-map');
    }
  }, 0));
} else {
  firstScreen?.remove();
}
// The browser's first time field (`<input type="time">`) is slow in Chromium: setting the
// type builds the locale's date formats (15-20 ms), its first layout 10-30 ms more, once a
// page. "Your life"'s drawing step has two, and with the rest of the first result they made
// its task and the next frame 12 + 10 ms of CPU longer (issue 11: no task over 50 ms). So
// one is made here while the wasm downloads, after the first paint, each part in a task of
// its own: the type, then one frame's layout unseen, then it goes.
requestAnimationFrame(() => setTimeout(() => {
  const field = document.createElement('input');
  field.type = 'time';
  setTimeout(() => {
    field.className = 'visually-hidden';
    field.tabIndex = -1;
    field.inert = true;
    document.body.append(field);
    requestAnimationFrame(() => setTimeout(() => field.remove(), 0));
  }, 0);
}, 0));
// The analyst console, the policy lab, Massachusetts today, Cameras on my route, Take action and Your own town are a module of their own, so a first visit leaves
// them out: their hashes load it (the same list as View::module in src/views/mod.rs, checked
// by a test there). The app reloads the page when the visitor moves between the modules.
const TOOLS_HASHES = ['#/console', '#/policy', '#/massachusetts', '#/route', '#/action', '#/import'];
// Versioned by the page's own wasm, as the town-wide worker's module is; the single offline
// file hands over blob URLs instead (static/offline-setup.js).
const version = tag.dataset.appWasm.split('/').pop();
const { appTools } = tag.dataset;
const toolsJs = tag.dataset.appToolsJs ?? (appTools && `${appTools}.js?v=${version}`);
const toolsWasm = tag.dataset.appToolsWasm ?? (appTools && `${appTools}_bg.wasm?v=${version}`);
const wantsTools = Boolean(toolsJs) && TOOLS_HASHES.some((hash) => location.hash.startsWith(hash));
const appJs = wantsTools ? toolsJs : tag.dataset.appJs;
// Its styles (static/tools.css) come with it; the single offline file has them inline.
if (wantsTools && !tag.dataset.appToolsJs) {
  const sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = `${appTools.replace(/[^/]*$/, '')}tools.css?v=${version}`;
  document.head.append(sheet);
}
const appWasm = wantsTools ? toolsWasm : tag.dataset.appWasm;
// Not in an embed (?embed): a frame in someone's lesson page should not download the whole
// app for offline use on every visit.
const served = /^https?:$/.test(location.protocol) && 'serviceWorker' in navigator
  && !new URLSearchParams(location.search).has('embed');
const serviceWorkerPage = () => import('./service-worker-page.js');

function showStartFailure(error) {
  const app = document.getElementById('app');
  if (!app) return;
  document.getElementById('first-screen')?.remove();
  app.hidden = false;
  app.classList.remove('behind-first-screen');
  app.replaceChildren();
  const panel = document.createElement('div');
  panel.className = 'panic-panel';
  panel.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = 'Plate Trail could not start';
  const body = document.createElement('p');
  body.textContent = 'This browser could not load the app (it needs WebAssembly). Try an up-to-date browser. Details: ' + error;
  panel.append(title, body);
  app.append(panel);
}

try {
  // A page the service worker serves may first hand over to a newer build that waits.
  const reloading = served && navigator.serviceWorker.controller
    && (await serviceWorkerPage().then((m) => m.takeOverWaitingBuild()).catch(() => false));
  if (!reloading) {
    const bindings = await import(appJs);
    await bindings.default({ module_or_path: appWasm });
    // A second after the start, so the first screen's downloads come first. Tried without
    // clear gain (issue 11, 2026-12-02): registering only after the simulator's first
    // town-wide result (its service-worker thread and the browser's caching ran while the
    // first result was drawn); e2e `longest_task_ms=` 137, 151, 135 before and 52, 172, 136
    // after, 3 alternated runs at a load average of 13-14 on 2 cores: noise-bound.
    if (served) setTimeout(() => serviceWorkerPage().then((m) => m.register()).catch(() => {}), 1000);
  }
} catch (error) {
  // A Rust panic already drew its own panel; anything else (no wasm support, a failed load) shows here.
  if (!document.getElementById('panic-panel')) showStartFailure(error);
}
