// Browser tests of storage (issue 18): one record per scenario, two tabs working together,
// a full quota, a damaged record among good ones. After each, the scenarios are counted:
// none may be lost.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve, launch, text, typeInto, axe, ARTIFACTS } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const RECORD = 'botilbudsberegneren.scenarie.';

/** The names in the scenario menu. */
async function names(page) {
  return page.locator('[data-testid="scenarie-vaelg"] option').allTextContents();
}

async function open(context) {
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(server.url);
  await page.getByTestId('aarsvaerk').first().waitFor();
  return page;
}

/** Waits until autosave has stored a scenario named `name` (whose wage budget is `budget`). */
async function saved(page, name, budget) {
  await page.waitForFunction(([prefix, n, b]) => Object.keys(localStorage).some((k) => {
    if (!k.startsWith(prefix)) return false;
    const s = JSON.parse(localStorage.getItem(k));
    return s.name === n && (b === undefined || s.wage?.budget === b);
  }), [RECORD, name, budget]);
}

/** Adds a scenario named `name` and waits for autosave. */
async function addScenario(page, name) {
  await page.getByTestId('scenarie-ny').click();
  await typeInto(page, 'scenarie-navn', name);
  await saved(page, name);
}

/** The scenarios stored as records, by name. */
async function storedNames(page) {
  return page.evaluate((prefix) => Object.keys(localStorage).filter((k) => k.startsWith(prefix))
    .map((k) => JSON.parse(localStorage.getItem(k)).name).sort(), RECORD);
}

test('two tabs add and edit scenarios without losing each other’s', async () => {
  const context = await browser.newContext();
  const a = await open(context);
  const b = await open(context);
  for (const n of ['A1', 'A2', 'A3']) await addScenario(a, n);
  for (const n of ['B1', 'B2', 'B3']) await addScenario(b, n);
  // Each tab heard the other's additions (B's own edits since cleared its note).
  await a.getByTestId('lager-info').filter({ hasText: /(tilføjet|ændret) i et andet faneblad/ }).waitFor();
  assert.deepEqual((await names(a)).sort(), (await names(b)).sort());
  assert.equal((await names(a)).length, 7);
  // A edits A1; B shows the edit when it opens A1 and says another tab changed it.
  await a.getByTestId('scenarie-vaelg').selectOption({ label: 'A1' });
  await typeInto(a, 'lonbudget', '12.300.000');
  await saved(a, 'A1', '12.300.000');
  await b.getByTestId('lager-info').filter({ hasText: 'ændret i et andet faneblad' }).waitFor();
  await b.getByTestId('scenarie-vaelg').selectOption({ label: 'A1' });
  assert.equal(await b.getByTestId('lonbudget').inputValue(), '12.300.000');
  // B edits something else and saves; A's edit stays.
  await typeInto(b, 'beboere', '14');
  await b.waitForTimeout(400);
  const reloaded = await open(context);
  assert.equal((await names(reloaded)).length, 7);
  assert.deepEqual(await storedNames(reloaded), ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'Mit botilbud']);
  await reloaded.getByTestId('scenarie-vaelg').selectOption({ label: 'A1' });
  assert.equal(await reloaded.getByTestId('lonbudget').inputValue(), '12.300.000');
  assert.equal(await reloaded.getByTestId('beboere').inputValue(), '14');
  // B deletes B2; A drops it too and does not write it back.
  await b.getByTestId('scenarie-vaelg').selectOption({ label: 'B2' });
  await b.getByTestId('scenarie-slet').click();
  await b.waitForTimeout(400);
  await a.getByTestId('lager-info').filter({ hasText: 'slettet i et andet faneblad' }).waitFor();
  await typeInto(a, 'lonbudget', '12.400.000');
  await a.waitForTimeout(400);
  assert.deepEqual(await storedNames(a), ['A1', 'A2', 'A3', 'B1', 'B3', 'Mit botilbud']);
  for (const p of [a, b, reloaded]) assert.deepEqual(p.errors, []);
  await context.close();
});

