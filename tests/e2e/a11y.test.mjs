// Screen-reader details axe's default rules miss (issue 13.15): a field's accessible name is
// its visible label (the "standard" badge describes it), and each page announces a one-line
// summary instead of its whole results panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, typeInto, axeRules } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PAGES = [['loen', 'timepris'], ['vagtplan', 'vagt-timer-uge'], ['takster', 'basistakst'], ['prisopslag', 'opslag-doegn'], ['overgang', 'overgang-timer-i-alt'], ['sammenlign', 'sammenlign-tabel']];

test('every field is named by its visible label alone (axe label-content-name-mismatch)', async () => {
  const page = await openApp(browser, server.url);
  for (const [nav, figure] of PAGES) {
    await page.getByTestId(`nav-${nav}`).click();
    await page.getByTestId(figure).waitFor();
    assert.deepEqual(await axeRules(page, ['label-content-name-mismatch']), [], nav);
  }
  const budget = page.getByTestId('nav-loen');
  await budget.click();
  await page.getByTestId('lonbudget').waitFor();
  const field = page.getByRole('textbox', { name: 'Lønbudget pr. år (kr.)', exact: true });
  assert.equal(await field.getAttribute('data-testid'), 'lonbudget');
  assert.match(await field.getAttribute('aria-describedby'), /^lonbudget-standard /);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('only a short summary is live, and it follows the figures', async () => {
  const page = await openApp(browser, server.url);
  for (const [nav, figure] of PAGES) {
    await page.getByTestId(`nav-${nav}`).click();
    await page.getByTestId(figure).waitFor();
    assert.deepEqual(await page.locator('[aria-live]').evaluateAll((els) => els.map((e) => e.dataset.testid)), ['resultat-opsummering'], nav);
    assert.equal(await page.locator('section.results[aria-live]').count(), 0);
  }
  await page.getByTestId('nav-loen').click();
  const summary = page.getByTestId('resultat-opsummering');
  const before = await summary.textContent();
  assert.match(before, /^Timepris \d+,\d\d kr\. pr\. borgerrelateret time; \d+,\d\d årsværk\.$/);
  await typeInto(page, 'lonbudget', '12.000.000');
  await page.waitForFunction((text) => document.querySelector('[data-testid="resultat-opsummering"]').textContent !== text, before);
  assert.match(await summary.textContent(), /årsværk\.$/);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
