// Hosted in a folder, as a municipality's intranet would (issue "First
// screen before the wasm, from any address", point 4): dist/ served unchanged
// under /barometer/ and /a/b/ loads every file by a relative URL, so the
// first screen, a share link, an Excel file (the import worker) and offline
// use work there as at the root, and nothing is asked for outside the folder.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, readings, menu, newScenario, ARTIFACTS, APP_READING } from './harness.mjs';

let browser;
const servers = [];
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); await Promise.all(servers.map((s) => s.close())); });

async function folder(base) {
  const server = await serve(undefined, { base });
  servers.push(server);
  return server;
}

/** Every response that failed, for the "no 404s" check. */
function failures(page) {
  const failed = [];
  page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
  page.on('requestfailed', (r) => failed.push(`failed ${r.url()}`));
  return failed;
}

for (const base of ['/barometer/', '/a/b/']) {
  test(`under ${base}: the first screen, with no request outside the folder`, async () => {
    const server = await folder(base);
    const page = await browser.newPage({ viewport: { width: 1366, height: 650 } });
    const failed = failures(page);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector(APP_READING);
    const r = await readings(page);
    assert.equal(Object.keys(r).length, 9);
    assert.equal(r['1'].text, '1,6');
    assert.equal(Number(r['1'].score), 1.596957283769459);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    assert.deepEqual(failed, []);
    assert.deepEqual(server.outside, []);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('under /barometer/: a copied link opens the same readings in a fresh profile', async () => {
  const server = await folder('/barometer/');
  const { page, errors } = await openApp(browser, server.url);
  await newScenario(page);
  await (await menu(page, 'Metode')).getByLabel('Tæl delmål uden status som 0').check();
  await (await menu(page, 'Scenarier')).getByRole('button', { name: 'Kopiér link' }).click();
  const link = await (await menu(page, 'Scenarier')).getByLabel('Link til scenariet').inputValue();
  assert.ok(link.startsWith(`${server.url}#b1=`), link);
  const here = await readings(page);
  const fresh = await launch();
  const other = await openApp(fresh, link);
  assert.deepEqual(await readings(other.page), here);
  await other.page.getByText('fra linket er åbnet').waitFor();
  assert.deepEqual(other.errors, []);
  await fresh.close();
  assert.deepEqual(server.outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('under /barometer/: an Excel workbook is read by the import worker', async () => {
  const server = await folder('/barometer/');
  const { page, errors } = await openApp(browser, server.url);
  const failed = failures(page);
  const path = new URL('../fixtures/two-sheets.xlsx', import.meta.url).pathname;
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(path);
  const preview = page.locator('.import-preview');
  await preview.waitFor();
  await preview.getByLabel('Ark').selectOption('Status 2015');
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  assert.equal((await readings(page))['1'].text, '3,6');
  assert.deepEqual(failed, []);
  assert.deepEqual(server.outside, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('under /barometer/: after the first visit the app works offline', async () => {
  const server = await folder('/barometer/');
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(APP_READING);
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).scope), server.url);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('[data-guidepost]').count(), 9);
  await page.screenshot({ path: `${ARTIFACTS}/subfolder-offline.png` });
  await context.setOffline(false);
  assert.deepEqual(server.outside, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('over plain http, where browsers have no service worker, the app starts and works online', async () => {
  const server = await folder('/barometer/');
  const context = await browser.newContext();
  // An intranet address that is not localhost is no secure context: no navigator.serviceWorker.
  await context.addInitScript(() => { Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined }); });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url);
  await page.waitForSelector(APP_READING);
  assert.equal(await page.evaluate(() => navigator.serviceWorker), undefined);
  assert.equal((await readings(page))['1'].text, '1,6');
  assert.equal(await page.locator('#boot-status').count(), 0, 'no start-up message left');
  assert.deepEqual(errors, []);
  await context.close();
});
