// Budget proposals in a scenario, as a committee member tries them: switch
// one on with an assumed effect, see the reading move, switch it off, see it return.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, readings, newScenario, openGuidepost, ARTIFACTS } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a proposal switched on with an assumed effect moves the reading; off, it returns', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 900 });
  const gp1 = await openGuidepost(page, '1');
  // The proposals behind the guidepost are named in its notes.
  await gp1.locator('.source-notes summary').click();
  assert.equal(await gp1.locator('.proposal-line').innerText(), 'Budgetforslag: Ø201 · Ø202 · Ø304');
  const base = (await readings(page))['1'];
  assert.equal(base.text, '1,6');
  await newScenario(page);
  const proposal = page.locator('[data-proposal="Ø201"]').first();
  await proposal.getByRole('checkbox').check();
  await proposal.getByRole('button', { name: '+ Antaget effekt af Ø201' }).click();
  await page.getByLabel('Delmål for antaget effekt 1 af Ø201').selectOption('1.A');
  assert.equal(await page.getByLabel('År for antaget effekt 1 af Ø201').inputValue(), '2015');
  await page.getByLabel('Ændring for antaget effekt 1 af Ø201').fill('122');
  // 1.A 2015 = 828 + 122 = 950: (950 − 859) / 141 · 5 = 3,23 instead of −1,10; the mean of six moves by 0,72.
  await page.waitForFunction(() => document.querySelector('[data-guidepost="1"]').innerText === '2,3');
  assert.match(await gp1.locator('.proposal-line').innerText(), /Ø201 \(med, antaget effekt\)/);
  const row = page.locator('tr', { hasText: '1.000 udsatte københavnere' }).first();
  assert.match(await row.innerText(), /antaget effekt af Ø201; data: –/);
  await page.screenshot({ path: `${ARTIFACTS}/proposal-on.png`, fullPage: false });
  // With and without, side by side.
  await proposal.getByRole('button', { name: 'Sammenlign med og uden Ø201' }).click();
  const compare = page.locator('.compare-table');
  await compare.waitFor();
  assert.match(await compare.locator('thead').innerText(), /Scenarie 1\s+Scenarie 1 uden Ø201/);
  assert.match(await compare.locator('[data-compare-guidepost="1"]').innerText(), /^1\. Flere udsatte københavnere har en bolig\s+2,3[\s\S]*1,6/);
  assert.match(await compare.innerText(), /budgetforslag Ø201 med: antaget effekt 1\.A 2015 \+122/);
  assert.equal((await readings(page))['1'].text, '2,3', 'the active scenario is still the one with the proposal');
  // Printed, the assumption is named as one.
  await page.getByRole('button', { name: 'Udskriv' }).click();
  assert.match(await page.locator('.print-changes').innerText(), /^Scenariet ændrer \(antagelser, ikke data\): budgetforslag Ø201 med: antaget effekt 1\.A 2015 \+122\.$/);
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await proposal.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}/proposal-editor.png` });
  // Off: the reading returns exactly, the effect is kept for the next time.
  await proposal.getByRole('checkbox').uncheck();
  await page.waitForFunction(() => document.querySelector('[data-guidepost="1"]').innerText === '1,6');
  assert.equal((await readings(page))['1'].score, base.score, 'exactly the reading without it');
  assert.equal(await page.getByLabel('Ændring for antaget effekt 1 af Ø201').inputValue(), '122');
  await proposal.getByRole('checkbox').check();
  await page.waitForFunction(() => document.querySelector('[data-guidepost="1"]').innerText === '2,3');
  // Undo takes the last switch back.
  await page.keyboard.press('Control+z');
  await page.waitForFunction(() => document.querySelector('[data-guidepost="1"]').innerText === '1,6');
  assert.deepEqual(errors, []);
  await page.close();
});
