// Browser tests of the page "Overgang" (DOMAIN.md §4) against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, text, settledText, typeInto, axe, formatDk, ARTIFACTS, openDetails } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

// The default case computed independently (D = 365): 2.000 kr./døgn, 6 months of 8 t/uge,
// then 5 t/uge at 450 kr., S = the whole 24-month horizon.
const m = 365 / 12;
const w = 365 / 84;
const old = 2000 * m;
const extra = 6 * (old - 8 * w * 450);
const saving = old - 5 * w * 450;
const hours = 6 * 8 * w;

async function openTransition() {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-overgang').click();
  await page.getByTestId('overgang-timer-i-alt').waitFor();
  return page;
}

// The chart scales to its data, so an identical second case keeps the line's shape; its axis
// labels and table alternative change, and a later move-out changes the shape.
const chart = (page) => page.getByTestId('overgang-graf').textContent();
const points = (page) => page.getByTestId('overgang-graf-kommune').getAttribute('points');

test('the default case shows the KPIs; adding a case changes KPIs and chart; CSV downloads', async () => {
  const page = await openTransition();
  assert.equal(await text(page, 'overgang-timer-i-alt'), formatDk(hours, 2));
  assert.equal(await text(page, 'overgang-ekstra-udgift-pr-sag'), formatDk(extra, 0));
  assert.equal(await text(page, 'overgang-besparelse-pr-maaned'), formatDk(saving, 0));
  assert.equal(await text(page, 'overgang-tilbagebetaling-mdr'), formatDk(extra / saving, 1));
  assert.equal(await text(page, 'overgang-kommune-akk'), formatDk(18 * saving, 0));
  // c_b typed instead of the wage page's timepris: buffer = 6 × (T_old·m − h_t·w·400).
  await typeInto(page, 'sag-1-c-b', '400');
  const buffer = 6 * (old - 8 * w * 400);
  // Under heavy load the last keystroke's render can trail the read: wait for it.
  assert.equal(await settledText(page, 'overgang-buffer-tilbud', formatDk(buffer, 0)), formatDk(buffer, 0));
  assert.equal(await settledText(page, 'overgang-tilbud-akk', formatDk(buffer, 0)), formatDk(buffer, 0));

  const chartBefore = await chart(page);
  const pointsBefore = await points(page);
  // A new case starts empty and does not count (issue 13.13); a copy does.
  await page.getByTestId('sag-tilfoej').click();
  await page.getByTestId('sag-2-pseudonym').waitFor();
  assert.equal(await page.getByTestId('sag-2-t-old').inputValue(), '');
  assert.equal(await text(page, 'overgang-timer-i-alt'), formatDk(hours, 2));
  await page.getByTestId('sag-2-fjern').click();
  await page.getByTestId('sag-1-kopier').click();
  await page.getByTestId('sag-2-pseudonym').waitFor();
  assert.equal(await text(page, 'overgang-timer-i-alt'), formatDk(2 * hours, 2));
  assert.equal(await text(page, 'overgang-ekstra-udgift-pr-sag'), formatDk(2 * extra, 0));
  assert.notEqual(await chart(page), chartBefore);
  assert.match(await chart(page), new RegExp(formatDk(2 * 18 * saving, 0).replace(/\./g, '\\.')));
  await typeInto(page, 'sag-2-t0', '6');
  assert.notEqual(await points(page), pointsBefore);
  await typeInto(page, 'sag-2-t0', '0');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('overgang-csv').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'saerskilt-timeopgoerelse.csv');
  const bytes = await readFile(await download.path());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const all = bytes.toString('utf8').slice(1).split('\r\n');
  // The context block (issue 15.5): botilbud, period, date, unit (planned hours), a gap.
  assert.equal(all[0], 'Botilbud;Mit botilbud');
  assert.equal(all[1], 'Periode;jan. 2026 – dec. 2027 (24 måneder)');
  assert.match(all[2], /^Dannet;\d\d\.\d\d\.\d{4}$/);
  assert.match(all[3], /^Enhed;planlagte §85-timer \(h_t × uger pr\. måned/);
  assert.equal(all[4], '');
  const lines = all.slice(5);
  assert.equal(lines[0], 'Måned;Borger A;Borger A (kopi);I alt');
  assert.equal(lines[1], 'jan. 2026;34,76;34,76;69,52');
  assert.equal(lines[7], 'jul. 2026;0,00;0,00;0,00');
  assert.equal(lines[25], 'I alt;208,57;208,57;417,14');
  const [months] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('overgang-maaneder-csv').click(),
  ]);
  assert.equal(months.suggestedFilename(), 'overgang-maaneder.csv');
  const monthLines = (await readFile(await months.path())).toString('utf8').slice(1).split('\r\n');
  assert.match(monthLines[3], /^Enhed;kr\. pr\. måned/);
  assert.match(monthLines[5], /^Måned;Botilbud med ordning;/);
  assert.match(monthLines[6], /^jan\. 2026;-?\d+;/);
  await page.screenshot({ path: join(ARTIFACTS, 'transition.png'), fullPage: true });
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('copy and remove cases; an empty list is a Danish error', async () => {
  const page = await openTransition();
  await page.getByTestId('sag-1-kopier').click();
  assert.equal(await page.getByTestId('sag-2-pseudonym').inputValue(), 'Borger A (kopi)');
  await page.getByTestId('sag-2-fjern').click();
  await page.getByTestId('sag-1-fjern').click();
  assert.match(await text(page, 'sager-fejl'), /mindst én sag/);
  await page.getByTestId('ikke-opdateret').waitFor();
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('transition months beyond the horizon are flagged on screen', async () => {
  const page = await openTransition();
  assert.equal(await page.getByTestId('overgang-udenfor-horisont').count(), 0);
  await typeInto(page, 'sag-1-t0', '21');
  assert.match(await text(page, 'overgang-udenfor-horisont'), /3 af 6 måneder/);
  assert.equal(await text(page, 'overgang-timer-i-alt'), formatDk(3 * 8 * w, 2));
  await page.context().close();
});

test('axe-core finds no WCAG 2.1 A/AA violations on the page, valid or not', async () => {
  const page = await openTransition();
  await openDetails(page, 'details.explain');
  assert.deepEqual(await axe(page), []);
  await page.getByTestId('horisont').fill('0');
  await page.locator('#horisont-fejl').waitFor();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.report.foreign, []);
  await page.context().close();
});