test('a full storage keeps the work in the tab, says why and offers the file', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await open(context);
  await page.waitForTimeout(400);
  // Fill the quota with someone else's data.
  const filled = await page.evaluate(() => {
    let i = 0;
    for (const size of [100_000, 10_000, 1_000, 100, 10]) {
      const chunk = 'x'.repeat(size);
      try { for (; i < 10_000; i++) localStorage.setItem(`fyld.${i}`, chunk); } catch { /* full at this size */ }
    }
    return i;
  });
  assert.ok(filled > 10, `filled ${filled} chunks`);
  await page.getByTestId('scenarie-ny').click();
  await typeInto(page, 'lonbudget', '9.000.000');
  await page.getByTestId('lager-fejl').waitFor();
  assert.match(await text(page, 'lager-fejl-tekst'), /^Browserens lager er fuldt/);
  assert.deepEqual(await names(page), ['Mit botilbud', 'Nyt botilbud']);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '9.000.000');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lager-fejl-gem-fil').click()]);
  assert.equal(download.suggestedFilename(), 'nyt-botilbud.json');
  await page.screenshot({ path: join(ARTIFACTS, 'storage-full.png') });
  assert.deepEqual(await axe(page), []);
  // Space freed: the next save stores everything and the message goes.
  await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('fyld.')) localStorage.removeItem(k); });
  await typeInto(page, 'lonbudget', '9.100.000');
  await page.getByTestId('lager-fejl').waitFor({ state: 'detached' });
  assert.deepEqual(await storedNames(page), ['Mit botilbud', 'Nyt botilbud']);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('a damaged record among good ones is listed, kept, restorable and deletable', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const good = (name, budget) => JSON.stringify({ version: 1, name, wage: { budget } });
  const cut = '{"version":1,"name":"Halvt gemt","wage":{"budget":"8.800.000","residents":"9"},"roster":{"shi';
  await context.addInitScript(([prefix, records]) => {
    if (!sessionStorage.getItem('seeded')) {
      for (const [id, value] of records) localStorage.setItem(prefix + id, value);
      sessionStorage.setItem('seeded', '1');
    }
  }, [RECORD, [[1, good('Første', '10.100.000')], [2, cut], [3, good('Tredje', '10.300.000')], [4, '{"version":99}']]]);
  const page = await open(context);
  assert.deepEqual(await names(page), ['Første', 'Tredje']);
  await page.getByTestId('beskadigede').waitFor();
  assert.match(await text(page, 'beskadiget-1-fejl'), /ikke gyldig JSON/);
  // Danish only; the parser's English words wait behind "Tekniske detaljer".
  assert.doesNotMatch(await text(page, 'beskadiget-1-fejl'), /EOF|line \d+|column/);
  const details = page.getByTestId('beskadiget-1').getByTestId('tekniske-detaljer');
  assert.equal(await details.locator('code').isVisible(), false);
  await details.locator('summary').click();
  assert.match(await details.locator('code').textContent(), /EOF while parsing/);
  assert.match(await text(page, 'beskadiget-2-fejl'), /nyere udgave/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('beskadiget-1-hent').click()]);
  assert.equal(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'), cut);
  await page.screenshot({ path: join(ARTIFACTS, 'storage-damaged.png') });
  assert.deepEqual(await axe(page), []);
  // Restore: the fields before the cut are kept; the damaged record stays as it was.
  await page.getByTestId('beskadiget-1-gendan').click();
  await page.getByTestId('lager-info').filter({ hasText: 'gendannet' }).waitFor();
  assert.deepEqual(await names(page), ['Første', 'Tredje', 'Halvt gemt']);
  assert.equal(await page.getByTestId('lonbudget').inputValue(), '8.800.000');
  assert.equal(await page.getByTestId('beboere').inputValue(), '9');
  await page.waitForTimeout(400);
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), `${RECORD}2`), cut);
  // Edits elsewhere never touch it; a reload lists it again.
  await typeInto(page, 'lonbudget', '8.900.000');
  await page.waitForTimeout(400);
  const again = await open(context);
  assert.deepEqual(await names(again), ['Første', 'Tredje', 'Halvt gemt']);
  await again.getByTestId('beskadiget-1').waitFor();
  // Deleting it removes only it.
  await again.getByTestId('beskadiget-1-slet').click();
  assert.equal(await again.evaluate((k) => localStorage.getItem(k), `${RECORD}2`), null);
  assert.equal(await again.getByTestId('beskadiget-1-fejl').textContent(), await text(page, 'beskadiget-2-fejl'));
  assert.equal(await again.evaluate((k) => localStorage.getItem(k), `${RECORD}4`), '{"version":99}');
  for (const p of [page, again]) assert.deepEqual(p.errors, []);
  await context.close();
});

