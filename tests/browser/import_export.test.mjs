// Data in and out as staff do it: drop a CSV on the page, paste cells from a
// spreadsheet, a broken file that changes nothing, a download loaded again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openApp, readings, menu, newScenario, ARTIFACTS, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const CSV = '\ufeffpejlemærke;delmål;gruppe;titel;enhed;baseline år;baseline;status 2014;status 2015;mål år;mål\n'
  + '1. Flere i bolig;A;;Boliger;antal;2013;859;828;950;2017;1.000\n'
  + '1. Flere i bolig;B;;Udsættelser;antal;2013;538;474;;2017;458\n'
  + '2. Skolen;C1;C;Prøven;procent;2013;74%;;78%;2017;80%\n';

async function drop(page, name, text) {
  const dataTransfer = await page.evaluateHandle(([n, t]) => {
    const dt = new DataTransfer();
    dt.items.add(new File([t], n, { type: 'text/csv' }));
    return dt;
  }, [name, text]);
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

test('a CSV dropped on the page is previewed, then loaded on confirm, and stays after a reload', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await drop(page, 'pejlemaerker-2015.csv', CSV);
  const preview = page.locator('.import-preview');
  await preview.waitFor();
  assert.match(await preview.innerText(), /2 pejlemærker · 3 delmål · år: 2013, 2014, 2015/);
  assert.match(await preview.locator('.import-compare').innerText(), /1\. Flere i bolig\s+1,6\s+3,6/);
  // It says how it read the file and what loading replaces.
  assert.equal(await preview.locator('.import-read-as').innerText(), 'Læst som UTF-8 med BOM, adskilt med semikolon.');
  assert.equal(await preview.locator('.import-gone').innerText(), 'Findes ikke i filen og forsvinder fra skærmen: pejlemærke 3, 4, 5, 6, 7, 8 og 9.');
  assert.match(await preview.locator('.import-method').innerText(), /Delmål uden status: Tæl delmål uden status som 0 → Udelad delmål uden status/);
  await page.screenshot({ path: `${ARTIFACTS}/import-preview.png`, fullPage: true });
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.getByText('Data indlæst fra »pejlemaerker-2015.csv«').waitFor();
  const r = await readings(page);
  assert.deepEqual(Object.keys(r), ['1', '2']);
  // 1.A 2015: (950 − 859) / 141 · 5 = 3,23; 1.B: 4,0; mean 3,6. 2.C1: (78 − 74) / 6 · 5 = 3,3.
  assert.equal(r['1'].text, '3,6');
  assert.equal(r['2'].text, '3,3');
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.deepEqual(Object.keys(await readings(page)), ['1', '2'], 'the imported data is there after a reload');
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug 2014-dataene' }).click();
  assert.equal(Object.keys(await readings(page)).length, 9);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Danish Excel's CSV (Windows-1252, ;) and Unicode text (UTF-16, tabs) load, and the preview says so", async () => {
  const { page, errors } = await openApp(browser, server.url);
  const text = 'pejlemærke;delmål;titel;baseline år;baseline;status 2014;mål år;mål\n1. Færre på gaden;A;Hjemløse – færre;2013;1.581;1.500;2017;1.255\n';
  const cp1252 = Buffer.from([...text].map((c) => (c === '–' ? 0x96 : c.charCodeAt(0))));
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replaceAll(';', '\t'), 'utf16le')]);
  for (const [name, buffer, readAs] of [['excel.csv', cp1252, 'Windows-1252, adskilt med semikolon'], ['unicode.txt', utf16, 'UTF-16 LE (Unicode-tekst), adskilt med tabulator']]) {
    await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name, mimeType: 'text/csv', buffer });
    const preview = page.locator('.import-preview');
    await preview.waitFor();
    assert.equal(await preview.locator('.import-read-as').innerText(), `Læst som ${readAs}.`, name);
    assert.match(await preview.locator('.import-compare').innerText(), /1\. Færre på gaden/, name);
    await page.getByRole('button', { name: 'Annullér' }).click();
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('data too big for the browser storage works for the visit, says so with a download, and a reload never shows an older import', async () => {
  const { page, errors } = await openApp(browser, server.url);
  // An earlier import is in storage; then the browser's storage is full.
  await drop(page, 'tidligere.csv', CSV);
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.getByText('Data indlæst fra »tidligere.csv«').waitFor();
  await page.evaluate(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'barometer/dataset') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return setItem.call(this, key, value);
    };
  });
  await drop(page, 'stor.csv', CSV.replace('Boliger', 'Boliger (stor)'));
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  const notice = page.locator('.notice.error', { hasText: 'for store til browserens lager' });
  await notice.waitFor();
  assert.match(await notice.innerText(), /De virker nu, men er væk efter en genindlæsning, hvor Barometer åbner med 2014-dataene\. Download dem her for at beholde dem\./);
  assert.equal(Object.keys(await readings(page)).length, 2, 'the data works for the visit');
  const download = page.waitForEvent('download');
  await notice.getByRole('button', { name: 'Download barometer-data.json' }).click();
  const text = Buffer.concat(await (await (await download).createReadStream()).toArray()).toString();
  assert.match(text, /"title":"Boliger \(stor\)"/, 'the download is the data shown');
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(Object.keys(await readings(page)).length, 9, 'after a reload: the 2014 data, not the earlier import');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an empty dataset loads and every screen copes: overview, presentation, print, reload', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'tom.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"barometer-dataset/1","title":"Tom","guideposts":[]}') });
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.locator('.overview-empty').waitFor();
  await page.keyboard.press('f');
  await page.locator('.presentation').waitFor();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Udskriv' }).click();
  await page.locator('.print-report').waitFor();
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await page.reload();
  await page.locator('.overview-empty').waitFor();
  assert.equal(await page.locator('#panic.shown').count(), 0);
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug 2014-dataene' }).click();
  assert.equal(await page.locator('[data-guidepost]').count(), 9);
  assert.deepEqual(errors, []);
  await page.close();
});

