// Browser tests of the page "Lønbudget → timer" against the release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, text, typeInto, axe, formatDk, tabOrder, ARTIFACTS, openDetails } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

// The model's formulas (DOMAIN.md §1) with the default inputs, computed independently here.
function expected(budget) {
  const annual = (m, pension, supplement) => m * 12 * (1 + pension / 100) + m * 12 * supplement / 100;
  const c = 0.60 * annual(33500, 14.2, 8) + 0.25 * annual(31000, 16, 8) + 0.15 * annual(27100, 13.31, 8);
  const fte = budget / c;
  const available = 1924 - 185 - 37 - 7 * 7.4; // 2026: 7 weekday holidays
  const client = fte * available * (1 - 9 / 100) * (1 - 15 / 100);
  return { fte, client, hourly: budget / client };
}

test('typing a budget updates årsværk and borgerrelaterede timer to the model values', async () => {
  const page = await openApp(browser, server.url);
  await typeInto(page, 'lonbudget', '12.500.000');
  const e = expected(12_500_000);
  assert.equal(await text(page, 'aarsvaerk'), formatDk(e.fte, 2));
  assert.match(await text(page, 'borger-timer'), new RegExp(`^${formatDk(e.client, 0).replace(/\./g, '\\.')}`));
  assert.match(await text(page, 'timepris'), new RegExp(`^${formatDk(e.hourly, 2).replace(/\./g, '\\.')}`));
  await page.screenshot({ path: join(ARTIFACTS, 'wage.png'), fullPage: true });
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('bad input shows a Danish error next to the field and keeps the rest', async () => {
  const page = await openApp(browser, server.url);
  await typeInto(page, 'beboere', '14');
  const before = await text(page, 'aarsvaerk');
  // Pasted in one go (typing it key by key would pass through the valid "12,3").
  await page.getByTestId('lonbudget').fill('12,3,4');
  const error = page.locator('#lonbudget-fejl');
  assert.match(await error.textContent(), /»12,3,4« er ikke et tal/);
  assert.equal(await page.getByTestId('lonbudget').getAttribute('aria-invalid'), 'true');
  // The last valid results stay, marked as not current; the other input is untouched.
  assert.equal(await text(page, 'aarsvaerk'), before);
  await page.getByTestId('ikke-opdateret').waitFor();
  assert.equal(await page.getByTestId('beboere').inputValue(), '14');
  await page.screenshot({ path: join(ARTIFACTS, 'wage-error.png') });
  await typeInto(page, 'lonbudget', '10.000.000');
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('every message stands by its field; implausible amounts warn without blocking (issue 13.11, 13.12)', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('norm').fill('1,5');
  assert.match(await page.locator('#norm-fejl').textContent(), /ingen mulige timer/);
  assert.equal(await page.getByTestId('norm').getAttribute('aria-invalid'), 'true');
  await typeInto(page, 'norm', '1.924');
  await page.getByTestId('beboere').fill('1,5');
  assert.equal(await page.locator('#beboere-fejl').textContent(), 'Antal beboere skal være et helt tal.');
  await typeInto(page, 'beboere', '12');
  await page.getByTestId('lonbudget').fill('1.000.000.000.000');
  assert.match(await page.locator('#lonbudget-advarsel').textContent(), /usædvanligt stort/);
  assert.equal(await page.getByTestId('lonbudget').getAttribute('aria-invalid'), null);
  assert.equal(await text(page, 'aarsvaerk'), formatDk(expected(1e12).fte, 2));
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('staff groups can be added, renamed and removed; shares must sum to 100', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('gruppe-tilfoej').click();
  await typeInto(page, 'gruppe-4-navn', 'Nattevagt');
  await typeInto(page, 'gruppe-4-andel', '10');
  await page.getByTestId('grupper-fejl').waitFor();
  assert.match(await text(page, 'grupper-fejl'), /100 %.*110/);
  await typeInto(page, 'gruppe-1-andel', '50');
  assert.equal(await page.getByTestId('grupper-fejl').count(), 0);
  await page.getByTestId('gruppe-4-fjern').click();
  assert.equal(await page.getByTestId('gruppe-4-navn').count(), 0);
  await page.context().close();
});

const INPUTS = ['lonbudget', 'beboere', 'aar', 'tillaeg-pct', 'norm', 'ferie', 'feriefridage', 'syg-pct',
  'kursus-pct', 'andet-pct', 'ikke-borgerrelateret-pct', 'dage-pr-aar',
  ...[1, 2, 3].flatMap((n) => ['navn', 'andel', 'maanedsloen', 'pension'].map((f) => `gruppe-${n}-${f}`))];

test('every field is reachable by keyboard alone', async () => {
  const page = await openApp(browser, server.url);
  const order = await tabOrder(page);
  for (const id of INPUTS) assert.ok(order.includes(id), `${id} not reachable by Tab`);
  assert.ok(order.includes('nav-vagtplan'));
  await page.context().close();
});

test('axe-core finds no WCAG 2.1 A/AA violations, and no request leaves the origin', async () => {
  const page = await openApp(browser, server.url);
  await openDetails(page, 'details.explain');
  assert.deepEqual(await axe(page), []);
  await typeInto(page, 'lonbudget', 'x');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.report.foreign, []);
  await page.context().close();
});

test('navigation reaches every page', async () => {
  const page = await openApp(browser, server.url);
  for (const nav of ['nav-vagtplan', 'nav-takster', 'nav-overgang', 'nav-loen']) {
    await page.getByTestId(nav).click();
    assert.equal(await page.getByTestId(nav).getAttribute('aria-current'), 'page');
  }
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
