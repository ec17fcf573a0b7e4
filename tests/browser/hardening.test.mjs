// Hardening as a staff member relies on it: the Content-Security-Policy
// blocks inline script yet the app works under it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, launch, openApp, newScenario, scenarioOption, APP_READING } from './harness.mjs';

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

test('a link ending #selvtest-panik cannot crash the page', async () => {
  const { page, errors } = await openApp(browser, `${server.url}#selvtest-panik`);
  assert.equal(await page.locator('#panic.shown').count(), 0);
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a panic shows a Danish message, a reload button and the text to copy; saved scenarios survive', async () => {
  const context = await browser.newContext();
  // Only the test harness can turn the panic self-test on (a global set before the app starts).
  await context.addInitScript(() => { window.__barometerSelvtest = true; });
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(APP_READING);
  await newScenario(page, 'Må ikke gå tabt');
  await page.evaluate(() => { location.hash = 'selvtest-panik'; location.reload(); });
  const panic = page.locator('#panic.shown');
  await panic.waitFor();
  assert.match(await panic.innerText(), /Beklager: Barometer stødte på en fejl[\s\S]*Dine gemte scenarier er bevaret/);
  assert.match(await panic.getByLabel('Teknisk besked').inputValue(), /selvtest: en bevidst fejl/);
  await panic.getByRole('button', { name: 'Genindlæs Barometer' }).click();
  await page.waitForSelector(APP_READING);
  await scenarioOption(page, 'Må ikke gå tabt').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.scenario-switch option:checked').innerText(), 'Må ikke gå tabt');
  assert.ok(pageErrors.length > 0, 'the panic was real');
  await context.close();
});

test('after the first visit the app works offline, with the saved scenarios', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(APP_READING);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await newScenario(page);
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await page.getByLabel('Status 2014 for 1.A (tal)').fill('950');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3', 'the saved scenario, offline');
  assert.equal(await page.locator('[data-guidepost]').count(), 9);
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new version replaces the cached one on the next online visit; the saved scenarios stay', async () => {
  // Version 1 is this build, served from a copy that then becomes version 2.
  const root = await mkdtemp(join(tmpdir(), 'barometer-sw-'));
  await cp(new URL('../../dist/', import.meta.url).pathname, root, { recursive: true });
  const site = await serve(root);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url);
  await page.waitForSelector(APP_READING);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  const [v1] = await page.evaluate(() => caches.keys());
  assert.match(v1, /^barometer-[0-9a-f]{16}$/);
  await newScenario(page, 'Fra version 1');
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await page.getByLabel('Status 2014 for 1.A (tal)').fill('950');

  // Version 2, as a new build gives: another page and a service worker with another cache name.
  const index = join(root, 'index.html');
  await writeFile(index, (await readFile(index, 'utf8')).replace('<title>', '<meta name="barometer-test-version" content="2"><title>'));
  const sw = join(root, 'sw.js');
  await writeFile(sw, (await readFile(sw, 'utf8')).replace(v1, `${v1}-v2`));
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('meta[name="barometer-test-version"]').count(), 1, 'the online visit gets the new page');
  await page.waitForFunction((old) => caches.keys().then((k) => k.length === 1 && k[0] === `${old}-v2`), v1);
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3', 'the saved scenario is active');
  await scenarioOption(page, 'Fra version 1').waitFor({ state: 'attached' });
  assert.equal(await page.locator('.scenario-switch option:checked').innerText(), 'Fra version 1');

  // Offline, the new version is what the cache holds, still with the scenario.
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('meta[name="barometer-test-version"]').count(), 1, 'offline: the new version');
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3');
  await context.setOffline(false);
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});
