// Browser tests of scenarios: autosave, library, reset/undo, link, JSON import/export, CSV,
// bad input (storage, link, file), names as text, embed mode.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { serve, launch, openApp, text, typeInto, axe, ARTIFACTS } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGES = ['loen', 'vagtplan', 'takster', 'overgang'];
const XSS = '<img src=x onerror="window.__xss=1">Egely & Co';
const STORAGE_KEY = 'botilbudsberegneren.scenarier';

/** Every text input and checkbox of every page (not the header): test id → value. */
async function snapshot(page) {
  const all = {};
  for (const key of PAGES) {
    await page.getByTestId(`nav-${key}`).click();
    Object.assign(all, await page.evaluate((k) => Object.fromEntries(
      [...document.querySelectorAll('main input[data-testid]')].filter((i) => i.type === 'text' || i.type === 'checkbox')
        .map((i) => [`${k}:${i.dataset.testid}`, i.type === 'checkbox' ? i.checked : i.value])), key));
  }
  await page.getByTestId('nav-loen').click();
  return all;
}

/** Gives every input of every page a new value (works for fields added later, too). */
async function editEverything(page) {
  let n = 11;
  for (const key of PAGES) {
    await page.getByTestId(`nav-${key}`).click();
    const ids = await page.evaluate(() => [...document.querySelectorAll('main input[data-testid]')]
      .map((i) => `${i.type}|${i.dataset.testid}`));
    for (const entry of ids) {
      const [type, id] = entry.split('|');
      const input = page.locator(`main [data-testid="${id}"]`).first();
      if (type === 'checkbox') await input.click();
      else if (type === 'text') { await input.fill(`${n},5`); n += 1; }
    }
  }
  await page.getByTestId('nav-loen').click();
}

function base64url(buf) { return Buffer.from(buf).toString('base64url'); }
function linkFor(json) { return `${server.url}#s=${base64url(deflateRawSync(Buffer.from(json)))}`; }

async function downloadOf(page, click) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), body: await readFile(await download.path()) };
}

test('every input of every page survives a reload, a link and a JSON file', async () => {
  const page = await openApp(browser, server.url);
  await typeInto(page, 'scenarie-navn', XSS);
  await editEverything(page);
  const edited = await snapshot(page);
  assert.ok(Object.keys(edited).length >= 20, 'found the inputs');
  assert.equal(edited['loen:lonbudget'], '11,5');

  // localStorage (autosave).
  await page.reload();
  await page.getByTestId('lonbudget').waitFor();
  assert.deepEqual(await snapshot(page), edited);
  assert.equal(await page.getByTestId('scenarie-navn').inputValue(), XSS);

  // Link: fragment only, opened in a fresh browser profile.
  await page.getByTestId('scenarie-kopier-link').click();
  const url = await page.getByTestId('scenarie-link').inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/#s=[A-Za-z0-9_-]+$/);
  const other = await openApp(browser, url, { waitFor: 'lonbudget' });
  assert.deepEqual(await snapshot(other), edited);
  assert.equal(await other.getByTestId('scenarie-navn').inputValue(), XSS);
  assert.equal(new URL(other.url()).hash, '', 'the fragment is cleared once opened');

  // JSON file: exported here, imported in a fresh profile.
  const file = await downloadOf(page, () => page.getByTestId('scenarie-eksporter').click());
  assert.match(file.name, /^img-src-x-onerror-window-xss-1-egely-co\.json$/);
  const json = JSON.parse(file.body.toString('utf8'));
  assert.equal(json.version, 2);
  const third = await openApp(browser, server.url, { waitFor: 'lonbudget' });
  await third.getByTestId('scenarie-importer').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: file.body });
  await third.getByTestId('scenarie-status').filter({ hasText: 'åbnet' }).waitFor();
  assert.deepEqual(await snapshot(third), edited);
  // The import is added next to the default scenario, which is kept.
  assert.equal(await third.locator('[data-testid="scenarie-vaelg"] option').count(), 2);

  // The hostile name is shown as text everywhere and never runs.
  assert.equal(await third.evaluate(() => window.__xss), undefined);
  assert.equal(await third.locator('img[src="x"]').count(), 0);
  for (const p of [page, other, third]) {
    assert.deepEqual(p.report.pageErrors, []);
    assert.deepEqual(p.report.foreign, []);
  }
  await page.screenshot({ path: join(ARTIFACTS, 'scenario-bar.png') });
  await Promise.all([page, other, third].map((p) => p.context().close()));
});