test('cells pasted from a spreadsheet load through the same preview', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await (await menu(page, 'Data')).getByRole('button', { name: 'Indsæt fra regneark' }).click();
  const tsv = 'pejlemærke\tdelmål\ttitel\tbaseline år\tbaseline\tstatus 2014\tmål år\tmål\n7. Fattigdom\tA\tFærre fattige\t2013\t10.598\t10.000\t2017\t9.598\n';
  await page.getByLabel('Celler fra regneark').fill(tsv);
  await page.getByRole('button', { name: 'Læs cellerne' }).click();
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  const r = await readings(page);
  assert.deepEqual(Object.keys(r), ['7']);
  assert.equal(r['7'].text, '3,0');
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug 2014-dataene' }).click();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a broken file lists every problem with its place and leaves data and scenario as they were', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await newScenario(page);
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await page.getByLabel('Status 2014 for 1.A (tal)').fill('950');
  const before = await readings(page);
  const broken = 'pejlemærke;delmål;titel;baseline år;baseline;mål år;mål\n1. Bolig;A;Boliger;2013;mange;2017;1000\n1. Bolig;B;Udsættelser;20x3;538;2017;458\n';
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'fejl.csv', mimeType: 'text/csv', buffer: Buffer.from(broken) });
  const failed = page.locator('.import-preview.failed');
  await failed.waitFor();
  const items = await failed.locator('.import-errors li').allInnerTexts();
  assert.deepEqual(items, [
    'række 2, kolonne "baseline": »mange« er ikke et tal (skriv fx 1.000 eller 95,9: brug punktum som tusindtalsseparator eller ingen, og komma som decimaltegn)',
    'række 3, kolonne "baseline år": forventede et helt årstal mellem 1900 og 2200, fx 2014',
  ]);
  assert.match(await failed.innerText(), /Intet er ændret/);
  await failed.getByRole('button', { name: 'Luk' }).click();
  assert.equal(await page.locator('.dialog-layer').count(), 0, 'the dialog is closed');
  assert.deepEqual(await readings(page), before, 'the data and the scenario are as they were');
  assert.match(await (await menu(page, 'Scenarier')).locator('.scenario-bar').innerText(), /1\.A status 2014: 950/);
  await page.keyboard.press('Escape');
  // Too large, or a format the browser cannot read: said, nothing changed.
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'ark.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  await page.getByText('»ark.pdf« kan ikke indlæses').waitFor();
  assert.deepEqual(await readings(page), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('downloaded data (JSON, CSV for Excel and .xlsx) loads again to the same readings', async () => {
  const { page, errors } = await openApp(browser, server.url);
  // The import worker starts without warnings (its loader once used wasm-bindgen's deprecated start).
  const warnings = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'warning') warnings.push(`worker: ${m.text()}`); }));
  const before = await readings(page);
  for (const [button, file] of [['Download JSON', 'barometer-data.json'], ['Download CSV til Excel', 'barometer-data.csv'], ['Download Excel (.xlsx)', 'barometer-data.xlsx']]) {
    const download = page.waitForEvent('download');
    await (await menu(page, 'Data')).getByRole('button', { name: button }).click();
    const got = await download;
    assert.equal(got.suggestedFilename(), file);
    const path = `${ARTIFACTS}/${file}`;
    await got.saveAs(path);
    const bytes = await readFile(path);
    if (file.endsWith('.csv')) assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a BOM for Excel');
    if (file.endsWith('.xlsx')) assert.equal(bytes.subarray(0, 2).toString(), 'PK', 'a workbook (zip)');
    await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(path);
    await page.locator('.import-preview').waitFor();
    assert.equal(await page.locator('.import-lost').count(), 0, `${file} carries everything`);
    await page.getByRole('button', { name: 'Indlæs disse data' }).click();
    assert.deepEqual(await readings(page), before, file);
    if (file.endsWith('.csv')) {
      // Saved again by Excel as "CSV (semikolonsepareret)": Windows-1252, ? for what it lacks.
      const cp1252 = windows1252(bytes.subarray(3).toString('utf8'));
      await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'gemt-i-excel.csv', mimeType: 'text/csv', buffer: cp1252 });
      assert.equal(await page.locator('.import-read-as').innerText(), 'Læst som Windows-1252, adskilt med semikolon.');
      assert.match(await page.locator('.import-lost').innerText(), /Det kan filen ikke rumme:\s+Tegn, som filens tegnsæt ikke har, er blevet til »\?« i 1 tekst: pejlemærke 5 note \(»−«\)\./);
      await page.getByRole('button', { name: 'Annullér' }).click();
    }
  }
  assert.deepEqual(warnings, []);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Text as a Windows-1252 spreadsheet saves it: `?` for each character the code page lacks. */
