// Browser tests of the page "Vagtplan" against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, text, typeInto, axe, parseDk, tabOrder, ARTIFACTS, openDetails } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

async function openRoster() {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-vagtplan').click();
  await page.getByTestId('vagt-timer-uge').waitFor();
  return page;
}

// Heatmap table cell: row = hour (0–23), column = weekday (0 = Monday).
async function heatCell(page, hour, weekday) {
  return (await page.getByTestId('vagt-heatmap-tabel').locator('tbody tr').nth(hour).locator('td').nth(weekday).textContent()).trim();
}

// Default preset (dag 07–15 5/4, aften 15–23 4/3, vågen nat 1 every day), computed here:
// week 8 × (5·5 + 2·4) + 8 × (5·4 + 2·3) + 8 × 7 = 528 t. Year 2026 starts on a Thursday, so
// 53 Thursdays and 52 of every other day: 8 × (52 × (5 × 10 + 2 × 8) + 10) = 27.536 t.
test('editing a shift changes hours, the heatmap and the cost', async () => {
  const page = await openRoster();
  assert.equal(await text(page, 'vagt-timer-uge'), '528,0');
  assert.equal(await text(page, 'vagt-timer-aar'), '27.536');
  await openDetails(page, '[data-testid="vagt-heatmap"] details');
  // Monday 10–11: 5 on the day shift, 12 beboere / 5 = 2,4 per person.
  assert.equal(await heatCell(page, 10, 0), '5 (2,4)');
  const cost = parseDk(await text(page, 'vagt-loenudgift'));
  const coverage = parseDk(await text(page, 'vagt-budget-daekning-pct'));

  await typeInto(page, 'vagt-1-mandag', '7');
  // +2 persons × 8 t on Mondays: +16 t/uge; 52 Mondays → +832 t/år.
  assert.equal(await text(page, 'vagt-timer-uge'), '544,0');
  assert.equal(await text(page, 'vagt-timer-aar'), '28.368');
  assert.equal(await heatCell(page, 10, 0), '7 (1,7)');
  assert.ok(parseDk(await text(page, 'vagt-loenudgift')) > cost);
  assert.ok(parseDk(await text(page, 'vagt-budget-daekning-pct')) < coverage);
  // Lønbudget − lønudgift, as shown.
  const gap = parseDk(await text(page, 'vagt-budget-gab-kr'));
  assert.ok(Math.abs(gap - (10_000_000 - parseDk(await text(page, 'vagt-loenudgift')))) <= 1);
  await page.screenshot({ path: join(ARTIFACTS, 'roster.png'), fullPage: true });
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('the verdict opens the results, in words, and follows the budget', async () => {
  const page = await openRoster();
  const coverage = parseDk(await text(page, 'vagt-budget-daekning-pct'));
  assert.equal(await text(page, 'vagt-dom'), `Budgettet rækker til ${Math.trunc(coverage)} % af vagtplanen`);
  assert.equal(await text(page, 'vagt-loenbudget'), '10.000.000');
  assert.match(await text(page, 'vagt-ekstra-alternativer'), /^Budgettet rækker desuden til ekstra medarbejdere alle ugens dage: \d+,\d på .+ eller \d+,\d på .+\.$/);
  await page.getByTestId('nav-loen').click();
  await typeInto(page, 'lonbudget', '2.000.000');
  await page.getByTestId('nav-vagtplan').click();
  assert.match(await text(page, 'vagt-dom'), /^Budgettet rækker kun til \d+ % af vagtplanen$/);
  assert.match(await text(page, 'vagt-ekstra-alternativer'), /^For at holde budgettet skal der være færre medarbejdere/);
  assert.equal(await page.locator('.verdict-short').count(), 1);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('copy, delete, presets, sleeping factor and stacking', async () => {
  const page = await openRoster();
  await page.getByTestId('vagt-3-kopier').click();
  assert.match(await page.getByTestId('vagt-4-navn').inputValue(), /\(kopi\)$/);
  assert.equal(await text(page, 'vagt-timer-uge'), '584,0'); // + 8 × 7
  await page.getByTestId('vagt-4-slet').click();
  assert.equal(await page.getByTestId('vagt-4-navn').count(), 0);
  assert.equal(await text(page, 'vagt-timer-uge'), '528,0');

  await page.getByTestId('vagt-skabelon-sovende').click();
  assert.equal(await page.getByTestId('vagt-3-sovende').isChecked(), true);
  assert.equal(await text(page, 'vagt-timer-uge'), '528,0'); // sleeping counts 100 % by default
  await typeInto(page, 'sovende-arbejdstid-pct', '50');
  assert.equal(await text(page, 'vagt-timer-uge'), '500,0'); // night 56 t × ½

  const plain = parseDk(await text(page, 'vagt-tillaeg-kr'));
  await page.getByTestId('tillaeg-stabling').check();
  assert.ok(parseDk(await text(page, 'vagt-tillaeg-kr')) > plain);
  await typeInto(page, 'tillaeg-1-aften', '0');
  await page.getByTestId('tillaeg-stabling').uncheck();
  assert.ok(parseDk(await text(page, 'vagt-tillaeg-kr')) < plain);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('a bad time is a Danish error, and the last valid figures stay', async () => {
  const page = await openRoster();
  const before = await text(page, 'vagt-timer-uge');
  await page.getByTestId('vagt-2-slut').fill('25:00');
  await page.getByTestId('ikke-opdateret').waitFor();
  assert.match(await text(page, 'vagt-fejl'), /»25:00« er ikke et klokkeslæt/);
  assert.equal(await page.getByTestId('vagt-2-slut').getAttribute('aria-invalid'), 'true');
  assert.equal(await text(page, 'vagt-timer-uge'), before);
  await typeInto(page, 'vagt-2-slut', '23:00');
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0);
  await page.context().close();
});

test('the table is usable by keyboard alone', async () => {
  const page = await openRoster();
  const order = await tabOrder(page);
  for (const id of ['vagt-1-navn', 'vagt-1-start', 'vagt-1-slut', 'vagt-1-mandag', 'vagt-1-soendag', 'vagt-1-gruppe',
    'vagt-1-sovende', 'vagt-1-kopier', 'vagt-1-slet', 'vagt-tilfoej', 'vagt-skabelon-vaagen', 'tillaeg-1-aften',
    'tillaeg-3-soen-helligdag', 'tillaeg-stabling', 'sovende-arbejdstid-pct']) {
    assert.ok(order.includes(id), `${id} not reachable by Tab`);
  }
  // Add a shift with the keyboard: focus the button, press Enter, type into the new row.
  // It starts empty and counts once filled in (issue 13.13): 07–15 with 2 on Mondays.
  await page.getByTestId('vagt-tilfoej').focus();
  await page.keyboard.press('Enter');
  await typeInto(page, 'vagt-4-start', '07:00');
  await typeInto(page, 'vagt-4-slut', '15:00');
  for (const [, day] of [[0, 'mandag'], [1, 'tirsdag'], [2, 'onsdag'], [3, 'torsdag'], [4, 'fredag'], [5, 'loerdag'], [6, 'soendag']]) {
    await typeInto(page, `vagt-4-${day}`, day === 'mandag' ? '2' : '0');
  }
  assert.equal(await text(page, 'vagt-timer-uge'), String(528 + 2 * 8).concat(',0'));
  await page.context().close();
});

test('axe-core finds no WCAG 2.1 A/AA violations, and no request leaves the origin', async () => {
  const page = await openRoster();
  await openDetails(page, '[data-testid="vagt-heatmap"] details');
  await openDetails(page, 'details.explain');
  assert.deepEqual(await axe(page), []);
  await page.getByTestId('vagt-1-start').fill('x');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.report.foreign, []);
  await page.context().close();
});

test('the measured supplement feeds the wage page when chosen', async () => {
  const page = await openApp(browser, server.url);
  const before = parseDk(await text(page, 'aarsvaerk'));
  await page.getByTestId('nav-vagtplan').click();
  const measured = parseDk(await text(page, 'vagt-tillaeg-pct'));
  assert.ok(measured > 8, `measured ${measured} % is above the default 8 %`);
  await page.getByTestId('tillaeg-fra-vagtplan').check();
  await page.getByTestId('nav-loen').click();
  await page.getByTestId('aarsvaerk').waitFor();
  // A higher tillæg makes each årsværk dearer, so the budget buys fewer.
  assert.ok(parseDk(await text(page, 'aarsvaerk')) < before);
  await openDetails(page, 'details.explain');
  assert.match(await page.getByTestId('forklaring').textContent(), new RegExp(String(measured).replace('.', ',').slice(0, 4)));
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
