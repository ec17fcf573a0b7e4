// The 2007 international action plan: goals tracked in words. A committee
// member switches to it, sees each focus area's status counts and the goals
// with the source's text, and the choice survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, menu, openGuidepost, ARTIFACTS } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('switching to the 2007 plan shows its status lists with counts per status', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 650 });
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug handlingsplanen 2007' }).click();
  await page.locator('[data-milestones="11"]').waitFor();
  assert.equal(await page.locator('.ov-item').count(), 12);
  // Twelve focus areas stay one compact block: all in view on a laptop.
  await page.screenshot({ path: `${ARTIFACTS}/plan-2007-overview.png` });
  const inView = await page.$$eval('.ov-item', (els) => els.filter((e) => e.getBoundingClientRect().bottom <= innerHeight).length);
  assert.equal(inView, 12, 'all twelve focus areas in view at 1366×650');
  assert.equal(await page.locator('figure.gauge').count(), 0, 'no gauge where nothing is measured in numbers');
  assert.equal(await page.locator('[data-guidepost]').count(), 0, 'and no empty reading');
  // The overview counts the goals in words instead of an empty reading.
  assert.equal(await page.locator('.ov-item [data-milestones="1"]').innerText(), '2 udskudt');
  assert.match(await page.locator('.ov-item [data-milestones="11"]').innerText(), /^1 \S.* · 1 \S.* · 1 \S.*$/);
  const detail1 = await openGuidepost(page, '1');
  assert.equal(await detail1.locator('[data-milestones="1"]').innerText(), 'Mål i ord (2):\n2 udskudt');
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 11 (3)' }).click();
  assert.equal(await page.locator('#detail [data-milestones="11"]').innerText(), 'Mål i ord (3):\n1 målet er nået\n1 ikke opfyldt\n1 udgår');
  const b = page.locator('[data-milestone="11.B"]');
  assert.match(await b.innerText(), /^Udgår 11\.B To internationale optrædener pr\. år fra 2008\n+2007: Målet udgår, da Projektkontoret nedlægges/);
  assert.equal(await page.locator('#detail table.subgoals tbody tr').count(), 0, 'no numeric table rows');
  await page.screenshot({ path: `${ARTIFACTS}/plan-2007.png` });
  // Printed: the counts instead of a gauge, each goal's status in words.
  await page.getByRole('button', { name: 'Udskriv' }).click();
  const report = page.locator('.print-report');
  await report.waitFor();
  assert.equal(await report.locator('.print-gauge').count(), 0);
  assert.equal(await report.locator('.print-milestones').first().innerText(), 'Mål i ord: 2 udskudt');
  assert.match(await report.locator('tr', { hasText: 'B. To internationale optrædener' }).innerText(), /Udgår \(2007\): Målet udgår, da Projektkontoret nedlægges[\s\S]*i ord/);
  await page.getByRole('button', { name: 'Tilbage' }).click();
  // Kept after a reload, and back to the 2014 data in one click.
  await page.reload();
  await page.locator('[data-milestones="11"]').waitFor();
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug 2014-dataene' }).click();
  await page.locator('[data-guidepost="1"]').waitFor();
  assert.equal(await page.locator('[data-guidepost]').count(), 9);
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6');
  assert.deepEqual(errors, []);
  await page.close();
});
