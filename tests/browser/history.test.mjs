// The barometer over time (issue "Year after year"), with the fictitious
// 2015–2017 continuation of the 2014 data: each reading in the overview has
// its line and its change since the year before, with the part that comes
// from first measurements; a guidepost's detail has the line and a table.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, openGuidepost, overviewItem, menu, axeViolations, boxes, overlaps, ARTIFACTS, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const FICTIVE = new URL('../../data/pejlemaerker-fiktiv-2015-2017.json', import.meta.url).pathname;

/** The change as it shows beside guidepost `id`'s reading (screen readers get the whole sentence). */
const shown = (page, id) => overviewItem(page, id).locator('[data-since] > [aria-hidden="true"]').innerText();

async function loadFictive(page) {
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(FICTIVE);
  // Over the 2014 data, the preview names the years the file adds.
  assert.equal(await page.locator('.import-new-years').innerText(), 'Nye år: 2015 (13 af 36 delmål målt), 2016 (20 af 36 delmål målt), 2017 (20 af 36 delmål målt).');
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.getByText('Data indlæst fra »pejlemaerker-fiktiv-2015-2017.json«').waitFor();
}

test('with one year there is no line and no change; with four, every reading has both, honestly split', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 650 });
  assert.equal(await page.locator('.ov-spark').count(), 0, 'the 2014 data has one year: no line to draw');
  assert.equal(await page.locator('[data-since]').count(), 0);
  assert.equal(await page.locator('.barometer-over-time').count(), 0);
  await openGuidepost(page, '1');
  assert.equal(await page.locator('.over-time.single').innerText(), 'Kun ét år med status (2014): der er ingen udvikling at tegne endnu.');
  await loadFictive(page);
  // A line for every guidepost scored in some year; none for 6, 7 and 8, never scored.
  assert.equal(await page.locator('.ov-spark svg').count(), 6);
  for (const id of ['6', '7', '8']) assert.equal(await overviewItem(page, id).locator('.ov-spark').count(), 0, id);
  // As of 2017 (the latest): the same numbers as `barometer history`.
  assert.equal(await shown(page, '1'), '+2,0 siden 2016');
  assert.equal(await shown(page, '2'), '+1,6 siden 2016');
  // As of 2015, guidepost 1 fell 1,2 although 1.D and 1.E were measured for the first time.
  await (await menu(page, 'Metode')).getByLabel('Status til og med').selectOption('2015');
  const since = overviewItem(page, '1').locator('[data-since]');
  assert.equal(await shown(page, '1'), '−1,2 siden 2014 (+0,5 nye)');
  assert.equal(await since.getAttribute('title'), '−1,2 siden 2014, heraf +0,5 fordi 1.D og 1.E er målt første gang');
  assert.equal(await since.locator('.visually-hidden').innerText(), '−1,2 siden 2014, heraf +0,5 fordi 1.D og 1.E er målt første gang');
  assert.match(await overviewItem(page, '1').locator('.ov-spark').getAttribute('aria-label'), /^Over tid: 2014: 1,6; 2015: 0,4 \(første målinger\); 2016: 2,1; 2017: 4,2\.$/);
  // From baseline-only (0) to a score is no change in score: none is claimed.
  assert.equal(await overviewItem(page, '2').locator('[data-since]').count(), 0);
  await page.keyboard.press('Escape');
  // With no guidepost open: all nine over the years, nine panels, and the same as a table.
  await page.locator('.barometer-over-time').waitFor();
  assert.match(await page.locator('.barometer-over-time .chart-svg').getAttribute('aria-label'), /^1\. .*: Over tid: 2014: 1,6; 2015: 0,4 \(første målinger\); 2016: 2,1; 2017: 4,2\. 2\. /);
  assert.equal(await page.locator('.barometer-over-time svg polyline, .barometer-over-time svg path').count() > 0, true);
  assert.equal(await page.locator('.barometer-over-time tbody tr').count(), 9);
  await page.screenshot({ path: `${ARTIFACTS}/history-all-nine-1366x650.png` });
  await page.getByText('Som tabel').click();
  assert.match(await page.locator('.barometer-over-time tbody tr').first().innerText(), /^1\. .*\t1,6\t0,4\s*−1,2 siden 2014, heraf \+0,5 fordi 1\.D og 1\.E er målt første gang\s+2,1\s+\+1,8 siden 2015\s+4,2\s+\+2,0 siden 2016$/);
  await page.screenshot({ path: `${ARTIFACTS}/history-overview-1366x650.png` });
  assert.deepEqual(overlaps(await boxes(page, '.ov-item')), []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal overflow');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a guidepost's detail shows its line over the years and the same as a table", async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 650 });
  await loadFictive(page);
  await openGuidepost(page, '2');
  const table = page.locator('.over-time-table');
  const rows = await table.locator('tbody tr').allInnerTexts();
  assert.deepEqual(rows.map((r) => r.split('\t').map((c) => c.trim())), [
    ['2014', '0 (kun baseline-målinger)', '', '0 af 7'],
    ['2015', '0,9', '–', '2 af 7'],
    ['2016', '2,8', '+2,0 siden 2015, heraf +1,4 fordi 2.C2, 2.D1 og 2.D2 er målt første gang', '5 af 7'],
    ['2017', '4,5', '+1,6 siden 2016', '5 af 7'],
  ]);
  assert.equal(await page.locator('.over-time-chart svg').count(), 1);
  await page.locator('.over-time').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}/history-detail-1366x650.png` });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the line and the change fit beside each reading', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 390, height: 844 });
  await loadFictive(page);
  assert.equal(await shown(page, '1'), '+2,0 siden 2016');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal overflow on a phone');
  assert.deepEqual(overlaps(await boxes(page, '.ov-item')), []);
  await page.screenshot({ path: `${ARTIFACTS}/history-overview-390x844.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('presentation and print say each change since the year before, with its part from first measurements', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1920, height: 1080 });
  await loadFictive(page);
  await (await menu(page, 'Metode')).getByLabel('Status til og med').selectOption('2015');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Præsentér' }).click();
  await page.locator('[data-presented-since="1"]').waitFor();
  assert.equal(await page.locator('[data-presented-since="1"]').innerText(), '−1,2 siden 2014, heraf +0,5 fordi 1.D og 1.E er målt første gang');
  await page.screenshot({ path: `${ARTIFACTS}/history-presentation-1920.png` });
  // What was said about loading the data would cover guidepost 9's card on
  // the projector: on a slide only errors show, the rest comes back after.
  assert.equal(await page.locator('.notice.info').count(), 0, 'no info notice over the slides');
  assert.deepEqual(overlaps(await boxes(page, '.notices, .pres-tile')), []);
  await page.keyboard.press('Escape');
  assert.ok(await page.locator('.notice.info').count() >= 1, 'the notice about the loaded data is back');
  await page.getByRole('button', { name: 'Udskriv' }).click();
  assert.equal(await page.locator('[data-print-since="1"]').innerText(), '−1,2 siden 2014, heraf +0,5 fordi 1.D og 1.E er målt første gang');
  assert.equal(await page.locator('[data-print-since="5"]').innerText(), '+2,8 siden 2014');
  assert.deepEqual(errors, []);
  await page.close();
});

