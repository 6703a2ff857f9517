// The calculator embedded as the README documents it (issue #17): the README's iframe
// snippet on an intranet page (one localhost port) showing the app from another origin (a
// second port), sandboxed, under the app's strict CSP, at 360 and 1280 px, with and without
// CORS headers. Also index.html's start screen and failure text (issue #14.5).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, DIST, CSP } from './lib.mjs';

const CORS = { 'access-control-allow-origin': '*' };
const WIDTHS = [360, 1280];

let app; // the app's server with CORS headers, as the README asks
let bare; // the same files without CORS headers
let missing; // with CORS, but the wasm answers 404
let noScripts; // a CSP that lets no script of ours run
let host; // the intranet
let dir;
let browser;

/** The README's snippet, for `src`; `fit` adds the README's parent-page script. */
function intranetPage(src, { fit = false } = {}) {
  const script = fit ? `<script>
  // README, "Indlejring": fit the iframe to the calculator's content.
  window.heights = [];
  addEventListener('message', (event) => {
    const frame = document.getElementById('botilbudsberegneren');
    const data = event.data;
    if (event.source === frame.contentWindow && data && data.type === 'botilbudsberegneren:height') {
      window.heights.push(data);
      frame.style.height = data.height + 'px';
    }
  });
</script>` : '';
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Intranet</title></head><body>
<h1>Intranet</h1>
<iframe id="botilbudsberegneren" src="${src}"
        title="Botilbudsberegneren" width="100%" height="900"
        sandbox="allow-scripts allow-downloads"></iframe>
${script}</body></html>`;
}

let pages = 0;
/** Puts an intranet page embedding `src` on the host; returns its address. */
async function intranet(src, options) {
  pages += 1;
  const name = `side-${pages}.html`;
  await writeFile(join(dir, name), intranetPage(src, options));
  return `${host.url}${name}`;
}

before(async () => {
  app = await serve(DIST, { 'content-security-policy': CSP, ...CORS });
  bare = await serve(DIST, { 'content-security-policy': CSP });
  missing = await serve(DIST, { 'content-security-policy': CSP, ...CORS }, { missing: /\.wasm$/ });
  noScripts = await serve(DIST, { 'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self'" });
  dir = await mkdtemp(join(tmpdir(), 'intranet-'));
  host = await serve(dir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([app, bare, missing, noScripts, host].map((s) => s?.close()));
});

/** A fresh page at `width`; `page.errors` collects uncaught errors of the page and frame. */
async function open(url, width, height = 800) {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(url);
  return page;
}

/** The app's frame (a Frame, for evaluate) once `testid` shows in it. */
async function appFrame(page, testid) {
  await page.frameLocator('#botilbudsberegneren').getByTestId(testid).first().waitFor({ timeout: 20000 });
  return page.frames().find((f) => f.url().startsWith(app.url) || f.url().includes('embed=1'));
}

for (const width of WIDTHS) {
  test(`${width} px: the README's frame, cross-origin with CORS, is styled and fits its width`, async () => {
    const page = await open(await intranet(`${app.url}?embed=1&side=prisopslag`), width);
    const frame = await appFrame(page, 'opslag-doegn');
    const styles = await frame.evaluate(() => {
      const card = document.querySelector('.card');
      const s = getComputedStyle(card);
      return {
        font: getComputedStyle(document.body).fontFamily,
        background: s.backgroundColor,
        border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}`,
        radius: s.borderTopLeftRadius,
        sheets: document.styleSheets.length,
        sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        start: document.getElementById('start') !== null,
      };
    });
    assert.match(styles.font, /IBM Plex Sans/);
    assert.equal(styles.background, 'rgb(255, 255, 255)');
    assert.equal(styles.border, '1px solid rgb(208, 208, 208)');
    assert.equal(styles.radius, '6px');
    assert.equal(styles.sheets, 2, 'start.css and app.css');
    assert.ok(styles.sideways <= 0, `the frame scrolls sideways by ${styles.sideways} px`);
    assert.equal(styles.start, false, 'the start screen is gone once the app runs');
    // Nothing of the price lookup sticks out of the frame (it was clipped at 360 px).
    const outside = await frame.evaluate(() => [...document.querySelectorAll('main *')]
      .filter((e) => !e.closest('.table-scroll') && e.getClientRects().length > 0)
      .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
      .map((e) => e.dataset.testid ?? e.id ?? e.tagName));
    assert.deepEqual(outside, []);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });

  test(`${width} px: without CORS headers the frame says why, in Danish, naming the header`, async () => {
    const page = await open(await intranet(`${bare.url}?embed=1&side=loen`), width);
    const frame = page.frameLocator('#botilbudsberegneren');
    await frame.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await frame.getByTestId('start-aarsag').textContent(), /Access-Control-Allow-Origin: \*/);
    assert.equal(await frame.getByTestId('start-indlaeser').isVisible(), false);
    // The start screen's own stylesheet loads without CORS: the message is styled.
    const f = page.frames().find((x) => x.url().startsWith(bare.url));
    assert.equal(await f.evaluate(() => getComputedStyle(document.querySelector('.start-failure')).borderLeftStyle), 'solid');
    await page.context().close();
  });
}

test('when no script of ours may run, the static page shows the failure text after a delay', async () => {
  const page = await open(await intranet(`${noScripts.url}?embed=1&side=loen`), 1280);
  const frame = page.frameLocator('#botilbudsberegneren');
  await frame.getByTestId('start-indlaeser').waitFor({ state: 'visible' });
  assert.equal(await frame.getByTestId('start-indlaeser').textContent(), 'Indlæser beregneren …');
  assert.equal(await frame.getByTestId('start-fejl').isVisible(), false, 'not at once');
  await frame.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
  const text = await frame.getByTestId('start-fejl').innerText();
  for (const check of ['Access-Control-Allow-Origin: *', 'application/wasm', "'wasm-unsafe-eval'", '404']) {
    assert.ok(text.includes(check), `names ${check}: ${text}`);
  }
  await page.context().close();
});

test('a 404 for the wasm: the frame says which file is missing', async () => {
  const page = await open(await intranet(`${missing.url}?embed=1&side=loen`), 360);
  const frame = page.frameLocator('#botilbudsberegneren');
  await frame.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
  assert.match(await frame.getByTestId('start-aarsag').textContent(), /_bg\.wasm blev ikke fundet på serveren \(HTTP 404\)/);
  await page.context().close();
});

test('a 404 for the wasm, top level: the same message', async () => {
  const page = await open(missing.url, 1280);
  await page.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
  assert.match(await page.getByTestId('start-aarsag').textContent(), /HTTP 404/);
  await page.context().close();
});

test('a server sending .js as text/plain: the message names the type to set', async () => {
  const wrong = await serve(DIST, { 'content-security-policy': CSP, ...CORS }, { types: { '.js': 'text/plain' } });
  try {
    const page = await open(await intranet(`${wrong.url}?embed=1&side=loen`), 1280);
    const frame = page.frameLocator('#botilbudsberegneren');
    await frame.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await frame.getByTestId('start-aarsag').textContent(), /som »text\/plain«; JavaScript-filer skal sendes som text\/javascript/);
    await page.context().close();
  } finally {
    await wrong.close();
  }
});

test("a CSP without 'wasm-unsafe-eval': the message names the missing source", async () => {
  const strict = await serve(DIST, { 'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'", ...CORS });
  try {
    const page = await open(await intranet(`${strict.url}?embed=1&side=loen`), 360);
    const frame = page.frameLocator('#botilbudsberegneren');
    await frame.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await frame.getByTestId('start-aarsag').textContent(), /Content-Security-Policy forbyder WebAssembly: script-src skal indeholde 'wasm-unsafe-eval'/);
    await page.context().close();
  } finally {
    await strict.close();
  }
});

test('a browser without WebAssembly is told so', async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => { delete globalThis.WebAssembly; });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByTestId('start-fejl').waitFor({ state: 'visible', timeout: 15000 });
  assert.match(await page.getByTestId('start-aarsag').textContent(), /kan ikke køre WebAssembly/);
  await context.close();
});

test('"Indlæser beregneren …" shows before any script runs, and the app replaces it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((ok) => { release = ok; });
  await page.route(/boot-[0-9a-f]+\.js$/, async (route) => { await held; await route.continue(); });
  await page.goto(app.url, { waitUntil: 'commit' });
  await page.getByTestId('start-indlaeser').waitFor({ state: 'visible' });
  assert.equal(await page.getByTestId('start-indlaeser').textContent(), 'Indlæser beregneren …');
  release();
  await page.getByTestId('aarsvaerk').waitFor({ timeout: 20000 });
  assert.equal(await page.getByTestId('start').count(), 0);
  await context.close();
});

test('the index.html start screen is static: no inline script or style, text in Danish', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.match(html, /Indlæser beregneren …/);
  assert.match(html, /<script defer src="\.\/boot-[0-9a-f]+\.js"><\/script>/);
  // SRI is kept, with crossorigin, on the app's stylesheet and preloads; the start
  // screen's stylesheet has none (it must load without CORS).
  for (const tag of html.match(/<link\b[^>]*\sintegrity=[^>]*>/g)) assert.match(tag, /crossorigin="anonymous"/, tag);
  const start = html.match(/<link [^>]*href="\.\/start-[0-9a-f]+\.css"[^>]*>/)?.[0];
  assert.ok(start, 'the start screen has its stylesheet');
  assert.doesNotMatch(start, /\s(integrity|crossorigin)=/);
  assert.match(html, /<link [^>]*rel="stylesheet" href="\.\/app-[0-9a-f]+\.css"[^>]*integrity=/);
});

test('the frame posts its content height only when it changes; the README script fits the iframe', async () => {
  // 360 px: one column, so opening "Sådan er det beregnet" makes the page taller.
  const page = await open(await intranet(`${app.url}?embed=1&side=loen`, { fit: true }), 360);
  const frame = await appFrame(page, 'aarsvaerk');
  const fitted = async () => {
    const heights = await page.evaluate(() => window.heights);
    const last = heights.at(-1);
    // The iframe's inner height (its border not counted).
    const box = { height: await page.locator('#botilbudsberegneren').evaluate((f) => f.clientHeight) };
    return { heights, last, box };
  };
  await page.waitForFunction(() => window.heights.length > 0);
  let { heights, last, box } = await fitted();
  assert.deepEqual(Object.keys(last).sort(), ['height', 'type']);
  assert.ok(Number.isInteger(last.height) && last.height > 400, JSON.stringify(last));
  assert.ok(Math.abs(box.height - last.height) <= 1, `iframe ${box.height} px, content ${last.height} px`);
  // Fitted: the frame itself does not scroll.
  const inner = await frame.evaluate(() => document.documentElement.scrollHeight - document.documentElement.clientHeight);
  assert.ok(inner <= 1, `the frame scrolls by ${inner} px`);
  // Opening "Sådan er det beregnet" makes the page taller: one new message.
  const before = heights.length;
  await page.frameLocator('#botilbudsberegneren').locator('.explain summary').first().click();
  await page.waitForFunction((n) => window.heights.length > n, before);
  ({ heights, last, box } = await fitted());
  assert.ok(last.height > heights[before - 1].height);
  for (let i = 1; i < heights.length; i += 1) assert.notEqual(heights[i].height, heights[i - 1].height, 'sent only on change');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('embedded: nothing is saved here; "Gem som fil" and "Kopiér link" to the full calculator', async () => {
  const page = await open(await intranet(`${app.url}?embed=1&side=prisopslag`), 1280);
  await appFrame(page, 'opslag-doegn');
  const frame = page.frameLocator('#botilbudsberegneren');
  assert.match(await frame.getByTestId('indlejret-besked').textContent(), /Her i rammen gemmes intet/);
  assert.equal(await frame.getByTestId('indlejret-eksporter').textContent(), 'Gem som fil');
  await frame.getByTestId('alternativ-1-valg').selectOption('pakke-5');
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByTestId('indlejret-eksporter').click()]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const saved = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(saved.tariff.lookups[0].package, 5);
  assert.equal(await frame.getByTestId('indlejret-kopier-link').textContent(), 'Kopiér link');
  await frame.getByTestId('indlejret-kopier-link').click();
  await frame.getByTestId('indlejret-link').waitFor();
  const link = await frame.getByTestId('indlejret-link').inputValue();
  assert.ok(link.startsWith(app.url), link);
  assert.match(link, /#s=[A-Za-z0-9_-]+&side=prisopslag$/);
  assert.doesNotMatch(link, /embed/);
  // The link opens the full calculator on Prisopslag, with the scenario as edited in the frame.
  const full = await open(link, 1280);
  await full.getByTestId('nav-prisopslag').waitFor({ timeout: 20000 });
  assert.equal(await full.getByTestId('nav-prisopslag').getAttribute('aria-current'), 'page');
  assert.equal(await full.getByTestId('alternativ-1-valg').inputValue(), 'pakke-5');
  assert.equal(await full.getByTestId('scenarie-fejl').count(), 0);
  await full.context().close();
  await page.context().close();
});

test('embedded: the inputs taken from other pages are shown read-only with value and source', async () => {
  const page = await open(await intranet(`${app.url}?embed=1&side=prisopslag`), 360);
  await appFrame(page, 'opslag-doegn');
  const frame = page.frameLocator('#botilbudsberegneren');
  assert.equal(await frame.getByTestId('indlejret-kilde-1').textContent(), 'Timepris 367,62 kr. fra Lønbudget');
  assert.equal(await frame.getByTestId('indlejret-kilde-2').textContent(), 'Lønbudget 10.000.000 kr. fra Lønbudget');
  assert.equal(await frame.locator('[data-testid="indlejret-kilder"] input').count(), 0, 'read-only');
  await page.context().close();
});

test('a preset for the intranet: a link made in the full calculator, + &embed=1&side=prisopslag', async () => {
  // The intranet editor's steps from the README: set up the packages and prices in the
  // full calculator, "Kopiér link", add &embed=1&side=prisopslag.
  const editor = await open(app.url, 1280);
  await editor.getByTestId('nav-takster').click();
  await editor.getByTestId('pakke-1-navn').fill('Aarhus særlig');
  await editor.getByTestId('nav-loen').click();
  await editor.getByTestId('lonbudget').fill('12.000.000');
  await editor.getByTestId('scenarie-kopier-link').click();
  await editor.getByTestId('scenarie-link').waitFor();
  const preset = `${await editor.getByTestId('scenarie-link').inputValue()}&embed=1&side=prisopslag`;
  assert.match(preset, /#s=[A-Za-z0-9_-]+&embed=1&side=prisopslag$/);
  await editor.context().close();
  for (const width of WIDTHS) {
    const page = await open(await intranet(preset), width);
    const frame = await appFrame(page, 'opslag-doegn');
    const f = page.frameLocator('#botilbudsberegneren');
    const named = (p) => p.frameLocator('#botilbudsberegneren').getByTestId('alternativ-1-valg').locator('option', { hasText: 'Aarhus særlig' });
    assert.equal(await named(page).count(), 1, 'the preset\'s package is offered');
    assert.equal(await f.getByTestId('indlejret-kilde-2').textContent(), 'Lønbudget 12.000.000 kr. fra Lønbudget');
    assert.equal(await f.locator('nav').count(), 0);
    // The embed keeps its link: a reload shows the preset again.
    await frame.evaluate(() => location.reload());
    await appFrame(page, 'opslag-doegn');
    assert.equal(await named(page).count(), 1);
    await page.context().close();
  }
});
