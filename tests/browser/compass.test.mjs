// Forandringskompasset as a manager tries it: load the fictitious example,
// see the radar and the bars, and see a unit with fewer than five citizens
// withheld everywhere; nothing of it is kept in the browser's storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, ARTIFACTS, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('the example compass file shows the radar and withholds a unit of three', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 900 });
  await page.getByRole('button', { name: 'Brug eksempelfilen (fiktive data)' }).click();
  const panel = page.locator('.compass-panel');
  await panel.locator('figure.compass-radar svg').waitFor();
  assert.match(await panel.locator('.compass-count').innerText(), /^19 borgere med en første og en seneste vurdering/);
  const radar = await panel.locator('figure.compass-radar svg').innerHTML();
  assert.match(radar, /Sundhed/);
  assert.equal((radar.match(/<circle/g) ?? []).length, 10, 'ten axes with the latest mean');
  assert.match(await panel.locator('figure.compass-bars svg').innerHTML(), /\+0,79/);
  await panel.screenshot({ path: `${ARTIFACTS}/compass.png` });
  // A shorter period is summed again (in the worker): fewer citizens have two assessments.
  await page.getByLabel('Periode fra').fill('2014-04-01');
  await page.waitForFunction(() => !document.querySelector('.compass-count').innerText.startsWith('19 borgere'));
  assert.match(await panel.locator('.compass-count').innerText(), /^(\d+ borgere med en første|For få borgere)/);
  await page.getByLabel('Periode fra').fill('');
  await page.waitForFunction(() => document.querySelector('.compass-count').innerText.startsWith('19 borgere'));
  // The small unit: no figure anywhere.
  const select = page.getByLabel('Kompas og tilbud');
  const small = await select.locator('option', { hasText: 'Bostedet Lille' }).getAttribute('value');
  assert.match(await select.locator('option', { hasText: 'Bostedet Lille' }).innerText(), /\(for få borgere\)$/);
  await select.selectOption(small);
  await panel.getByText('For få borgere: tal vises først fra 5 borgere.').first().waitFor();
  const text = await panel.locator('.compass-group').innerText();
  assert.doesNotMatch(text.replace(/fra 5 borgere/g, '').replace(/1–10/g, ''), /\d/, `no number in: ${text}`);
  assert.equal(await panel.locator('figure.compass-radar svg circle').count(), 0);
  await panel.screenshot({ path: `${ARTIFACTS}/compass-withheld.png` });
  // The downloaded overview withholds it too.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Download oversigt (CSV)' }).click();
  const csv = await (await download).createReadStream().then(async (s) => { let t = ''; for await (const c of s) t += c; return t; });
  const lines = csv.split(/\r?\n/).filter((l) => l.includes('Bostedet Lille'));
  assert.equal(lines.length, 10);
  assert.ok(lines.every((l) => (l.match(/for få borgere/g) ?? []).length === 7), lines.join('\n'));
  // The print view withholds it as well.
  await page.getByRole('button', { name: 'Udskriv' }).click();
  const printed = page.locator('.print-compass');
  await printed.waitFor();
  const smallRows = await printed.locator('tr', { hasText: 'Bostedet Lille' }).allInnerTexts();
  assert.equal(smallRows.length, 10);
  assert.ok(smallRows.every((r) => (r.match(/for få borgere/g) ?? []).length === 7 && !/\d/.test(r.replace('Bostedet Lille (fiktivt)', ''))), smallRows.join('\n'));
  assert.match(await printed.innerText(), /Borgere med handicap\s+alle tilbud\s+19\s+Sundhed\s+4,79/);
  await page.getByRole('button', { name: 'Tilbage' }).click();
  // Citizen-level data is not in storage, and a reload forgets it.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.doesNotMatch(stored, /FIKTIV|fiktivt/);
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('figure.compass-radar').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test('an Excel compass file is read (in the import worker) like the CSV', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const path = new URL('../fixtures/kompas-eksempel.xlsx', import.meta.url).pathname;
  await page.getByLabel('Indlæs kompasdata fra fil').setInputFiles(path);
  await page.locator('.compass-panel figure.compass-radar svg').waitFor();
  assert.match(await page.locator('.compass-count').innerText(), /^19 borgere med en første og en seneste vurdering/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a compass file with a bad score is refused with its row and column', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const bad = 'borger;kompas;tilbud;dato;udfyldt af;a;b;c;d;e;f;g;h;i;j\nK1;Borgere med misbrug;A;2014-01-10;;5;5;5;5;5;5;5;5;5;11\n';
  await page.getByLabel('Indlæs kompasdata fra fil').setInputFiles({ name: 'kompas.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await page.getByText('»kompas.csv«: række 2, kolonne "j": »11« er ikke en score fra 1 til 10').waitFor();
  assert.equal(await page.locator('figure.compass-radar').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