function windows1252(text) {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
  return Buffer.from([...text].map((c) => {
    const n = c.codePointAt(0);
    if (n < 0x80 || (n >= 0xa0 && n <= 0xff)) return n;
    const i = high.indexOf(c);
    return i >= 0 ? 0x80 + i : 0x3f;
  }));
}

test('an Excel workbook is read by the import worker, with a sheet chooser', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const path = new URL('../fixtures/two-sheets.xlsx', import.meta.url).pathname;
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(path);
  const preview = page.locator('.import-preview');
  await preview.waitFor();
  // The first sheet holds notes, not data: its problems are listed, and another sheet can be chosen.
  assert.match(await preview.innerText(), /række 1: der er kun én kolonne/);
  await preview.getByLabel('Ark').selectOption('Status 2015');
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  const r = await readings(page);
  assert.deepEqual(Object.keys(r), ['1', '2']);
  assert.equal(r['1'].text, '3,6');
  assert.equal(r['2'].text, '3,3');
  await (await menu(page, 'Data')).getByRole('button', { name: 'Brug 2014-dataene' }).click();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a 20 MB file is read off the page: a progress bar, and the page keeps answering', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const header = 'pejlemærke;delmål;titel;enhed;baseline år;baseline;status 2014;mål år;mål\n';
  const rows = [];
  let size = header.length;
  for (let i = 0; size < 20 * 1024 * 1024; i++) {
    const row = `${i % 9 + 1}. Pejlemærke nummer ${i % 9 + 1};S${i};Et genereret delmål med en lang titel nummer ${i};antal;2013;${1000 + i % 50};${1010 + i % 40};2017;${1100 + i % 30}\n`;
    rows.push(row);
    size += Buffer.byteLength(row);
  }
  const buffer = Buffer.from(header + rows.join(''));
  assert.ok(buffer.length >= 20 * 1024 * 1024);
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer });
  await page.locator('.reading-file progress').waitFor();
  // While the worker reads, the page keeps painting frames.
  const longestGap = await page.evaluate(() => new Promise((done) => {
    let last = performance.now(), gap = 0;
    const start = last;
    const tick = (t) => {
      gap = Math.max(gap, t - last);
      last = t;
      if (t - start < 1000 && !document.querySelector('.import-preview')) requestAnimationFrame(tick); else done(gap);
    };
    requestAnimationFrame(tick);
  }));
  assert.ok(longestGap < 250, `the page froze for ${longestGap} ms`);
  await page.locator('.import-preview').waitFor({ timeout: 60_000 });
  assert.match(await page.locator('.import-preview').innerText(), new RegExp(`9 pejlemærker · ${rows.length} delmål`));
  await page.getByRole('button', { name: 'Annullér' }).click();
  assert.equal(await page.locator('[data-guidepost]').count(), 9, 'nothing changed');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a file over the limit is refused with the limit; the templates download', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'kæmpe.csv', mimeType: 'text/csv', buffer: Buffer.alloc(26 * 1024 * 1024, 0x61) });
  await page.getByText('»kæmpe.csv« er 26,0 MB; Barometer indlæser filer på højst 25 MB. Intet er ændret.').waitFor();
  for (const [button, file] of [['Skabelon (CSV)', 'barometer-skabelon.csv'], ['Skabelon (Excel)', 'barometer-skabelon.xlsx']]) {
    const download = page.waitForEvent('download');
    await (await menu(page, 'Data')).getByRole('button', { name: button }).click();
    const got = await download;
    assert.equal(got.suggestedFilename(), file);
    const path = `${ARTIFACTS}/${file}`;
    await got.saveAs(path);
    await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(path);
    await page.locator('.import-preview').waitFor();
    assert.match(await page.locator('.import-preview').innerText(), /1 pejlemærker · 1 delmål · år: 2013, 2014\n/);
    await page.getByRole('button', { name: 'Annullér' }).click();
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("on a phone the import preview's readings before and after fit the dialog, each named", async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 390, height: 844 });
  const file = new URL('../../data/pejlemaerker-fiktiv-2015-2017.json', import.meta.url).pathname;
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(file);
  const table = page.locator('.import-preview .import-compare');
  await table.scrollIntoViewIfNeeded();
  // "Efter indlæsning" was cut off at the dialog's right edge.
  const [t, dialog] = await Promise.all([table.boundingBox(), page.locator('.import-preview').boundingBox()]);
  assert.ok(t.x + t.width <= dialog.x + dialog.width, `${t.x + t.width} within ${dialog.x + dialog.width}`);
  const row = table.locator('tbody tr').first();
  assert.deepEqual(await row.locator('td').evaluateAll((tds) => tds.map((td) => [getComputedStyle(td, '::before').content, td.textContent])), [['"Nu"', '1,6'], ['"Efter indlæsning"', '4,2']]);
  await page.screenshot({ path: `${ARTIFACTS}/import-preview-390.png` });
  assert.deepEqual(errors, []);
  await page.close();
});
