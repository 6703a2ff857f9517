// Issue 14, items 2–4 and 7: each page's answer on the first screen, results that flow in
// the page, and every width from a phone to a wide monitor without sideways scrolling,
// clipped content or inner scrollers other than a wide table's own labelled region.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve, launch, openApp, ARTIFACTS } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

/** Each page and the figures its user came for (issue 14.2). */
const PAGES = {
  loen: ['aarsvaerk', 'timer-pr-beboer-uge', 'medarbejdere-paa-vagt'],
  vagtplan: ['vagt-dom'],
  takster: ['basistakst', 'pakke-1-doegntakst'],
  prisopslag: ['opslag-doegn', 'opslag-maaned', 'opslag-aar'],
  overgang: ['overgang-ekstra-udgift-pr-sag', 'overgang-besparelse-pr-maaned', 'overgang-tilbagebetaling-mdr', 'overgang-kommune-akk'],
};
const WIDTHS = [360, 390, 768, 1280, 1920];

async function openPage(key, viewport) {
  const page = await openApp(browser, server.url, { viewport });
  await page.getByTestId(`nav-${key}`).click();
  await page.getByTestId(PAGES[key][0]).waitFor();
  return page;
}

/** What the layout does wrong on this page, as readable lines (empty = nothing). */
function problems() {
  const doc = document.documentElement;
  const out = [];
  if (doc.scrollWidth > doc.clientWidth) out.push(`the page scrolls sideways by ${doc.scrollWidth - doc.clientWidth} px`);
  const name = (e) => e.dataset.testid ?? (e.id || `${e.tagName.toLowerCase()}.${e.className}`);
  for (const e of document.querySelectorAll('body *')) {
    const s = getComputedStyle(e);
    const scrolls = (/(auto|scroll)/.test(s.overflowX) && e.scrollWidth > e.clientWidth)
      || (/(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight);
    if (scrolls) {
      const labelled = e.getAttribute('role') === 'region' && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'))
        && e.tabIndex === 0;
      if (!labelled) out.push(`${name(e)} scrolls inside the page`);
    }
    // Clipped: a visible box that ends right of the page, outside any scroll region.
    if (e.closest('.table-scroll, .visually-hidden') || e.getClientRects().length === 0) continue;
    const r = e.getBoundingClientRect();
    if (r.width > 0 && r.right > doc.clientWidth + 0.5) out.push(`${name(e)} ends at ${Math.round(r.right)} px`);
  }
  return out;
}

for (const width of WIDTHS) {
  test(`${width} px: no page scrolls sideways, clips anything or scrolls inside except table regions`, async () => {
    for (const key of Object.keys(PAGES)) {
      const page = await openPage(key, { width, height: 900 });
      // The explanations and the heatmap's table too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      assert.deepEqual(await page.evaluate(problems), [], `${key} at ${width} px`);
      await page.context().close();
    }
  });
}

for (const [width, height, screens] of [[1366, 768, 1], [390, 844, 2]]) {
  test(`${width} × ${height}: each page's answer within the first ${screens === 1 ? 'screen' : 'two screens'}`, async () => {
    for (const [key, ids] of Object.entries(PAGES)) {
      const page = await openPage(key, { width, height });
      for (const id of ids) {
        const box = await page.getByTestId(id).first().boundingBox();
        assert.ok(box && box.y + box.height <= screens * height, `${key}: ${id} ends at ${box && Math.round(box.y + box.height)} px`);
      }
      if (width < 700) {
        const header = await page.locator('.app-header').boundingBox();
        assert.ok(header.height <= height / 4, `${key}: the header takes ${Math.round(header.height)} of ${height} px`);
      }
      await page.screenshot({ path: join(ARTIFACTS, `layout-${key}-${width}.png`) });
      await page.context().close();
    }
  });
}

test('390 px: the scenario bar folds behind "Scenarie: …" and opens on request', async () => {
  const page = await openPage('loen', { width: 390, height: 844 });
  const toggle = page.getByTestId('scenarie-vis');
  assert.equal(await toggle.textContent(), 'Scenarie: Mit botilbud');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await page.getByTestId('scenarie-navn').isVisible()));
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.getByTestId('scenarie-navn').isVisible());
  assert.deepEqual(await page.evaluate(problems), []);
  await page.context().close();
  // On a wide screen the bar is always there and the button is not.
  const wide = await openPage('loen', { width: 1366, height: 768 });
  assert.ok(await wide.getByTestId('scenarie-navn').isVisible());
  assert.ok(!(await wide.getByTestId('scenarie-vis').isVisible()));
  await wide.context().close();
});

test('390 px: the shift table shows every day\'s field by scrolling its region; the shift name stays in view', async () => {
  const page = await openPage('vagtplan', { width: 390, height: 844 });
  const region = page.getByRole('region', { name: 'Vagtplanens vagter' });
  assert.equal(await region.getAttribute('tabindex'), '0');
  // Tabbing to Sunday's field scrolls the region so that it is not under the name column.
  await page.getByTestId('vagt-1-soendag').focus();
  const sunday = await page.getByTestId('vagt-1-soendag').boundingBox();
  assert.ok(sunday.x >= 0 && sunday.x + sunday.width <= 390, `Sunday at ${Math.round(sunday.x)} px`);
  const name = await page.getByTestId('vagt-1-navn').boundingBox();
  assert.ok(name.x >= 0 && name.x + name.width <= 390, `the shift name at ${Math.round(name.x)} px`);
  // Sunday's field is not under the name column.
  assert.ok(sunday.x >= name.x + name.width, 'the name does not cover Sunday');
  await page.screenshot({ path: join(ARTIFACTS, 'layout-vagtplan-390-scrolled.png') });
  await page.context().close();
});

test('Overgang: the month table and the CSV button are reached by scrolling the page', async () => {
  const page = await openPage('overgang', { width: 390, height: 844 });
  const csv = page.getByTestId('overgang-csv');
  await csv.scrollIntoViewIfNeeded();
  // Only the document scrolled to get there: no panel between them.
  const scrolled = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => e.scrollTop > 0).map((e) => e.className));
  assert.deepEqual(scrolled, []);
  assert.ok(await page.evaluate(() => window.scrollY > 0));
  assert.ok(await csv.isVisible());
  await page.context().close();
});
