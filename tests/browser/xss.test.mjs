// An XSS corpus pushed through the ways text enters: dataset titles and
// notes (JSON and CSV imports), scenario names, the URL fragment and saved
// storage. None may run, and none may appear as markup: in the page, the
// SVG charts, an exported SVG, or the print view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openApp, menu, newScenario, ARTIFACTS, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CORPUS = JSON.parse(await readFile(new URL('../fixtures/xss.json', import.meta.url), 'utf8'));

/** Nothing ran, and no element a payload could have made exists. */
async function assertInert(page, where) {
  assert.equal(await page.evaluate(() => window.__xss), undefined, `${where}: a payload ran`);
  const injected = await page.evaluate(() => document.querySelectorAll('img, iframe, object, embed, script:not([type="module"]):not(#boot), [onload], [onerror], [onclick]:not(button), a[href^="javascript"], svg foreignObject').length);
  assert.equal(injected, 0, `${where}: markup from data`);
}

function hostileDataset() {
  const dataset = JSON.parse(JSON.stringify({
    format: 'barometer-dataset/1', title: CORPUS[0], source: CORPUS[1],
    guideposts: CORPUS.map((payload, i) => ({
      id: String(i + 1), title: payload, note: payload, initiatives: [payload], target_groups: [payload],
      subgoals: [{ id: 'A', title: payload, note: payload, unit: 'count', baseline: { year: 2013, value: 10 }, measurements: [{ year: 2014, value: 12 }], target: { year: 2017, value: 20 } }],
    })),
  }));
  return JSON.stringify(dataset);
}

test('hostile titles and notes from a JSON import stay text in the page, charts, exports and print view', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(hostileDataset()) });
  await page.locator('.import-preview').waitFor();
  await assertInert(page, 'preview');
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.waitForSelector('[data-guidepost="1"]');
  await page.getByRole('button', { name: /^Vis delmål for pejlemærke 1 / }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await assertInert(page, 'overview');
  assert.ok((await page.locator('body').innerText()).includes(CORPUS[0]), 'the payload shows as text');
  const gaugeSvg = await page.locator('#detail .gauge svg').innerHTML();
  // Every menu opened, with the payloads in the tool bar, the scenario list and the downloads.
  for (const name of ['Metode', 'Data', 'Scenarier']) {
    await menu(page, name);
    await assertInert(page, `the ${name} menu`);
  }
  await page.keyboard.press('Escape');
  assert.ok(!/<img|<script|<iframe/i.test(gaugeSvg));
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pejlemaerke-1-delmaal som SVG' }).click();
  const file = await download;
  await file.saveAs(`${ARTIFACTS}/xss-export.svg`);
  const exported = await readFile(`${ARTIFACTS}/xss-export.svg`, 'utf8');
  assert.ok(!/<img|<script|<iframe/i.test(exported), 'exported SVG');
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('f');
  await page.locator('.presentation').waitFor();
  await assertInert(page, 'presentation');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Udskriv' }).click();
  await page.locator('.print-report').waitFor();
  await assertInert(page, 'print view');
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug 2014-dataene' }).click();
  assert.deepEqual(errors.filter((e) => !e.includes('Content Security Policy')), []);
  await page.close();
});

test('hostile CSV cells, scenario names, link fragments and saved storage stay text', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const rows = CORPUS.map((p, i) => `"${i + 1}. ${p.replaceAll('"', '""')}";A;"${p.replaceAll('"', '""')}";2013;10;12;2017;20`).join('\n');
  const csv = `pejlemærke;delmål;titel;baseline år;baseline;status 2014;mål år;mål\n${rows}\n`;
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'xss.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.locator('.import-preview').waitFor();
  await assertInert(page, 'CSV preview');
  await page.getByRole('button', { name: 'Annullér' }).click();
  for (const name of CORPUS.slice(0, 3)) await newScenario(page, name);
  await assertInert(page, 'scenario names');
  // A fragment that is not a link, and saved storage with payloads.
  await page.evaluate((p) => { location.hash = encodeURIComponent(p); }, CORPUS[0]);
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('barometer/saved/')));
  await page.evaluate(([k, p]) => {
    const saved = JSON.parse(localStorage.getItem(k));
    saved.scenarios.push({ name: p, subgoals: { [p]: { status: { 2014: 1 } } } });
    localStorage.setItem(k, JSON.stringify(saved));
  }, [key, CORPUS[4]]);
  await page.reload();
  await page.waitForSelector(APP_READING);
  await assertInert(page, 'saved storage and fragment');
  assert.ok((await (await menu(page, 'Scenarier')).locator('.scenario-bar').innerText()).includes(CORPUS[4]));
  assert.equal(await page.locator('.scenario-switch option').filter({ hasText: CORPUS[4] }).count(), 1);
  await assertInert(page, 'the scenario menu with saved names');
  assert.deepEqual(errors.filter((e) => !e.includes('Content Security Policy')), []);
  await page.close();
});
