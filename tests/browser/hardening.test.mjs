// Hardening as a staff member relies on it: the Content-Security-Policy
// blocks inline script yet the app works under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the app runs under a CSP without unsafe-inline, and nothing is blocked', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
  assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
  await page.evaluate(() => { window.__violations = []; document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective)); });
  // Use what the app does: charts, the editor, presentation, a download.
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await page.getByLabel('Status 2014 for 1.A (tal)').fill('950');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pejlemaerke-1-barometer som PNG' }).click();
  await download;
  await page.keyboard.press('Escape');
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  // And the policy is in force: an injected inline script does not run.
  await page.evaluate(() => { const s = document.createElement('script'); s.textContent = 'window.__ran = 1'; document.body.append(s); });
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  assert.deepEqual(errors.filter((e) => !e.includes('Content Security Policy')), []);
  await page.close();
});

test('a panic shows a Danish message, a reload button and the text to copy; saved scenarios survive', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('[data-guidepost]');
  await page.getByRole('button', { name: '+ Nyt scenarie' }).click();
  await page.getByLabel('Scenariets navn').fill('Må ikke gå tabt');
  await page.getByLabel('Scenariets navn').press('Enter');
  await page.evaluate(() => { location.hash = 'selvtest-panik'; location.reload(); });
  const panic = page.locator('#panic.shown');
  await panic.waitFor();
  assert.match(await panic.innerText(), /Beklager: Barometer stødte på en fejl[\s\S]*Dine gemte scenarier er bevaret/);
  assert.match(await panic.getByLabel('Teknisk besked').inputValue(), /selvtest: en bevidst fejl/);
  await panic.getByRole('button', { name: 'Genindlæs Barometer' }).click();
  await page.waitForSelector('[data-guidepost]');
  await page.getByRole('button', { name: 'Må ikke gå tabt' }).waitFor();
  assert.ok(pageErrors.length > 0, 'the panic was real');
  await context.close();
});

test('after the first visit the app works offline, with the saved scenarios', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('[data-guidepost]');
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.getByRole('button', { name: '+ Nyt scenarie' }).click();
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await page.getByLabel('Status 2014 for 1.A (tal)').fill('950');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('[data-guidepost]');
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3', 'the saved scenario, offline');
  assert.equal(await page.locator('[data-guidepost]').count(), 9);
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});
