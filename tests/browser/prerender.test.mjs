// The first screen before the wasm (issue "First screen before the wasm,
// from any address"): index.html carries the overview for the built-in data,
// rendered at build time by the app's own components; the app replaces it
// without a jump. A link or the user's saved work is never shown as the
// built-in numbers, and a page whose wasm cannot start says so in Danish.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, readings, menu, newScenario, ARTIFACTS, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** A page whose wasm never arrives (blocked) or arrives only when `release()` is called. */
async function withWasm(context, mode) {
  let release;
  const held = new Promise((ok) => { release = ok; });
  await context.route(/\.wasm$/, async (route) => {
    if (mode === 'blocked') return route.abort();
    await held;
    return route.continue();
  });
  return release;
}

/** Sums the page's layout shifts into window.__shifts (cumulative layout shift). */
const watchShifts = () => {
  window.__shifts = 0;
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value; })
    .observe({ type: 'layout-shift', buffered: true });
};

/** The prerendered readings, as the markup index.html carries them. */
async function prerendered(page) {
  return page.$$eval('#first-screen [data-guidepost]', (els) => Object.fromEntries(els.map((el) => [
    el.dataset.guidepost, { score: el.dataset.score, state: el.dataset.state, text: el.textContent.trim() },
  ])));
}

test('the readings are in index.html, equal to what the app shows once it has taken over, with no jump', async () => {
  const context = await browser.newContext({ viewport: { width: 1366, height: 650 } });
  const release = await withWasm(context, 'held');
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(watchShifts);
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  // Before the wasm: nine readings, in view, and the controls inert (a click does nothing yet).
  const before = await prerendered(page);
  assert.equal(Object.keys(before).length, 9);
  assert.equal(before['1'].text, '1,6');
  assert.equal(Number(before['1'].score), 1.596957283769459);
  assert.equal(await page.locator('#first-screen').getAttribute('inert'), '');
  assert.equal(await page.locator('#first-screen .overview').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  const svgs = await page.$$eval('#first-screen .overview svg', (els) => els.map((e) => e.outerHTML));
  assert.ok(svgs.length >= 9, `${svgs.length} gauges`);
  // A slow start says that the buttons are not ready yet.
  await page.getByText('Barometer starter … knapperne virker om et øjeblik.').waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/first-screen-before-wasm-1366x650.png` });
  release();
  await page.locator(APP_READING).first().waitFor();
  assert.equal(await page.locator('#first-screen').count(), 0, 'replaced');
  assert.equal(await page.locator('#boot-status').count(), 0);
  assert.deepEqual(await readings(page), before);
  assert.deepEqual(await page.$$eval('#app .overview svg', (els) => els.map((e) => e.outerHTML)), svgs, 'the same gauges');
  const shifts = await page.evaluate(() => window.__shifts);
  assert.ok(shifts <= 0.05, `cumulative layout shift ${shifts}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a share link or saved work shows the frame and "Henter dine data…", never the built-in numbers', async () => {
  // A link, made in the app.
  const { page: maker } = await openApp(browser, server.url);
  await newScenario(maker);
  await (await menu(maker, 'Metode')).getByLabel('Tæl delmål uden status som 0').check();
  await (await menu(maker, 'Scenarier')).getByRole('button', { name: 'Kopiér link' }).click();
  const link = await (await menu(maker, 'Scenarier')).getByLabel('Link til scenariet').inputValue();
  const theirs = await readings(maker);
  const saved = await maker.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('barometer/saved/')));
  await maker.close();

  for (const [what, url, storage] of [['link', link, null], ['saved scenario', server.url, saved]]) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 650 } });
    const release = await withWasm(context, 'held');
    if (storage) await context.addInitScript(([k, v]) => localStorage.setItem(k, v), storage);
    const page = await context.newPage();
    await page.addInitScript(watchShifts);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    assert.equal(await page.locator('#first-screen .overview').evaluate((el) => getComputedStyle(el).visibility), 'hidden', what);
    await page.getByText('Henter dine data…').waitFor();
    if (what === 'link') await page.screenshot({ path: `${ARTIFACTS}/first-screen-own-data-1366x650.png` });
    release();
    await page.locator(APP_READING).first().waitFor();
    assert.deepEqual(await readings(page), theirs, `${what}: the user's readings once the app has taken over`);
    const shifts = await page.evaluate(() => window.__shifts);
    assert.ok(shifts <= 0.05, `${what}: cumulative layout shift ${shifts}`);
    await context.close();
  }
  // Work saved before the built-in data's words were corrected (its earlier
  // fingerprint): the frame too, then the same scenario, kept under today's key.
  {
    const context = await browser.newContext({ viewport: { width: 1366, height: 650 } });
    const release = await withWasm(context, 'held');
    const now = saved[0].replace('barometer/saved/', '');
    const earlier = 'd9f56872bf8a8aa8'; // the 2014 data before guidepost 1's note was put in Danish
    const blob = JSON.parse(saved[1]);
    blob.dataset = { fingerprint: earlier, title: blob.dataset.title };
    await context.addInitScript(([k, v]) => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); localStorage.setItem(k, v); sessionStorage.setItem('seeded', '1'); } }, [`barometer/saved/${earlier}`, JSON.stringify(blob)]);
    const page = await context.newPage();
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    assert.ok((await page.locator('meta[name="barometer-built-in"]').getAttribute('content')).split(' ').includes(earlier), 'the page knows the earlier fingerprint');
    assert.equal(await page.locator('#first-screen .overview').evaluate((el) => getComputedStyle(el).visibility), 'hidden', 'saved before the correction');
    release();
    await page.locator(APP_READING).first().waitFor();
    assert.deepEqual(await readings(page), theirs, 'the saved scenario, opened');
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('barometer/saved/'))), [`barometer/saved/${now}`], 'moved to today\'s key');
    await context.close();
  }
  // Both keys (a tab of an older build kept saving under the earlier one):
  // today's opens, the other is set aside for download, never dropped.
  {
    const context = await browser.newContext({ viewport: { width: 1366, height: 650 } });
    const older = JSON.parse(saved[1]);
    older.dataset = { fingerprint: 'd9f56872bf8a8aa8', title: older.dataset.title };
    older.scenarios[0].name = 'Fra den ældre fane';
    await context.addInitScript(([today, v, earlier, w]) => { if (!sessionStorage.getItem('seeded')) { localStorage.clear(); localStorage.setItem(today, v); localStorage.setItem(earlier, w); sessionStorage.setItem('seeded', '1'); } },
      [saved[0], saved[1], 'barometer/saved/d9f56872bf8a8aa8', JSON.stringify(older)]);
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator(APP_READING).first().waitFor();
    assert.deepEqual(await readings(page), theirs, "today's saved scenario, opened");
    await page.getByText('Der lå også scenarier gemt fra før en rettelse af dataenes tekst').waitFor();
    const kept = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('barometer/corrupt/')).map(([, v]) => v));
    assert.equal(kept.length, 1);
    assert.match(kept[0], /Fra den ældre fane/);
    assert.equal(await page.evaluate(() => localStorage.getItem('barometer/saved/d9f56872bf8a8aa8')), null);
    await context.close();
  }
  // Saved scenarios with Base active open on the built-in readings: shown at once.
  const context = await browser.newContext();
  await withWasm(context, 'held');
  const base = JSON.parse(saved[1]);
  base.active = null;
  await context.addInitScript(([k, v]) => localStorage.setItem(k, v), [saved[0], JSON.stringify(base)]);
  const page = await context.newPage();
  await page.goto(server.url, { waitUntil: 'domcontentloaded' });
  assert.equal(await page.locator('#first-screen .overview').evaluate((el) => getComputedStyle(el).visibility), 'visible');
  await context.close();
});

