// Shared helpers for the browser tests: a static server for dist/, Debian's Chromium via
// playwright-core, axe-core, and a guard that the page never talks to another origin.
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'tests/e2e/artifacts');
/** The strict Content-Security-Policy the README recommends and the app is built for. */
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

/** Content types by extension, as a correctly configured server sends them. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1 (random port). `headers` are added to every response; paths
 * matching `missing` answer 404 (a server without one of the app's files); `types` replaces
 * content types by extension (a misconfigured server).
 */
export async function serve(dir = DIST, headers = {}, { missing, types = {} } = {}) {
  const server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (missing?.test(path)) throw new Error('missing');
      let file = normalize(join(dir, path));
      if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
      if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      const type = { ...TYPES, ...types }[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'content-type': type, ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic',
];

/** Launches Debian's Chromium. */
export function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

/**
 * Opens the app at `url` in a fresh page. Records requests to other origins, console errors
 * and uncaught page errors (a Rust panic shows up as one) on `page.report`.
 */
export async function openApp(browser, url, { waitFor = 'aarsvaerk', viewport } = {}) {
  const context = await browser.newContext({ viewport: viewport ?? { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const origin = new URL(url).origin;
  page.report = { foreign: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:')) page.report.foreign.push(u);
  });
  page.on('console', (m) => { if (m.type() === 'error') page.report.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => page.report.pageErrors.push(String(e)));
  await page.goto(url);
  if (waitFor) await page.getByTestId(waitFor).first().waitFor({ timeout: 20000 });
  return page;
}

/** Text of a result element. */
export async function text(page, testid) {
  return (await page.getByTestId(testid).first().textContent())?.trim();
}

/** Text of a result element once it equals `expected` (or after 5 s, to show the difference). */
export async function settledText(page, testid, expected) {
  const locator = page.getByTestId(testid).first();
  await locator.filter({ hasText: expected }).waitFor({ timeout: 5000 }).catch(() => {});
  return (await locator.textContent())?.trim();
}

/**
 * Opens the `<details>` matched by `selector` and waits for its body: a closed one is
 * empty (its body is built only while open, see src/ui/components/disclosure.rs).
 */
export async function openDetails(page, selector) {
  await page.locator(`${selector} summary`).first().click();
  await page.locator(`${selector}[open] > :not(summary)`).first().waitFor();
}

/** Replaces an input's text the way a user types it (one input event per key). */
export async function typeInto(page, testid, value) {
  const input = page.getByTestId(testid).first();
  await input.click();
  await input.press('Control+a');
  await input.press('Delete');
  await input.pressSequentially(value);
}

/** Runs axe-core for WCAG 2.1 A and AA; returns the violations. */
export async function axe(page) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** Runs only the named axe-core rules, experimental ones included (they are off by default),
 * e.g. label-content-name-mismatch (WCAG 2.5.3). */
export async function axeRules(page, rules) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async (ids) => {
    // eslint-disable-next-line no-undef
    const result = await axe.run(document, {
      runOnly: { type: 'rule', values: ids },
      rules: Object.fromEntries(ids.map((id) => [id, { enabled: true }])),
    });
    return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  }, rules);
}

/** Danish number text → JS number (for comparing with independently computed values). */
export function parseDk(s) {
  return Number(String(s).replace(/\u2212/g, '-').replace(/[^\d,.-]/g, '').replace(/\./g, '').replace(',', '.'));
}

/** JS number → Danish text with `dp` decimals, half away from zero; negatives with the
 * typographic minus U+2212, as the app shows them. */
export function formatDk(x, dp) {
  const sign = x < 0 ? '\u2212' : '';
  const fixed = (Math.round((Math.abs(x) + Number.EPSILON) * 10 ** dp) / 10 ** dp).toFixed(dp);
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return sign + (frac ? `${grouped},${frac}` : grouped);
}

/** Walks focus with Tab from the top; returns the data-testids of focused elements in order. */
export async function tabOrder(page, maxSteps = 400) {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen = [];
  for (let i = 0; i < maxSteps; i += 1) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.tagName);
    if (seen.length > 5 && id === seen[0]) break;
    seen.push(id);
  }
  return seen;
}

/** The text layer of a PDF (Poppler's pdftotext, installed by scripts/setup for tests). */
export function pdfText(pdf) {
  return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8');
}