test('a link or file opened twice is one entry; another scenario of a taken name is numbered', async () => {
  const page = await openApp(browser, server.url);
  const link = linkFor('{"version":1,"name":"Mit botilbud","wage":{"budget":"12.000.000"}}');
  const names = () => page.locator('[data-testid="scenarie-vaelg"] option').allTextContents();
  for (let i = 0; i < 2; i += 1) {
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByTestId('aarsvaerk').first().waitFor();
    assert.deepEqual(await names(), ['Mit botilbud', 'Mit botilbud (2)']);
    assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  }
  const file = { name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"version":1,"name":"Mit botilbud","wage":{"budget":"13.000.000"}}') };
  await page.getByTestId('scenarie-importer').setInputFiles(file);
  await page.locator('[data-testid="scenarie-vaelg"] option').nth(2).waitFor({ state: 'attached' });
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '13.000.000');
  // The file is read asynchronously; nothing marks that the second read found its twin.
  await page.getByTestId('scenarie-importer').setInputFiles(file);
  await page.waitForTimeout(500);
  assert.deepEqual(await names(), ['Mit botilbud', 'Mit botilbud (2)', 'Mit botilbud (3)']);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('the default scenario\'s link is at most 2.000 characters', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('scenarie-kopier-link').click();
  const url = await page.getByTestId('scenarie-link').inputValue();
  assert.ok(url.length <= 2000, `link is ${url.length} characters`);
  await page.context().close();
});

