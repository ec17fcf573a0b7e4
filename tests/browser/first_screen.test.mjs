// The first screen, as a committee member meets it: nine readings as the
// source prints them, options that recalculate at once, no errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, readings, menu, openGuidepost, overviewItem, ARTIFACTS } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const round1 = (s) => Math.round(Number(s) * 10) / 10;

test('shows the nine 2014 readings as the source prints them', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const r = await readings(page);
  assert.deepEqual(Object.keys(r), ['1', '2', '3', '4', '5', '6', '7', '8', '9']);
  assert.equal(r['1'].state, 'scored');
  assert.equal(round1(r['1'].score), 1.6);
  assert.equal(r['1'].text, '1,6');
  for (const id of ['2', '3', '4', '7', '9']) {
    assert.deepEqual([r[id].state, r[id].score, r[id].text], ['baseline_only', '0', '0 (kun baseline-målinger)'], id);
  }
  for (const id of ['6', '8']) {
    assert.deepEqual([r[id].state, r[id].score, r[id].text], ['no_data', '', '–'], id);
  }
  assert.equal(r['5'].text, '−1,0');
  // The published figure beside each reading in the overview; guidepost 5 differs and says so.
  const marks = await page.$$eval('.ov-item', (els) => els.map((el) => el.querySelector('.published')?.className));
  assert.equal(marks.length, 9);
  assert.equal(marks.filter((c) => c?.includes('differs')).length, 1);
  assert.match(await overviewItem(page, '5').locator('.published').innerText(), /≠ offentliggjort 0,2/);
  // Its detail says why.
  const detail = await openGuidepost(page, '5');
  assert.match(await detail.locator('.published').innerText(), /0,2[\s\S]*afviger/);
  assert.match(await detail.innerText(), /mangler en population/);
  await page.screenshot({ path: `${ARTIFACTS}/first-screen.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('changing an option recalculates every reading at once', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const g1 = page.locator('[data-guidepost="1"]');
  // The method menu's button says which options are in force.
  const button = page.locator('.method-menu .menu-button');
  assert.match(await button.innerText(), /uden status = 0/);
  const method = await menu(page, 'Metode');
  await method.getByLabel('Udelad delmål uden status').check();
  assert.match(await button.innerText(), /udeladt/);
  assert.equal(await g1.innerText(), '2,4');
  assert.equal(round1(await g1.getAttribute('data-score')), 2.4);
  await page.getByLabel('Hvert underdelmål tæller for sig').check();
  assert.equal(await g1.innerText(), '2,5');
  await page.getByLabel('Tæl delmål uden status som 0').check();
  assert.equal(await g1.innerText(), '1,8');
  // Unclamped, 5.A1 scores −15 and guidepost 5 reads (−15 + 2 + 0) / 3.
  await page.getByLabel('Begræns delmålenes score til −5 … +5').uncheck();
  assert.equal(await page.locator('[data-guidepost="5"]').innerText(), '−4,3');
  // As of 2013 nothing has a status: guidepost 1 is baseline-only.
  await page.getByLabel('Status til og med').selectOption('2013');
  assert.equal(await g1.getAttribute('data-state'), 'baseline_only');
  await method.getByRole('button', { name: 'Brug datasættets metode' }).click();
  assert.equal(await g1.innerText(), '1,6');
  assert.equal(await page.locator('[data-guidepost="5"]').innerText(), '−1,0');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a guidepost opens to its sub-goals with the reason each does not count', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  const table = page.locator('#detail table.subgoals');
  await table.waitFor();
  const rowText = async (id) => (await table.locator(`tr[data-subgoal="${id}"]`).innerText()).replace(/\s+/g, ' ');
  assert.match(await rowText('A'), /859 \(2013\) 828 \(2014\) 1\.000 \(2017\) −1,1/);
  assert.match(await rowText('C'), /95,9 % \(2013\) 97,1 % \(2014\) 97,5 % \(2017\) 3,8/);
  assert.match(await rowText('D'), /tæller som 0 \(ingen status\)/);
  await (await menu(page, 'Metode')).getByLabel('Udelad delmål uden status').check();
  assert.match(await rowText('D'), /tæller ikke: ingen status endnu/);
  await page.screenshot({ path: `${ARTIFACTS}/guidepost-1-open.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
