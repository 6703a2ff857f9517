// Keyboard alone reaches every input on every page (Tab order), and Enter/Space work on
// the navigation. Generic: it lists the page's own inputs, so new fields are covered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, tabOrder } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const nav of ['nav-loen', 'nav-vagtplan', 'nav-takster', 'nav-overgang']) {
  test(`every input on ${nav} is reachable with Tab`, async () => {
    const page = await openApp(browser, server.url);
    // Navigate by keyboard: focus the tab and press Enter.
    await page.getByTestId(nav).focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.getByTestId(nav).getAttribute('aria-current'), 'page');
    const ids = await page.evaluate(() => [...document.querySelectorAll('main input, main select, main textarea')]
      .filter((el) => el.offsetParent !== null && el.type !== 'file')
      .map((el) => el.getAttribute('data-testid')));
    assert.ok(ids.length > 5, `${nav}: too few inputs found`);
    const order = await tabOrder(page, ids.length * 3 + 120);
    const missing = ids.filter((id) => !order.includes(id));
    assert.deepEqual(missing, [], `${nav}: not reachable by Tab`);
    assert.deepEqual(page.report.pageErrors, []);
    await page.context().close();
  });
}