test('scenarios: new, rename, duplicate, switch, delete and reset with undo', async () => {
  const page = await openApp(browser, server.url);
  const options = () => page.locator('[data-testid="scenarie-vaelg"] option').allTextContents();
  await typeInto(page, 'lonbudget', '12.000.000');
  await page.getByTestId('scenarie-ny').click();
  assert.deepEqual(await options(), ['Mit botilbud', 'Nyt botilbud']);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '10.000.000');
  await typeInto(page, 'scenarie-navn', 'Solbakken');
  await page.getByTestId('scenarie-dupliker').click();
  assert.deepEqual(await options(), ['Mit botilbud', 'Solbakken', 'Kopi af Solbakken']);
  await page.getByTestId('scenarie-vaelg').selectOption({ label: 'Mit botilbud' });
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  // Reset, then undo.
  await page.getByTestId('scenarie-nulstil').click();
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '10.000.000');
  assert.equal(await page.getByTestId('scenarie-navn').inputValue(), 'Mit botilbud');
  await page.getByTestId('scenarie-fortryd').click();
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  // Delete, then undo.
  await page.getByTestId('scenarie-slet').click();
  assert.deepEqual(await options(), ['Solbakken', 'Kopi af Solbakken']);
  await page.getByTestId('scenarie-fortryd').click();
  assert.deepEqual(await options(), ['Mit botilbud', 'Solbakken', 'Kopi af Solbakken']);
  // All of it is saved.
  await page.reload();
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.deepEqual(await options(), ['Mit botilbud', 'Solbakken', 'Kopi af Solbakken']);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  // Keyboard: the bar's controls are reachable and work with Enter.
  await page.getByTestId('scenarie-ny').focus();
  await page.keyboard.press('Enter');
  assert.equal((await options()).length, 4);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('a damaged entry of the old single-entry storage is listed, kept and downloadable', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"active":0,"scenarios":[{"version":1,"wage":{"budget":');
      sessionStorage.setItem('seeded', '1');
    }
  }, [STORAGE_KEY]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.match(await text(page, 'beskadiget-1-fejl'), /ikke gyldig JSON/);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '10.000.000');
  const raw = await downloadOf(page, () => page.getByTestId('beskadiget-1-hent').click());
  assert.equal(raw.body.toString('utf8'), '{"active":0,"scenarios":[{"version":1,"wage":{"budget":');
  await typeInto(page, 'lonbudget', '11.000.000');
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY),
    '{"active":0,"scenarios":[{"version":1,"wage":{"budget":', 'kept untouched');
  await page.screenshot({ path: join(ARTIFACTS, 'scenario-damaged-storage.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('links from a newer version, damaged links and bad files leave the scenario untouched', async () => {
  const page = await openApp(browser, server.url);
  await typeInto(page, 'lonbudget', '12.000.000');
  // Newer version (via about:blank: a changed fragment alone does not reload the page).
  await page.goto('about:blank');
  await page.goto(linkFor('{"version":99,"name":"Fremtiden"}'));
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.match(await text(page, 'scenarie-fejl-tekst'), /nyere udgave/);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  const raw = await downloadOf(page, () => page.getByTestId('scenarie-fejl-hent').click());
  assert.equal(raw.body.toString('utf8'), '{"version":99,"name":"Fremtiden"}');
  // Cut-off link.
  await page.goto('about:blank');
  await page.goto(`${server.url}#s=q1YqS8wpTVWyMtRRyk`);
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.match(await text(page, 'scenarie-fejl-tekst'), /Linket/);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  // The damaged link is read once: the address loses it, and a reload shows no error.
  assert.equal(new URL(page.url()).hash, '');
  await page.reload();
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.equal(await page.getByTestId('scenarie-fejl').count(), 0);
  // A file that is not a scenario.
  await page.getByTestId('scenarie-importer').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":"world"}') });
  await page.getByTestId('scenarie-fejl-tekst').filter({ hasText: 'ikke et scenarie fra Botilbudsberegneren' }).waitFor();
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '12.000.000');
  assert.equal(await page.locator('[data-testid="scenarie-vaelg"] option').count(), 1);
  await page.getByTestId('scenarie-fejl-luk').click();
  assert.equal(await page.getByTestId('scenarie-fejl').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('result tables download as CSV for Danish Excel', async () => {
  const page = await openApp(browser, server.url);
  const csv = await downloadOf(page, () => page.getByTestId('csv-noegletal').click());
  assert.equal(csv.name, 'mit-botilbud-noegletal.csv');
  assert.deepEqual([...csv.body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const body = csv.body.toString('utf8').slice(1);
  // The context block first (issue 15.5), then an empty line and the table.
  assert.match(body, /^Botilbud;Mit botilbud\r\nPeriode;år 2026\r\nDannet;\d\d\.\d\d\.\d{4}\r\nEnhed;se kolonnen Enhed\r\n\r\nNøgletal;Værdi;Enhed\r\n/);
  assert.match(body, /\r\nÅrsværk;21,31;\r\n/);
  const hours = await downloadOf(page, () => page.getByTestId('csv-vandfald').click());
  assert.match(hours.body.toString('utf8'), /\r\nBetalte timer;\d+;Sum\r\n/);
  assert.match(hours.body.toString('utf8'), /\r\nEnhed;timer pr\. år, alle årsværk\r\n/);
  await page.context().close();
});

test('embed mode shows one page without header or navigation, sized for an iframe', async () => {
  for (const [query, title] of [['?embed=1&side=loen', 'Lønbudget → timer'], ['#embed=1&side=vagtplan', 'Vagtplan']]) {
    const page = await openApp(browser, server.url + query, { waitFor: 'indlejret', viewport: { width: 760, height: 640 } });
    assert.equal(await page.locator('header, nav, footer').count(), 0);
    assert.equal(await page.getByTestId('scenarie-vaelg').count(), 0);
    assert.equal(await page.locator('h1').textContent(), title);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`);
    if (query.includes('loen')) {
      const shot = await page.screenshot({ path: join(ARTIFACTS, 'embed.png') });
      assert.ok(shot.length > 10_000, 'the screenshot shows content');
      assert.equal(await page.evaluate(() => localStorage.length), 0, 'embedding saves nothing');
    }
    assert.deepEqual(page.report.pageErrors, []);
    await page.context().close();
  }
});

test('printing shows the one-page summary of the page with name and date, no chrome (issue 15)', async () => {
  const page = await openApp(browser, server.url);
  await typeInto(page, 'scenarie-navn', 'Solbakken');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const visible = (sel) => page.locator(sel).first().isVisible();
  assert.equal(await visible('header'), false);
  assert.equal(await visible('nav'), false);
  assert.equal(await visible('[data-testid="csv-noegletal"]'), false);
  assert.equal(await visible('[data-testid="lonbudget"]'), false);
  assert.equal(await visible('[data-testid="udskrift-loen"]'), true);
  assert.match(await page.getByTestId('udskrift-loen').textContent(), /Botilbud: Solbakken · Dato: \d\d\.\d\d\.\d{4}/);
  // Without the appendix the explanations stay off paper, though built (beforeprint).
  assert.equal(await page.locator('details.explain').getAttribute('open'), '');
  assert.equal(await visible('details.explain'), false);
  assert.match(await page.getByTestId('forklaring').textContent(), /Årsværklønbudget \/ c/);
  await page.pdf({ path: join(ARTIFACTS, 'print-loen.pdf') });
  await page.context().close();
});

test('Udskriv builds the closed explanations before the print dialog opens', async () => {
  const page = await openApp(browser, server.url);
  // The dialog itself cannot open headless: record what the page holds when it would.
  await page.evaluate(() => {
    window.print = () => { window.__printed = document.querySelector('[data-testid="forklaring"]').textContent; };
  });
  await page.getByTestId('scenarie-udskriv').click();
  const printed = await (await page.waitForFunction(() => window.__printed)).jsonValue();
  assert.match(printed, /Årsværklønbudget \/ c/);
  await page.context().close();
});

test('axe-core finds no WCAG 2.1 A/AA violations in the scenario bar and its notices', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('scenarie-kopier-link').click();
  await page.getByTestId('scenarie-link').waitFor();
  await page.getByTestId('scenarie-nulstil').click();
  await page.getByTestId('scenarie-importer').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('nej') });
  await page.getByTestId('scenarie-fejl').waitFor();
  await page.getByTestId('scenarie-fortryd').waitFor();
  assert.deepEqual(await axe(page), []);
  await page.context().close();
});

test('saves from a newer version are not overwritten', async () => {
  const context = await browser.newContext();
  const newer = '{"active":0,"scenarios":[{"version":99}]}';
  await context.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); }
  }, [STORAGE_KEY, newer]);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('lonbudget').waitFor();
  assert.match(await text(page, 'beskadiget-1-fejl'), /nyere udgave/);
  await typeInto(page, 'lonbudget', '11.000.000');
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), STORAGE_KEY), newer);
  await context.close();
});
