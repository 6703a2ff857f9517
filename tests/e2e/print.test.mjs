// Issue 15: every page prints as one A4 page (title, botilbud, date, key figures, the one
// table, assumptions, the defaults line) and nothing internal; "Medtag Sådan er det
// beregnet" adds the explanations on the following pages. Checked in the PDF Chromium
// prints (page count, pdftotext's text layer) and looked at as PNGs (pdftoppm).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { serve, launch, openApp, ARTIFACTS, ROOT } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); await mkdir(ARTIFACTS, { recursive: true }); });
after(async () => { await browser?.close(); await server?.close(); });

const STRESS_JSON = JSON.parse(await readFile(join(ROOT, 'tests/fixtures/stress.json'), 'utf8'));
const STRESS = `#s=${deflateRawSync(Buffer.from(JSON.stringify(STRESS_JSON))).toString('base64url')}`;

const WEEKDAYS = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag', 'Lørdag', 'Søndag'];
const FORBIDDEN = ['DOMAIN.md', 'Tab flytter', 'Skabelon', 'Standard:', 'Tilføj', 'Fjern'];

const PAGES = [
  { nav: 'nav-loen', sheet: 'udskrift-loen', title: 'Lønbudget → timer', file: 'loen' },
  { nav: 'nav-vagtplan', sheet: 'udskrift-vagtplan', title: 'Vagtplan', file: 'vagtplan' },
  { nav: 'nav-takster', sheet: 'udskrift-takster', title: 'Takster', file: 'takster' },
  { nav: 'nav-overgang', sheet: 'udskrift-overgang', title: 'Overgangsordning (Mariagerfjord)', file: 'overgang' },
];

/** The names each page's table must show, from the scenario (the default one or stress). */
function names(json, sheet) {
  const s = json ?? null;
  switch (sheet) {
    case 'udskrift-vagtplan':
      return [...WEEKDAYS, ...(s ? s.roster.shifts.map((x) => x.name) : ['Dag', 'Aften', 'Vågen nat'])];
    case 'udskrift-takster':
      return s ? s.tariff.packages.map((p) => p.name || p.code) : [1, 2, 3, 4, 5, 6].map((n) => `Pakke ${n}`);
    case 'udskrift-overgang':
      return s ? s.transition.cases.map((c) => c.pseudonym) : ['Borger A'];
    default:
      return ['Betalte timer', 'Borgerrelaterede timer', 'Timepris'];
  }
}

/** The PDF of the page as printed now: its page count and its text layer. */
async function printed(page, name) {
  const pdf = await page.pdf({ format: 'A4' });
  const path = join(ARTIFACTS, `print-${name}.pdf`);
  await writeFile(path, pdf);
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length;
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  // The PNGs to look at (first page only for the appendix, 60 dpi).
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', path, join(ARTIFACTS, `print-${name}`)]);
  return { pages, text };
}

/** Builds the printouts as the browser's own Ctrl+P does (`beforeprint`), and lets Yew render. */
async function ctrlP(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
}

/** Done printing: the browser's `afterprint`. */
async function donePrinting(page) {
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
}

for (const [label, hash, json] of [['default', '', null], ['stress', STRESS, STRESS_JSON]]) {
  for (const p of PAGES) {
    test(`${p.title} prints as one A4 page (${label} scenario)`, async () => {
      const page = await openApp(browser, server.url + hash);
      await page.getByTestId(p.nav).click();
      await ctrlP(page);
      const sheet = page.getByTestId(p.sheet);
      await sheet.waitFor({ state: 'attached' });
      const { pages, text } = await printed(page, `${p.file}-${label}`);
      assert.equal(pages, 1, `${p.title}: one A4 page`);
      assert.match(text, new RegExp(p.title.replace(/[()→]/g, '.')));
      assert.match(text, /Botilbud: .*Dato: \d\d\.\d\d\.\d{4}/);
      assert.match(text, /Forudsætninger/);
      const flat = text.replace(/\s+/g, ' ');
      assert.match(flat, /Vejledende beregning\. (Standardværdier er brugt for: |Alle input)/);
      for (const name of names(json, p.sheet)) {
        assert.ok(flat.includes(name), `${p.title} (${label}): "${name}" on paper`);
      }
      for (const bad of FORBIDDEN) {
        assert.ok(!text.includes(bad), `${p.title} (${label}): no "${bad}" on paper`);
      }
      if (label === 'stress' && (p.sheet === 'udskrift-vagtplan' || p.sheet === 'udskrift-overgang')) {
        assert.match(flat, /tabellen er sat med mindre skrift/);
      }
      // The preset levels on paper (issue 15.4).
      if (label === 'default' && p.sheet === 'udskrift-loen') assert.match(flat, /SL\/FOA 2023–24-niveau/);
      if (label === 'default' && p.sheet === 'udskrift-vagtplan') assert.match(flat, /KL 64\.11, 2016-niveau/);
      if (label === 'default' && p.sheet === 'udskrift-takster') assert.match(flat, /Gladsaxe, VIVE 2019 boks 4\.3/);
      // Nothing of the printout on screen.
      await page.emulateMedia({ media: 'screen' });
      assert.equal(await sheet.isVisible(), false);
      assert.deepEqual(page.report.pageErrors, []);
      await page.context().close();
    });
  }
}

test('"Medtag Sådan er det beregnet" adds the explanations on the following pages; Ctrl+P prints the summary', async () => {
  const page = await openApp(browser, server.url);
  // The print dialog itself cannot run headless: window.print is stubbed, the rest is real.
  await page.evaluate(() => { window.print = () => { window.printed = (window.printed ?? 0) + 1; }; });
  for (const p of PAGES) {
    await page.getByTestId(p.nav).click();
    await page.getByTestId('scenarie-udskriv-bilag').check();
    await page.getByTestId('scenarie-udskriv').click();
    await page.waitForFunction(() => document.documentElement.classList.contains('udskrift-bilag'));
    await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
    const appendix = await printed(page, `${p.file}-bilag`);
    assert.ok(appendix.pages > 1, `${p.title}: the appendix adds pages (${appendix.pages})`);
    assert.match(appendix.text, /Sådan er det beregnet/);
    assert.ok(!appendix.text.includes('DOMAIN.md'));
    // After the dialog, a Ctrl+P prints the summary alone, the box still ticked.
    await donePrinting(page);
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('udskrift-bilag')), false);
    await ctrlP(page);
    const plain = await printed(page, `${p.file}-ctrlp`);
    assert.equal(plain.pages, 1, `${p.title}: Ctrl+P prints one page`);
    await donePrinting(page);
  }
  assert.equal(await page.evaluate(() => window.printed), PAGES.length);
  assert.deepEqual(page.report.pageErrors, []);
  await page.context().close();
});
