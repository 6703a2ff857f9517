// Browser tests of the page "Sammenlign" (issue 16): two saved scenarios side by side with
// the differences in signs and words, the inputs that differ, the hours per botilbud
// (sortable, with a chart), CSV, print on one page, and axe.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, text, typeInto, axe, formatDk, parseDk, ARTIFACTS, openDetails } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

// DOMAIN.md §1 and §3 with the default inputs, computed independently here.
const DAYS = 365;
function clientHours(budget) {
  const annual = (m, pension, supplement) => m * 12 * (1 + pension / 100) + m * 12 * supplement / 100;
  const c = 0.60 * annual(33500, 14.2, 8) + 0.25 * annual(31000, 16, 8) + 0.15 * annual(27100, 13.31, 8);
  return { fte: budget / c, client: (budget / c) * (1924 - 185 - 37 - 7 * 7.4) * 0.91 * 0.85 };
}
const ORDERED = (2 * 17 + 3 * 24 + 3 * 30 + 2 * 37 + 61 + 84) * DAYS / 7; // 21.639,29 t

/** Two saved scenarios: »Mit botilbud« (11,8 mio. kr., 20.000 t delivered) and its copy
 * »Plan B« (12,3 mio. kr., a sleeping night, 26.500 t delivered), with Plan B open. */
async function twoScenarios(viewport) {
  const page = await openApp(browser, server.url, { viewport });
  await typeInto(page, 'lonbudget', '11.800.000');
  await page.getByTestId('nav-takster').click();
  await typeInto(page, 'leverede-timer', '20.000');
  // On a phone the scenario bar sits behind "Scenarie: …".
  if (await page.getByTestId('scenarie-vis').isVisible()) await page.getByTestId('scenarie-vis').click();
  await page.getByTestId('scenarie-dupliker').click();
  await typeInto(page, 'scenarie-navn', 'Plan B');
  await page.getByTestId('nav-loen').click();
  await typeInto(page, 'lonbudget', '12.300.000');
  await page.getByTestId('nav-vagtplan').click();
  await page.getByTestId('vagt-3-sovende').check();
  await page.getByTestId('nav-takster').click();
  await typeInto(page, 'leverede-timer', '26.500');
  await page.getByTestId('nav-sammenlign').click();
  await page.getByTestId('sammenlign-tabel').waitFor();
  return page;
}

