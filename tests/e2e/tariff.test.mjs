// Browser tests of the page "Takster" (packages, resident mix) and of "Prisopslag", which
// prices with Takster's packages (price lookup, sources, case details, print), against the
// release build.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, text, typeInto, axe, formatDk, parseDk, ARTIFACTS, openDetails, pdfText } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

// DOMAIN.md §1 and §3 with the default inputs, computed independently here.
const DAYS = 365;
function wageHourly() {
  const annual = (m, pension, supplement) => m * 12 * (1 + pension / 100) + m * 12 * supplement / 100;
  const c = 0.60 * annual(33500, 14.2, 8) + 0.25 * annual(31000, 16, 8) + 0.15 * annual(27100, 13.31, 8);
  const client = (10_000_000 / c) * (1924 - 185 - 37 - 7 * 7.4) * 0.91 * 0.85;
  return { hourly: 10_000_000 / client, client };
}
const BASIS = 3_000_000 / (12 * DAYS * 0.98); // 698,91
const GLADSAXE_HOURS = [17, 24, 30, 37, 61, 84];
const RESIDENTS = [2, 3, 3, 2, 1, 1];
const daily = (hours, hourly) => BASIS + hours / 7 * hourly;

async function openLookup() {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-prisopslag').click();
  await page.getByTestId('opslag-doegn').waitFor();
  return page;
}

async function openTariff() {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-takster').click();
  await page.getByTestId('basistakst').waitFor();
  return page;
}

