// The release build under the strict Content-Security-Policy from the issue, top-level and
// inside a sandboxed iframe on another origin: it renders, computes, and nothing is blocked.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, typeInto, DIST, CSP } from './lib.mjs';

let app;
let host;
let browser;
before(async () => {
  // Access-Control-Allow-Origin: a sandboxed iframe has an opaque origin, so its module
  // script and wasm fetches are cross-origin (see README, "Indlejring").
  app = await serve(DIST, { 'content-security-policy': CSP, 'access-control-allow-origin': '*' });
  const dir = await mkdtemp(join(tmpdir(), 'host-'));
  await writeFile(join(dir, 'index.html'), `<!doctype html><html lang="da"><head><title>Intranet</title></head><body>
    <h1>Intranet</h1>
    <iframe title="Botilbudsberegneren" src="${app.url}?embed=1&side=loen" width="760" height="700"
      sandbox="allow-scripts allow-downloads"></iframe></body></html>`);
  host = await serve(dir);
  browser = await launch();
});
after(async () => { await browser?.close(); await app?.close(); await host?.close(); });

/** Collects CSP violations (console and `securitypolicyviolation` events) on a page. */
async function watchCsp(page) {
  const violations = [];
  page.on('console', (m) => { if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text()); });
  await page.context().addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Refused to ${e.violatedDirective}: ${e.blockedURI}`));
  });
  return violations;
}

test('the build has no inline scripts or styles', async () => {
  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'inline <script>');
  assert.doesNotMatch(html, /<style|\sstyle=/, 'inline style');
  for (const file of (await readdir(DIST)).filter((f) => f.endsWith('.js'))) {
    const js = await readFile(join(DIST, file), 'utf8');
    assert.doesNotMatch(js, /\beval\(|new Function\(/, `${file} uses eval`);
  }
});

test('under the CSP the app renders and computes with no violation and no foreign request', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations = await watchCsp(page);
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  const foreign = [];
  page.on('request', (r) => { if (!r.url().startsWith(app.url) && !r.url().startsWith('blob:')) foreign.push(r.url()); });
  await page.goto(app.url);
  await page.getByTestId('aarsvaerk').waitFor({ timeout: 20000 });
  assert.equal(await page.evaluate(() => document.querySelectorAll('[style]').length), 0, 'no style attributes');
  await typeInto(page, 'lonbudget', '12.500.000');
  for (const nav of ['nav-vagtplan', 'nav-takster', 'nav-overgang', 'nav-loen']) await page.getByTestId(nav).click();
  await page.getByTestId('scenarie-kopier-link').click();
  // The browser compresses the link asynchronously, through js/link.js.
  await page.getByTestId('scenarie-link').waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
  assert.deepEqual(foreign, []);
  await context.close();
});

test('it works in a sandboxed iframe on another origin, under the CSP', async () => {
  const page = await openApp(browser, host.url, { waitFor: null });
  const violations = await watchCsp(page);
  await page.reload();
  const frame = page.frameLocator('iframe');
  await frame.getByTestId('aarsvaerk').waitFor({ timeout: 20000 });
  await frame.getByTestId('lonbudget').fill('12.500.000');
  await frame.getByTestId('aarsvaerk').filter({ hasText: '26,64' }).waitFor();
  assert.equal(await frame.locator('nav').count(), 0);
  assert.deepEqual(violations, []);
  assert.deepEqual(page.report.pageErrors, []);
  const others = page.report.foreign.filter((u) => !u.startsWith(app.url));
  assert.deepEqual(others, [], 'only the app\'s own origin is contacted');
  await page.context().close();
});