/** A share link for scenario JSON `json` (as `model::share` writes it). */
async function linkOf(json) {
  const { deflateRawSync } = await import('node:zlib');
  return `${server.url}#s=${deflateRawSync(Buffer.from(json)).toString('base64url')}`;
}

test('a link at the limits opens whole; the add buttons say why they are off', async () => {
  const { readFile } = await import('node:fs/promises');
  const json = JSON.stringify(JSON.parse(await readFile(new URL('../fixtures/limits.json', import.meta.url), 'utf8')));
  const context = await browser.newContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  await page.goto(await linkOf(json));
  await page.getByTestId('aarsvaerk').first().waitFor();
  assert.equal(await page.getByTestId('scenarie-fejl').count(), 0, 'nothing was cut');
  assert.deepEqual(await names(page), ['Mit botilbud', 'Ved grænserne']);
  await page.getByTestId('nav-vagtplan').click();
  assert.equal(await page.getByTestId('vagt-tilfoej').isDisabled(), true);
  assert.match(await text(page, 'vagt-graense'), /^Der kan højst være 30 vagter i planen: /);
  await page.getByTestId('nav-overgang').click();
  assert.equal(await page.getByTestId('sag-tilfoej').isDisabled(), true);
  assert.equal(await page.locator('[data-testid$="-kopier"][data-testid^="sag-"]').first().isVisible(), true);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(page.errors, []);
  await context.close();
});

test('links past the limits open what fits, fast, and say so; nothing saved is lost', async () => {
  const context = await browser.newContext();
  const page = await open(context);
  await addScenario(page, 'Gemt');
  // 12.500 empty transition cases: a link of some 150 characters.
  const cases = await linkOf(JSON.stringify({ version: 2, name: 'Mange sager', transition: { cases: Array(12_500).fill({}) } }));
  assert.ok(cases.length - server.url.length < 200, `link of ${cases.length - server.url.length} characters`);
  // 100.000 shifts.
  const shifts = await linkOf(JSON.stringify({ version: 2, name: 'Mange vagter', roster: { shifts: Array(100_000).fill({}) } }));
  // Every other table one row past its limit (model::capacity).
  const past = [['wage', 'groups', 10], ['tariff', 'fixed_costs', 20], ['tariff', 'packages', 15],
    ['tariff', 'supplements', 50], ['tariff', 'lookups', 3]];
  const others = await Promise.all(past.map(async ([part, list, max]) => [
    await linkOf(JSON.stringify({ version: 2, name: `For mange ${list}`, [part]: { [list]: Array(max + 1).fill({}) } })),
    `${part}.${list}`, max]));
  for (const [link, list, kept] of [[cases, 'transition.cases', 40], [shifts, 'roster.shifts', 30], ...others]) {
    const started = Date.now();
    await page.goto('about:blank');
    await page.goto(link);
    await page.getByTestId('scenarie-fejl-tekst').waitFor();
    assert.ok(Date.now() - started < 5000, `opened in ${Date.now() - started} ms`);
    assert.match(await text(page, 'scenarie-fejl-tekst'), new RegExp(`Listen ›${list.replace('.', '\\.')}‹ havde [0-9.]+ rækker; de første ${kept} er åbnet`));
  }
  await page.waitForTimeout(400);
  const expected = ['Mit botilbud', 'Gemt', 'Mange sager', 'Mange vagter', ...past.map(([, list]) => `For mange ${list}`)];
  assert.deepEqual(await names(page), expected);
  assert.deepEqual(await storedNames(page), [...expected].sort());
  assert.deepEqual(page.errors, []);
  await context.close();
});
