// Browser tests of lenient reading (docs/scenario.md, "Damaged fields"): a damaged field in
// a save, a file or a link takes its default, everything else is kept, and the notice names
// the field.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { serve, launch, openApp, text, ROOT } from './lib.mjs';

let server;
let browser;
let example;
before(async () => {
  server = await serve();
  browser = await launch();
  example = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/scenario-v1.json'), 'utf8'));
  example.wage.budget = '7.654.321';
});
after(async () => { await browser?.close(); await server?.close(); });

const STORAGE_KEY = 'botilbudsberegneren.scenarier';

/** The example scenario with `damage` applied to a copy. */
function damaged(damage) {
  const copy = structuredClone(example);
  damage(copy);
  return copy;
}

test('a damaged field in a saved library defaults; both scenarios are kept', async () => {
  const context = await browser.newContext();
  const library = JSON.stringify({
    active: 1,
    scenarios: [{ ...example, name: 'Andet' }, damaged((s) => { s.tariff.packages[2].vum = 'F'; })],
  });
  await context.addInitScript(([key, value]) => {
    if (!sessionStorage.getItem('seeded')) { localStorage.setItem(key, value); sessionStorage.setItem('seeded', '1'); }
  }, [STORAGE_KEY, library]);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url);
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.match(await text(page, 'scenarie-fejl-tekst'),
    /^De gemte scenarier er læst, men: .*Feltet ›tariff\.packages\[2\]\.vum‹ i scenariet »Bofællesskabet Egely« havde en ukendt værdi og har fået standardværdien\./);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '7.654.321');
  assert.equal(await page.locator('[data-testid="scenarie-vaelg"] option').count(), 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a file with a wrongly typed field opens with a notice naming it', async () => {
  const page = await openApp(browser, server.url);
  const file = damaged((s) => { s.wage.holiday_options.may_day = 1; });
  await page.getByTestId('scenarie-importer').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByTestId('scenarie-fejl-tekst').filter({ hasText: 'Filen er åbnet, men: Feltet ›wage.holiday_options.may_day‹ havde en ukendt værdi' }).waitFor();
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '7.654.321');
  assert.equal(await page.locator('[data-testid="scenarie-vaelg"] option').count(), 2);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});

test('a link with an unknown field opens with a notice naming it', async () => {
  const json = JSON.stringify(damaged((s) => { s.colour = 'red'; }));
  const page = await openApp(browser, `${server.url}#s=${deflateRawSync(Buffer.from(json)).toString('base64url')}`);
  assert.equal(await text(page, 'scenarie-fejl-tekst'), 'Linket er åbnet, men: Feltet ›colour‹ er ukendt og er sprunget over.');
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '7.654.321');
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