test('if the wasm cannot start, the readings stay (or, for a link, the frame) with one Danish sentence', async () => {
  for (const [url, text, visibility] of [
    [server.url, 'Den interaktive del af Barometer kunne ikke starte: tallene herunder er 2014-status, men de kan ikke ændres her.', 'visible'],
    [`${server.url}#b1=AAAA`, 'Den interaktive del af Barometer kunne ikke starte, så dine egne data og scenarier kan ikke vises.', 'hidden'],
  ]) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 650 } });
    await withWasm(context, 'blocked');
    const page = await context.newPage();
    await page.goto(url);
    const status = page.locator('#boot-status');
    await page.getByText(text).waitFor();
    assert.match(await status.innerText(), /Genindlæs siden; hjælper det ikke, så prøv en nyere browser eller en anden forbindelse\.$/);
    assert.equal(await page.getByText('Henter dine data…').count(), 0, 'no endless "Henter…"');
    assert.equal(await page.locator('#first-screen .overview').evaluate((el) => getComputedStyle(el).visibility), visibility);
    assert.equal(Object.keys(await prerendered(page)).length, 9);
    if (visibility === 'visible') await page.screenshot({ path: `${ARTIFACTS}/first-screen-wasm-blocked-1366x650.png` });
    await context.close();
  }
});