test('two scenarios side by side: figures, differences in words and the inputs that differ', async () => {
  const page = await twoScenarios();
  assert.equal(await text(page, 'sammenlign-1-navn'), 'Plan B');
  assert.match(await text(page, 'sammenlign-2-navn'), /^Mit botilbud/);
  const b = clientHours(12_300_000);
  const a = clientHours(11_800_000);
  assert.equal(await text(page, 'sammenlign-1-aarsvaerk'), `${formatDk(b.fte, 2)} årsværk`);
  assert.equal(await text(page, 'sammenlign-2-aarsvaerk'), `${formatDk(a.fte, 2)} årsværk`);
  // Mit botilbud against Plan B: 11,8 / 12,3 − 1 = −4,07 %, in signs and words.
  const pct = formatDk((11.8 / 12.3 - 1) * 100, 1);
  assert.equal(await text(page, 'sammenlign-2-aarsvaerk-forskel'), `${formatDk(a.fte - b.fte, 2)} årsværk (${pct} %), lavere`);
  assert.equal(await text(page, 'sammenlign-2-borger-timer'), `${formatDk(a.client, 0)} t`);
  assert.equal(await text(page, 'sammenlign-2-timepris-forskel'), 'uændret');
  assert.equal(await text(page, 'sammenlign-2-visiterede-timer'), `${formatDk(ORDERED, 0)} t`);
  assert.ok(Math.abs(parseDk(await text(page, 'sammenlign-2-timebalance')) - (a.client - ORDERED)) <= 1);
  const changes = await page.getByTestId('sammenlign-forskelle-2').locator('li').allTextContents();
  assert.deepEqual(changes, [
    'Lønbudget: 12.300.000 → 11.800.000 kr.',
    'Vagt »Vågen nat«: sovende → vågen',
    'Leverede borgerrelaterede timer pr. år: 26.500 → 20.000 t',
  ]);
  // Unchecking the other scenario leaves the open one alone.
  await page.getByTestId('sammenlign-valg-1').uncheck();
  await page.getByTestId('sammenlign-2-aarsvaerk').waitFor({ state: 'detached' });
  assert.equal(await page.getByTestId('sammenlign-forskelle-2').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('ordered vs. budgeted vs. delivered hours per botilbud, sortable, with a chart', async () => {
  const page = await twoScenarios();
  const rows = () => page.locator('[data-testid^="sammenlign-timer-"][data-testid$="-navn"]').allTextContents();
  assert.deepEqual(await rows(), ['Mit botilbud', 'Plan B']);
  const a = clientHours(11_800_000);
  assert.equal(await text(page, 'sammenlign-timer-1-visiterede'), formatDk(ORDERED, 0));
  assert.equal(await text(page, 'sammenlign-timer-1-budget'), formatDk(a.client, 0));
  assert.equal(await text(page, 'sammenlign-timer-1-leverede'), '20.000');
  assert.equal(await text(page, 'sammenlign-timer-1-leveringsgab'), formatDk(20000 - ORDERED, 0));
  assert.equal(await text(page, 'sammenlign-timer-1-leveringsgab-pct'), formatDk((20000 - ORDERED) / ORDERED * 100, 1));
  assert.equal(await text(page, 'sammenlign-timer-1-leveringsgrad'), formatDk(20000 / ORDERED * 100, 1));
  assert.ok(Math.abs(parseDk(await text(page, 'sammenlign-timer-1-budgetgab')) - (a.client - ORDERED)) <= 1);
  // Sorting by leveringsgab: descending on the second click; aria-sort says which.
  const sort = page.getByTestId('sammenlign-sorter-leveringsgab');
  await sort.click();
  assert.deepEqual(await rows(), ['Mit botilbud', 'Plan B']);
  await sort.click();
  assert.deepEqual(await rows(), ['Plan B', 'Mit botilbud']);
  assert.equal(await page.locator('th', { has: sort }).getAttribute('aria-sort'), 'descending');
  // The chart: three named bars per botilbud, the values written beside them.
  const chart = page.getByTestId('sammenlign-timer-graf');
  assert.equal(await chart.locator('rect').count(), 6);
  assert.match(await chart.textContent(), /visiteret.*budgettet køber.*leveret.*26\.500/s);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('the comparison and the hours download as CSV for Danish Excel', async () => {
  const page = await twoScenarios();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sammenlign-csv').click()]);
  assert.equal(download.suggestedFilename(), 'sammenligning.csv');
  const file = await readFile(await download.path(), 'utf8');
  // The context block (botilbud, periode, dannet, enhed), an empty line, then the table.
  assert.ok(file.startsWith('\ufeffBotilbud;Plan B · Mit botilbud\r\nPeriode;'), file.slice(0, 80));
  const csv = file.slice(file.indexOf('\r\n\r\n') + 4);
  assert.ok(csv.startsWith('Nøgletal;Enhed;Plan B;Mit botilbud;'));
  assert.match(csv, /\r\nÅrsværk;årsværk;\d+,\d\d;\d+,\d\d;-\d+,\d\d;-4,1\r\n/);
  assert.match(csv, /Lønbudget: 12\.300\.000 → 11\.800\.000 kr\./);
  const [hours] = await Promise.all([page.waitForEvent('download'), page.getByTestId('sammenlign-timer-csv').click()]);
  const hoursFile = await readFile(await hours.path(), 'utf8');
  assert.ok(hoursFile.startsWith('\ufeffBotilbud;alle gemte scenarier\r\n'));
  const rows = hoursFile.slice(hoursFile.indexOf('\r\n\r\n') + 4).split('\r\n');
  assert.ok(rows[0].startsWith('Botilbud;Visiterede timer;'));
  assert.match(rows[1], /^Mit botilbud;21639;\d+;20000;/);
  await page.context().close();
});

test('prints the comparison on one A4 page', async () => {
  const page = await twoScenarios();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByTestId('sammenlign-valg').isVisible(), false);
  assert.equal(await page.getByTestId('sammenlign-tabel').isVisible(), true);
  const pdf = await page.pdf({ format: 'A4' });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  assert.equal(pages.length, 1);
  await page.context().close();
});

test('the page passes axe, on a desktop and a phone, with the explanation open', async () => {
  for (const [name, viewport] of [['desktop', { width: 1366, height: 768 }], ['mobile', { width: 390, height: 844 }]]) {
    const page = await twoScenarios(viewport);
    await openDetails(page, '.explain');
    assert.match(await page.locator('.explain').textContent(), /leveringsgab = leverede_t − visiterede_t/);
    assert.deepEqual(await axe(page), [], name);
    await page.screenshot({ path: join(ARTIFACTS, `compare-${name}.png`), fullPage: true });
    assert.deepEqual(page.report.pageErrors, []);
    await page.context().close();
  }
});

test('with only one saved scenario the page says how to get another', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-sammenlign').click();
  await page.getByTestId('sammenlign-kun-et').waitFor();
  assert.equal(await page.getByTestId('sammenlign-1-aarsvaerk').count(), 1);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('leverede timer: a bad entry is a Danish error by the field and is kept as typed', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-takster').click();
  await typeInto(page, 'leverede-timer', '-5');
  assert.equal(await page.locator('#leverede-timer-fejl').textContent(), 'De leverede timer må ikke være negativ.');
  assert.equal(await page.getByTestId('leverede-timer').inputValue(), '-5');
  await typeInto(page, 'leverede-timer', '18.000');
  await page.locator('#leverede-timer-fejl').waitFor({ state: 'detached' });
  await page.getByTestId('nav-sammenlign').click();
  assert.equal(await text(page, 'sammenlign-timer-1-leverede'), '18.000');
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
