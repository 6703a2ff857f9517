// Browser tests of links made by earlier releases: each fixture in tests/fixtures/links/ is a
// `#s=` value written by a release's encoder next to the JSON file it must open as. Opening
// the link must show the same inputs and figures on every page as importing the JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { serve, launch, openApp, ROOT, DIST } from './lib.mjs';

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

/** A raw DEFLATE stream of `n` empty fixed-Huffman blocks (10 bits each), then a final one. */
function emptyBlocks(n) {
  const out = Buffer.alloc(Math.ceil(((n + 1) * 10) / 8));
  for (let i = 0; i <= n; i += 1) {
    // Per block: BFINAL, BTYPE = 01 (LSB first), end-of-block = seven 0 bits.
    const at = i * 10;
    if (i === n) out[at >> 3] |= 1 << (at & 7);
    out[(at + 1) >> 3] |= 1 << ((at + 1) & 7);
  }
  return out;
}

test('hostile links are refused quickly with a Danish message, never a stall or a panic', async () => {
  const page = await openApp(browser, server.url);
  for (const [what, deflated, message] of [
    // Nothing, slowly: 125 KB of empty blocks (the million below makes a 1,7 MB address,
    // which alone takes Chromium ~15 s to load here, with or without the app).
    ['100.000 empty blocks', emptyBlocks(100_000), /Linket kunne ikke åbnes/],
    // 3 MB of output from 3 KB: decompression stops at 2 MB.
    ['a zip bomb', deflateRawSync(Buffer.alloc(3_000_000, 'a')), /Linket er beskadiget/],
  ]) {
    await page.goto('about:blank');
    const started = Date.now();
    await page.goto(`${server.url}#s=${deflated.toString('base64url')}`);
    await page.getByTestId('aarsvaerk').first().waitFor();
    assert.match(await page.getByTestId('scenarie-fejl-tekst').textContent(), message, what);
    assert.ok(Date.now() - started < 10_000, `${what}: ${Date.now() - started} ms`);
    assert.equal(await page.getByTestId('lonbudget').inputValue(), '10.000.000', what);
  }
  // The decompressor itself (js/link.js as the build ships it) on a million empty blocks
  // (the most the 2 MB link cap lets through) and on the zip bomb.
  const [snippet] = await readdir(join(DIST, 'snippets'));
  const timed = await page.evaluate(async ([path, blocks, bomb]) => {
    const { inflateRaw } = await import(path);
    const run = async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const started = performance.now();
      const result = await inflateRaw(bytes, 2_000_000).then((out) => out.length, (e) => e.name);
      return [result, performance.now() - started];
    };
    return [await run(blocks), await run(bomb)];
  }, [`./snippets/${snippet}/js/link.js`, emptyBlocks(1_000_000).toString('base64'),
    deflateRawSync(Buffer.alloc(3_000_000, 'a')).toString('base64')]);
  assert.equal(timed[0][0], 0, 'a million empty blocks inflate to nothing');
  assert.equal(timed[1][0], 'RangeError', 'the zip bomb is stopped');
  for (const [, ms] of timed) assert.ok(ms < 2000, `${ms} ms`);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
