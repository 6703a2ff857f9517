// Browser tests of issue 13's items 2, 3, 5, 6, 11 and 13 (README "Decisions and
// deviations"), each as a user meets it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, text, typeInto, formatDk, ARTIFACTS } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

async function openPage(nav, waitFor) {
  const page = await openApp(browser, server.url);
  await page.getByTestId(nav).click();
  await page.getByTestId(waitFor).waitFor();
  return page;
}

test('13.2: after a rate edit, a renamed group takes its new name\'s defaults in the untyped cells', async () => {
  const page = await openApp(browser, server.url);
  await page.getByTestId('nav-vagtplan').click();
  await typeInto(page, 'tillaeg-1-nat', '30');
  assert.match(await text(page, 'tillaeg-indtastet'), /Socialpædagog: nat/);
  await page.getByTestId('nav-loen').click();
  // Social- og sundhedsassistent (pædagogisk assistent, aften 26 %) becomes a medhjælper (27,5 %).
  await typeInto(page, 'gruppe-2-navn', 'Pædagogmedhjælper');
  await typeInto(page, 'gruppe-1-navn', 'Medhjælper');
  await page.getByTestId('nav-vagtplan').click();
  assert.equal(await page.getByTestId('tillaeg-2-aften').inputValue(), '27,5');
  assert.equal(await page.getByTestId('tillaeg-1-aften').inputValue(), '27,5', 'follows the new name');
  assert.equal(await page.getByTestId('tillaeg-1-nat').inputValue(), '30', 'typed, kept');
  assert.match(await text(page, 'tillaeg-indtastet'), /^Indtastet af dig: Medhjælper: nat \(23–06\)\. De øvrige/);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('13.3: removing package 1 keeps the choices on their package; removing it says so', async () => {
  const page = await openPage('nav-prisopslag', 'opslag-doegn');
  const before = await text(page, 'opslag-doegn');
  const third = await page.getByTestId('alternativ-1-valg').locator('option:checked').textContent();
  assert.match(third, /Pakke 3/);
  await page.getByTestId('nav-takster').click();
  await page.getByTestId('pakke-1-fjern').click();
  await page.getByTestId('nav-prisopslag').click();
  assert.match(await page.getByTestId('alternativ-1-valg').locator('option:checked').textContent(), /Pakke 3/);
  assert.equal(await text(page, 'opslag-doegn'), before, 'the same package, the same price');
  // Overgang: a case takes its old takst from pakke 3 (now row 2) …
  await page.getByTestId('nav-overgang').click();
  const select = page.getByTestId('sag-1-pakke');
  const label = await select.locator('option', { hasText: /^Pakke 3/ }).textContent();
  await select.selectOption({ label });
  await page.getByTestId('nav-takster').click();
  // … and pakke 3 itself is removed: both choices say so instead of switching.
  await page.getByTestId('pakke-2-fjern').click();
  await page.getByTestId('nav-prisopslag').click();
  assert.equal(await page.getByTestId('alternativ-1-valg').locator('option:checked').textContent(), 'Pakken findes ikke længere');
  await page.getByTestId('ikke-opdateret').waitFor();
  await page.getByTestId('nav-overgang').click();
  assert.equal(await page.getByTestId('sag-1-pakke').locator('option:checked').textContent(), 'Pakken findes ikke længere');
  assert.match(await page.locator('#sag-1-pakke-fejl').textContent(), /Pakken findes ikke længere/);
  await page.screenshot({ path: join(ARTIFACTS, 'issue13-package-gone.png'), fullPage: true });
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('13.5: one §85 price, typed on Takster, prices the lookup and Overgang\'s p_b', async () => {
  const page = await openPage('nav-takster', 'basistakst');
  assert.equal(await page.getByTestId('bostoette-timepris').inputValue(), '450');
  await page.getByTestId('nav-prisopslag').click();
  assert.equal(await text(page, 'alternativ-2-doegn'), formatDk(6 / 7 * 450, 2));
  await page.getByTestId('nav-overgang').click();
  assert.equal(await page.getByTestId('sag-1-p-b').inputValue(), '');
  assert.match(await page.locator('#sag-1-p-b-hint').textContent(), /§85-pris fra siden Takster.*450,00 kr\./);
  const saving = await text(page, 'overgang-besparelse-pr-maaned');
  await page.getByTestId('nav-takster').click();
  await typeInto(page, 'bostoette-timepris', '500');
  await page.getByTestId('nav-prisopslag').click();
  assert.equal(await text(page, 'alternativ-2-doegn'), formatDk(6 / 7 * 500, 2));
  await page.getByTestId('nav-overgang').click();
  assert.match(await page.locator('#sag-1-p-b-hint').textContent(), /500,00 kr\./);
  assert.notEqual(await text(page, 'overgang-besparelse-pr-maaned'), saving);
  // A case's own price overrides it.
  await typeInto(page, 'sag-1-p-b', '450');
  assert.equal(await text(page, 'overgang-besparelse-pr-maaned'), saving);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('13.6: a sleeping shift at 100 % warns by the factor until the local factor is entered', async () => {
  const page = await openPage('nav-vagtplan', 'vagt-timer-uge');
  assert.equal(await page.locator('#sovende-arbejdstid-pct-advarsel').count(), 0);
  await page.getByTestId('vagt-skabelon-sovende').click();
  const warning = page.locator('#sovende-arbejdstid-pct-advarsel');
  await warning.waitFor();
  assert.match(await warning.textContent(), /lokalt aftalte procent/);
  assert.equal(await page.getByTestId('sovende-arbejdstid-pct').inputValue(), '100', 'the default is kept');
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0, 'a warning does not block');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('sovende-arbejdstid-pct').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(ARTIFACTS, 'issue13-sleep-warning.png') });
  await typeInto(page, 'sovende-arbejdstid-pct', '50');
  assert.equal(await warning.count(), 0);
  await page.context().close();
});

test('13.11: whole counts are errors by the field, implausible amounts warn without blocking', async () => {
  const page = await openPage('nav-takster', 'basistakst');
  await typeInto(page, 'pladser', '12,5');
  assert.match(await page.locator('#pladser-fejl').textContent(), /helt tal/);
  await typeInto(page, 'pladser', '12');
  await typeInto(page, 'pakke-1-pris', '150.000');
  assert.match(await page.locator('#pakke-1-pris-advarsel').textContent(), /usædvanligt stort/);
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0);
  await page.getByTestId('nav-vagtplan').click();
  await typeInto(page, 'vagt-1-mandag', '1,3');
  assert.match(await text(page, 'vagt-fejl'), /helt tal eller et halvt/);
  await typeInto(page, 'vagt-1-mandag', '1½');
  assert.equal(await page.getByTestId('vagt-fejl').count(), 0);
  await typeInto(page, 'tillaeg-1-soen-helligdag', '90');
  assert.match(await page.locator('#tillaeg-1-soen-helligdag-advarsel').textContent(), /Tillægssatsen/);
  await page.getByTestId('nav-loen').click();
  await typeInto(page, 'gruppe-1-maanedsloen', '402.000');
  assert.match(await page.locator('#gruppe-1-maanedsloen-advarsel').textContent(), /Månedslønnen/);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('13.13: new rows start empty and count nothing; "Kopiér" makes one that counts', async () => {
  const page = await openPage('nav-vagtplan', 'vagt-timer-uge');
  const hours = await text(page, 'vagt-timer-uge');
  await page.getByTestId('vagt-tilfoej').click();
  assert.equal(await page.getByTestId('vagt-4-start').inputValue(), '');
  assert.equal(await page.getByTestId('vagt-4-mandag').inputValue(), '');
  assert.equal(await text(page, 'vagt-timer-uge'), hours);
  assert.equal(await page.getByTestId('ikke-opdateret').count(), 0);
  await page.getByTestId('nav-takster').click();
  const mix = await text(page, 'mix-indtaegt-aar');
  for (const table of ['fast-udgift', 'pakke', 'saertakst']) await page.getByTestId(`${table}-tilfoej`).click();
  assert.equal(await page.getByTestId('pakke-7-timer').inputValue(), '');
  assert.equal(await text(page, 'mix-indtaegt-aar'), mix);
  await page.getByTestId('pakke-1-kopier').click();
  assert.match(await page.getByTestId('pakke-2-navn').inputValue(), /\(kopi\)$/);
  assert.notEqual(await text(page, 'mix-indtaegt-aar'), mix, 'the copy counts');
  await page.getByTestId('nav-loen').click();
  const fte = await text(page, 'aarsvaerk');
  await page.getByTestId('gruppe-tilfoej').click();
  assert.equal(await page.getByTestId('gruppe-4-andel').inputValue(), '');
  assert.equal(await text(page, 'aarsvaerk'), fte);
  assert.equal(await page.getByTestId('grupper-fejl').count(), 0);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