test('what happened goes by itself after a while, so it does not stay over a chart; what went wrong stays until closed', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 650 });
  await loadFictive(page);
  const info = page.locator('.notice.info', { hasText: 'Data indlæst fra' });
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'ark.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF') });
  const error = page.locator('.notice.error', { hasText: '»ark.pdf« kan ikke indlæses' });
  await error.waitFor();
  assert.equal(await info.count(), 1, 'both are shown at first');
  await info.waitFor({ state: 'detached', timeout: 20_000 });
  assert.equal(await error.count(), 1, 'the error is still there');
  await error.getByRole('button', { name: 'Luk' }).click();
  assert.equal(await page.locator('.notice').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Pastes `text` into the input labelled `label`, as Ctrl+V from Excel would. */
async function paste(page, label, text) {
  await page.getByLabel(label, { exact: true }).evaluate((el, t) => {
    el.focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

test('a new year typed and pasted in one table: readings move beside it, it fills a scenario in one undo step, or becomes the data', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  const table = page.locator('.year-table');
  await table.waitFor();
  assert.equal(await table.getByLabel('År for den nye status').inputValue(), '2015', 'the year after the last status');
  assert.equal(await table.locator('.year-count').innerText(), '0 af 36 delmål målt i 2015');
  // Typing: Danish numbers, Enter moves down.
  await table.getByLabel('Status 2015 for 1.A', { exact: true }).fill('950');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Status 2015 for 1.B');
  assert.equal(await table.locator('.year-count').innerText(), '1 af 36 delmål målt i 2015');
  // 1.A 2015 = 950: (950 − 859) / 141 · 5 = 3,23 (was −1,10); guidepost 1 moves from 1,6 to 2,3.
  assert.match(await table.locator('[data-year-reading="1"]').innerText(), /^1\.\s*1,6 → 2,3$/);
  // Closed and opened again, what was typed is still there.
  await table.getByRole('button', { name: 'Luk', exact: true }).click();
  await table.waitFor({ state: 'detached' });
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  assert.equal(await table.getByLabel('Status 2015 for 1.A', { exact: true }).inputValue(), '950');
  assert.equal(await table.locator('.year-count').innerText(), '1 af 36 delmål målt i 2015');
  // Opened at its first field; Esc closes it too, keeping what was typed.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Status 2015 for 1.A');
  await page.keyboard.press('Escape');
  await table.waitFor({ state: 'detached' });
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  assert.equal(await table.getByLabel('Status 2015 for 1.A', { exact: true }).inputValue(), '950');
  // A year the data already has: said, since a number typed replaces its status.
  assert.equal(await table.locator('.year-existing').count(), 0);
  await table.getByLabel('År for den nye status').fill('2014');
  await table.getByLabel('År for den nye status').press('Tab');
  assert.equal(await table.locator('.year-existing').innerText(), '2014 har allerede status for 8 delmål: et tal her erstatter den, og et tomt felt beholder den, der er.');
  await table.getByLabel('År for den nye status').fill('2015');
  await table.getByLabel('År for den nye status').press('Tab');
  assert.equal(await table.locator('.year-existing').count(), 0);
  // A pasted column fills from the focused row down.
  await paste(page, 'Status 2015 for 1.B', '500\n96,5\n1.450\n');
  assert.deepEqual(await Promise.all(['1.B', '1.C', '1.D'].map((a) => table.getByLabel(`Status 2015 for ${a}`, { exact: true }).inputValue())), ['500', '96,5', '1.450']);
  assert.equal(await table.locator('.year-count').innerText(), '4 af 36 delmål målt i 2015');
  // Refused whole, with the row named: a value that is not a number, and more values than rows.
  await paste(page, 'Status 2015 for 1.E', '200\nlidt\n');
  assert.equal(await table.locator('.year-problem').innerText(), 'Intet er sat ind: »lidt« til 1.F1 er ikke et tal mellem −10^12 og 10^12.');
  assert.equal(await table.getByLabel('Status 2015 for 1.E', { exact: true }).inputValue(), '');
  await paste(page, 'Status 2015 for 9.C', '1\n2\n');
  assert.equal(await table.locator('.year-problem').innerText(), 'Intet er sat ind: kolonnen har 2 værdier, men der er kun 1 delmål fra 9.C og ned.');
  await page.screenshot({ path: `${ARTIFACTS}/year-table-1366x768.png` });
  assert.deepEqual(await axeViolations(page), []);
  // Into a scenario: one undo step takes all four back.
  await table.getByRole('button', { name: 'Læg i et nyt scenarie' }).click();
  await page.locator('.year-table').waitFor({ state: 'detached' });
  // (3,23 + 2,38 + 1,88 + 2,01 + 0 + 2,93) / 6 = 2,07 with 1.B–1.D as pasted.
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,1');
  assert.match(await page.locator('.scenario-name').innerText(), /^Scenarie: Scenarie 1$/);
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6');
  // As data: through the import preview, which names the new year.
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  await page.getByLabel('Status 2015 for 1.A', { exact: true }).fill('739');
  await page.getByRole('button', { name: 'Gem som data…' }).click();
  assert.equal(await page.locator('.import-new-years').innerText(), 'Nye år: 2015 (1 af 36 delmål målt).');
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.getByText('Data indlæst fra »ny status 2015«').waitFor();
  assert.equal(await shown(page, '1'), '−0,5 siden 2014');
  // Undo gives the data before back, and keeps them over a reload; redo the new year.
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  await page.getByText('Dataene er skiftet tilbage til »Socialudvalgets politiske pejlemærker 2014-2017 — status 2014« (status til og med 2014).').waitFor();
  assert.equal(await page.locator('[data-since]').count(), 0);
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('[data-since]').count(), 0, 'the undone data stay undone');
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  await page.getByLabel('Status 2015 for 1.A', { exact: true }).fill('739');
  await page.getByRole('button', { name: 'Gem som data…' }).click();
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  await page.getByRole('button', { name: '↷ Gentag' }).click();
  await page.getByText('Dataene er skiftet til »Socialudvalgets politiske pejlemærker 2014-2017 — status 2014« (status til og med 2015) igen.').waitFor();
  await page.reload();
  await page.waitForSelector(APP_READING);
  // 1.A: (739 − 859) / 141 · 5 = −4,26 against −1,10 in 2014: guidepost 1 moves (−4,26 + 1,10) / 6 = −0,53.
  assert.equal(await shown(page, '1'), '−0,5 siden 2014', 'the new year survives a reload and shows as a change');
  assert.deepEqual(errors, []);
  await page.close();
});

test('what was typed in the year table survives a reload, until it has gone into a scenario', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  const table = page.locator('.year-table');
  const field = (address) => table.getByLabel(`Status 2015 for ${address}`, { exact: true });
  const open = async () => {
    await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
    await table.waitFor();
  };
  const reload = async () => { await page.reload(); await page.waitForSelector(APP_READING); };
  await open();
  await field('1.A').fill('950');
  await field('1.B').fill('lidt');
  await reload();
  await open();
  assert.equal(await field('1.A').inputValue(), '950');
  assert.equal(await field('1.B').inputValue(), 'lidt', 'what is not a number yet comes back too, to be corrected');
  assert.match(await table.locator('[data-year-reading="1"]').innerText(), /^1\.\s*1,6 → 2,3$/);
  await field('1.B').fill('');
  await table.getByRole('button', { name: 'Læg i et nyt scenarie' }).click();
  await table.waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3');
  // Gone into the scenario, the draft is done with: the table opens empty, also after a reload.
  await reload();
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3');
  await open();
  assert.equal(await field('1.A').inputValue(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a scenario made before a new year comes along with the data, its forecast held against the measurement; an old link says the data has moved on', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  // On the 2014 data: "what if we house 950 people in 2015?"
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  await page.getByLabel('Status 2015 for 1.A', { exact: true }).fill('950');
  await page.getByRole('button', { name: 'Læg i et nyt scenarie' }).click();
  await page.locator('.year-table').waitFor({ state: 'detached' });
  await (await menu(page, 'Scenarier')).getByRole('button', { name: 'Kopiér link' }).click();
  const link = await (await menu(page, 'Scenarier')).getByLabel('Link til scenariet').inputValue();
  await page.keyboard.press('Escape');
  // 2015 is measured: 739.
  await loadFictive(page);
  await page.getByText('Scenariet »Scenarie 1« er ført med over på de nye data, som det blev lavet. Hvad »Scenarie 1« antog, er nu målt').waitFor();
  const hindsight = page.locator('.compare .hindsight');
  await hindsight.waitFor();
  assert.equal(await hindsight.locator('h3').innerText(), '»Scenarie 1«: antaget mod målt 2015');
  assert.equal(await hindsight.locator('[data-hindsight-subgoal="1.A"] td').last().innerText(), 'antaget 950 · målt 739 (−211)');
  // Guidepost 1 as of 2015: as it read when the scenario was made (the 2014
  // data with 950 for 1.A), and now, with 2015 measured.
  assert.equal(await hindsight.locator('[data-hindsight-guidepost="1"] td').last().innerText(), 'forudsagt 2,3 · nu 0,4 (−1,9)');
  // The scenario is kept as made: it still reads 950 for 2015.
  assert.match(await page.locator('.compare-changes').innerText(), /1\.A status 2015: 950/);
  await hindsight.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}/hindsight-1366x768.png` });
  assert.deepEqual(await axeViolations(page), []);
  // Reloaded, the scenario is still there on the new data.
  await page.reload();
  await page.waitForSelector(APP_READING);
  await page.locator('.compare .hindsight').waitFor();
  // The link made on the 2014 data opens on these data, saying so, never silently empty.
  await page.goto('about:blank');
  await page.goto(link);
  await page.waitForSelector(APP_READING);
  await page.getByText('Linket er lavet på dataene, som de var med status til og med 2014; siden er der kommet status til og med 2017.').waitFor();
  assert.match(await page.locator('.scenario-name').innerText(), /^Scenarie: Scenarie 1$/);
  // Print has it too.
  await page.getByRole('button', { name: 'Udskriv' }).click();
  assert.equal(await page.locator('.print-hindsight [data-hindsight-subgoal="1.A"] td').last().innerText(), 'antaget 950 · målt 739 (−211)');
  assert.equal(await page.locator('.print-report .barometer-over-time svg').count(), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test('Esc closes the import preview, changing nothing, and F does not present behind it', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 1366, height: 768 });
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles(FICTIVE);
  await page.locator('.import-preview').waitFor();
  // The Data menu the file came from closed when the file was chosen: Esc is the preview's.
  assert.equal(await page.locator('.tool-bar .menu.open').count(), 0, 'no menu open behind the preview');
  assert.ok(await page.evaluate(() => document.activeElement.closest('.import-preview') !== null), 'the preview has the keyboard');
  await page.keyboard.press('f');
  assert.equal(await page.locator('.presentation').count(), 0, 'no presentation behind the preview');
  await page.keyboard.press('Escape');
  await page.locator('.import-preview').waitFor({ state: 'detached' });
  assert.equal(await page.locator('[data-since]').count(), 0, 'the 2014 data as before');
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6');
  assert.deepEqual(errors, []);
  await page.close();
});
