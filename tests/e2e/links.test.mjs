// Browser tests of links made by earlier releases: each fixture in tests/fixtures/links/ is a
// `#s=` value written by a release's encoder next to the JSON file it must open as. Opening
// the link must show the same inputs and figures on every page as importing the JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, ROOT } from './lib.mjs';

const DIR = join(ROOT, 'tests/fixtures/links');
const PAGES = ['loen', 'vagtplan', 'takster', 'overgang'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Per page: every input's value and the text of the page (all shown figures). */
async function shown(page) {
  const all = { name: await page.getByTestId('scenarie-navn').inputValue() };
  for (const key of PAGES) {
    await page.getByTestId(`nav-${key}`).click();
    all[key] = await page.evaluate(() => ({
      inputs: [...document.querySelectorAll('main input[data-testid], main select[data-testid]')]
        .map((i) => `${i.dataset.testid}=${i.type === 'checkbox' ? i.checked : i.value}`),
      text: document.querySelector('main').innerText,
    }));
  }
  return all;
}

const fixtures = (await readdir(DIR)).filter((f) => f.endsWith('.link')).map((f) => f.slice(0, -5));

test('there are link fixtures', () => assert.ok(fixtures.length >= 3, fixtures.join(', ')));

for (const name of fixtures) {
  test(`the link ${name}.link opens as ${name}.json`, async () => {
    const link = (await readFile(join(DIR, `${name}.link`), 'utf8')).trim();
    const json = await readFile(join(DIR, `${name}.json`));
    const linked = await openApp(browser, `${server.url}#s=${link}`, { waitFor: 'lonbudget' });
    assert.equal(await linked.getByTestId('scenarie-fejl').count(), 0, 'no error notice');
    const imported = await openApp(browser, server.url, { waitFor: 'lonbudget' });
    await imported.getByTestId('scenarie-importer').setInputFiles({ name: `${name}.json`, mimeType: 'application/json', buffer: json });
    await imported.getByTestId('scenarie-status').filter({ hasText: 'åbnet' }).waitFor();
    const expected = await shown(imported);
    assert.equal(expected.name, JSON.parse(json).name);
    assert.deepEqual(await shown(linked), expected);
    for (const p of [linked, imported]) assert.deepEqual(p.report.pageErrors, []);
    await Promise.all([linked, imported].map((p) => p.context().close()));
  });
}