test('basistakst, package prices and the resident mix match the formulas', async () => {
  const page = await openTariff();
  const { hourly, client } = wageHourly();
  assert.equal(await text(page, 'basistakst'), '698,91');
  assert.equal(await text(page, 'pakke-3-doegntakst'), formatDk(daily(30, hourly), 2));
  assert.equal(await text(page, 'pakke-3-aarspris'), formatDk(daily(30, hourly) * DAYS, 0));
  assert.equal(await text(page, 'pakke-3-timepris'), formatDk(hourly, 2));
  const ordered = GLADSAXE_HOURS.reduce((s, h, i) => s + RESIDENTS[i] * h, 0) * DAYS / 7;
  const revenue = GLADSAXE_HOURS.reduce((s, h, i) => s + RESIDENTS[i] * daily(h, hourly) * DAYS, 0);
  assert.equal(await text(page, 'mix-visiterede-timer'), formatDk(ordered, 0));
  assert.equal(await text(page, 'mix-indtaegt-aar'), formatDk(revenue, 0));
  assert.ok(Math.abs(parseDk(await text(page, 'mix-timebalance')) - (client - ordered)) <= 1);
  assert.equal(await text(page, 'balanceret-timepris'), formatDk(10_000_000 / ordered, 2));
  // An entered timepris replaces the wage page's.
  await typeInto(page, 'indtastet-timepris', '350');
  assert.equal(await text(page, 'pakke-3-doegntakst'), formatDk(daily(30, 350), 2));
  // Switching a package to minutes per day converts its number: 17 × 60 / 7 = 145,7143.
  await page.getByTestId('pakke-1-enhed').selectOption('doegn');
  assert.equal(await page.getByTestId('pakke-1-timer').inputValue(), '145,7143');
  assert.equal(await text(page, 'pakke-1-doegntakst'), formatDk(daily(17, 350), 2));
  await page.screenshot({ path: join(ARTIFACTS, 'tariff.png'), fullPage: true });
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('Ikast-Brande preset shows implied timepris ≈ 384 kr. and 391 kr. for 1.1', async () => {
  const page = await openTariff();
  await page.getByTestId('skabelon-ikast-brande').click();
  await page.getByTestId('ikast-brande-note').waitFor();
  assert.equal(await text(page, 'pakke-1-timepris'), '391,30');
  for (let n = 2; n <= 13; n += 1) {
    const implied = parseDk(await text(page, `pakke-${n}-timepris`));
    assert.ok(implied > 382.9 && implied < 386.2, `pakke ${n}: ${implied}`);
  }
  // The prices are ydelsestakster: døgntakst 1.1 = basistakst + 150.
  assert.equal(await text(page, 'pakke-1-doegntakst'), formatDk(BASIS + 150, 2));
  assert.deepEqual(await axe(page), []);
  // The template says what it changed and can be undone (issue 13.4).
  assert.match(await text(page, 'scenarie-fortryd-besked'), /Prisgrundlag: hele døgntaksten → kun ydelsestaksten/);
  await page.getByTestId('scenarie-fortryd').click();
  assert.equal(await page.getByTestId('ikast-brande-note').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('price lookup: a package or §85 hours, side by side with differences', async () => {
  const page = await openLookup();
  const { hourly } = wageHourly();
  // Default: alternative 1 = pakke 3, alternative 2 = §85 6 t/uge at the timepris in use.
  const d3 = daily(30, hourly);
  assert.equal(await text(page, 'opslag-doegn'), formatDk(d3, 2));
  assert.equal(await text(page, 'opslag-maaned'), formatDk(d3 * DAYS / 12, 0));
  assert.equal(await text(page, 'opslag-aar'), formatDk(d3 * DAYS, 0));
  await page.getByTestId('alternativ-1-valg').selectOption('pakke-4');
  const d5 = daily(61, hourly);
  assert.equal(await text(page, 'opslag-doegn'), formatDk(d5, 2));
  // The §85 price is one of Takster's prices: changed there, it prices the lookup.
  await page.getByTestId('opslag-til-takster').click();
  await typeInto(page, 'bostoette-timepris', '400');
  await page.getByTestId('nav-prisopslag').click();
  const b6 = 6 / 7 * 400; // 342,86
  assert.equal(await text(page, 'alternativ-2-doegn'), formatDk(b6, 2));
  assert.equal(await text(page, 'alternativ-2-forskel-aar'), formatDk((b6 - d5) * DAYS, 0));
  await page.getByTestId('alternativ-tilfoej').click();
  await typeInto(page, 'alternativ-3-timer', '10');
  const b10 = 10 / 7 * 400;
  assert.equal(await text(page, 'alternativ-3-aar'), formatDk(b10 * DAYS, 0));
  assert.equal(await text(page, 'alternativ-3-forskel-maaned'), formatDk((b10 - d5) * DAYS / 12, 0));
  assert.equal(await page.getByTestId('alternativ-tilfoej').count(), 0, 'at most three alternatives');
  // A bad number keeps the last valid prices, marked as not current.
  await page.getByTestId('alternativ-3-timer').fill('1,2,3');
  await page.getByTestId('ikke-opdateret').waitFor();
  assert.equal(await text(page, 'opslag-doegn'), formatDk(d5, 2));
  await page.getByTestId('alternativ-3-fjern').click();
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('14.1: from a fresh load, a chosen package\'s price is on screen in three actions', async () => {
  const page = await openApp(browser, server.url);
  const { hourly } = wageHourly();
  await page.getByTestId('nav-prisopslag').click(); // 1
  const select = page.getByTestId('alternativ-1-valg');
  // The packages come grouped by VUM level, §85 bostøtte last.
  const groups = await select.locator('optgroup').evaluateAll((gs) => gs.map((g) => g.label));
  assert.deepEqual(groups, ['VUM C', 'VUM D', 'VUM E', 'Bostøtte']);
  await select.selectOption('pakke-4'); // 2: Pakke 5 (ids count from 0)
  assert.equal(await text(page, 'opslag-doegn'), formatDk(daily(61, hourly), 2));
  assert.ok(await page.getByTestId('opslag-aar').isVisible());
  // Where the prices come from, and the way to change them.
  const sources = await text(page, 'opslag-kilder');
  assert.match(sources, /Scenarie »Mit botilbud«/);
  assert.match(sources, /Basistakst 698,91 kr\. pr\. døgn: faste udgifter 3\.000\.000 kr\./);
  assert.match(sources, /Timepris 367,62 kr\. pr\. borgerrelateret time, beregnet på siden Lønbudget → timer/);
  await page.getByTestId('opslag-til-takster').click();
  assert.equal(await page.getByTestId('nav-takster').getAttribute('aria-current'), 'page');
  // Takster keeps a pointer back.
  await page.getByTestId('takster-til-prisopslag').click();
  assert.equal(await page.getByTestId('nav-prisopslag').getAttribute('aria-current'), 'page');
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('15.3: the prisoverslag: case fields, a CPR warning, sources, no internal references, one A4 page', async () => {
  const page = await openLookup();
  await typeInto(page, 'overslag-borger', 'Borger A');
  await typeInto(page, 'overslag-sagsnummer', '010190-1234');
  assert.match(await page.locator('#overslag-sagsnummer-advarsel').textContent(), /CPR-nummer/);
  assert.equal(await page.locator('#overslag-borger-advarsel').count(), 0);
  assert.match(await page.getByTestId('overslag-sagsnummer').getAttribute('aria-describedby'), /overslag-sagsnummer-advarsel/);
  assert.deepEqual(await axe(page), [], 'Prisopslag with a warning');
  await typeInto(page, 'overslag-sagsnummer', '2026-0815');
  assert.equal(await page.locator('#overslag-sagsnummer-advarsel').count(), 0);
  await typeInto(page, 'overslag-sagsbehandler', 'Kim Sørensen');
  await typeInto(page, 'overslag-indstillet', 'Alternativ 1: Pakke 3');
  await typeInto(page, 'overslag-periode', '1.3.2027–28.2.2028');
  // The case details stay when the user looks at another page.
  await page.getByTestId('nav-takster').click();
  await page.getByTestId('nav-prisopslag').click();
  assert.equal(await page.getByTestId('overslag-sagsbehandler').inputValue(), 'Kim Sørensen');
  await page.emulateMedia({ media: 'print' });
  const sheet = page.getByTestId('prisoverslag');
  assert.ok(await sheet.isVisible());
  assert.ok(!(await page.getByTestId('nav-loen').isVisible()));
  assert.ok(!(await page.getByTestId('overslag-borger').isVisible()), 'no input widgets on paper');
  const body = await sheet.textContent();
  assert.match(body, /Prisoverslag til visitationsudvalget/);
  assert.match(await text(page, 'prisoverslag-dato'), /^\d{1,2}\.\d{1,2}\.\d{4}$/, 'empty date = today');
  assert.match(body, /Basistakst 698,91 kr\./);
  assert.match(body, /Timepris 367,62 kr\. pr\. borgerrelateret time, beregnet på siden Lønbudget/);
  const pdf = await page.pdf({ format: 'A4' });
  const raw = pdf.toString('latin1');
  assert.equal(raw.match(/\/Type\s*\/Page[^s]/g)?.length, 1, 'one A4 page');
  const printed = pdfText(pdf);
  for (const expected of ['Borger A', '2026-0815', 'Kim Sørensen', 'Alternativ 1: Pakke 3', '1.3.2027–28.2.2028', 'Sagsbehandler', 'Periode']) {
    assert.ok(printed.includes(expected), `the PDF says ${expected}`);
  }
  assert.ok(!printed.includes('DOMAIN'), 'no internal references on paper');
  await page.screenshot({ path: join(ARTIFACTS, 'lookup-print.png'), fullPage: true });
  await page.context().close();
});

test('axe-core finds no WCAG 2.1 A/AA violations on Takster', async () => {
  const page = await openTariff();
  await openDetails(page, 'details.explain');
  assert.deepEqual(await axe(page), []);
  await page.getByTestId('saertakst-tilfoej').click();
  await typeInto(page, 'belaegning', '0');
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.report.foreign, []);
  await page.context().close();
});
