// The scenario explorer as a committee member uses it: what-if values,
// goal seek, undo/redo, side by side, saved across reloads, shared by link,
// and a corrupt saved entry that neither stops the app nor is thrown away.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, readings, menu, newScenario, ARTIFACTS, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

// METHOD.md with the dataset's options: (5·91/141 + 4 + 3,75 + 0 + 0 + 2,93)/6.
const WITH_950 = (5 * 91 / 141 + 4 + 3.75 + 0 + 0 + (5 * 5 / 29 + 5) / 2) / 6;
const score = async (page, id) => Number(await page.locator(`[data-guidepost="${id}"]`).getAttribute('data-score'));

async function edit(page, address) {
  const gp = address.split('.')[0];
  const toggle = page.getByRole('button', { name: new RegExp(`^Vis delmål for pejlemærke ${gp} `) });
  if (await toggle.count()) await toggle.click();
  await page.getByRole('button', { name: `Ret ${address}`, exact: true }).click();
}

async function setStatus(page, address, text, year = 2014) {
  await edit(page, address);
  await page.getByLabel(`Status ${year} for ${address} (tal)`).fill(text);
}

test('setting 1.A to 950 reads 2,32, goal seek gives 896,2, and both survive a reload', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await setStatus(page, '1.A', '950');
  assert.ok(Math.abs(await score(page, '1') - WITH_950) < 1e-9, `${await score(page, '1')}`);
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '2,3');
  await page.getByText('Base kan ikke ændres').waitFor();
  assert.match(await (await menu(page, 'Scenarier')).locator('.scenario-bar').innerText(), /Ændrer: 1\.A status 2014: 950/);
  await page.keyboard.press('Escape');
  // The changed value is marked, with the data's value beside it.
  assert.match(await page.locator('tr[data-subgoal="A"]').innerText(), /950[\s\S]*data: 828/);

  // Goal seek: what must 1.A be for guidepost 1 to read 2,0?
  await page.getByLabel('Ønsket aflæsning for pejlemærke 1').fill('2,0');
  await page.getByRole('button', { name: 'Find status' }).click();
  assert.match(await page.locator('.seek-answer').innerText(), /1\.A skal have status 896,19 for at pejlemærke 1 viser 2,0/);
  await page.getByRole('button', { name: 'Sæt ind i scenariet' }).click();
  assert.ok(Math.abs(await score(page, '1') - 2.0) < 1e-9);

  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.ok(Math.abs(await score(page, '1') - 2.0) < 1e-9, 'the scenario is still there after a reload');
  assert.equal(await page.locator('.scenario-switch option:checked').innerText(), 'Scenarie 1');
  await page.screenshot({ path: `${ARTIFACTS}/scenario.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test('danish input, a bad number keeps the text, and undo/redo cover every edit', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.getByLabel('Aktivt scenarie').selectOption({ label: 'Base' });
  const base = await score(page, '1');
  await setStatus(page, '1.A', '1.000');
  assert.ok(Math.abs(await score(page, '1') - (base + 5 * (1000 - 828) / 141 / 6)) < 1e-9);
  const field = page.getByLabel('Status 2014 for 1.A (tal)');
  await field.fill('9x5');
  assert.equal(await field.inputValue(), '9x5', 'what the user typed is kept');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  await page.getByText('Skriv et tal, fx 1.000 eller 95,9').waitFor();
  assert.equal(await score(page, '1'), base, 'while the text is no number, the value is the one from before the typing');
  // A number outside the limits every way in shares is refused at the field, the text kept.
  const before = await score(page, '1');
  await field.fill('10.000.000.000.000');
  await page.getByText('Tallet er for stort: brug et tal mellem −1.000.000.000.000 og 1.000.000.000.000').waitFor();
  assert.equal(await field.inputValue(), '10.000.000.000.000');
  assert.equal(await score(page, '1'), before, 'the reading did not move');
  const population = page.getByLabel('Population for 1.A');
  await population.fill('-5');
  await page.getByText('En population er 0 eller mere (højst 1.000.000.000.000)').waitFor();
  await field.fill('95,9 %');
  const after959 = await score(page, '1');
  await (await menu(page, 'Metode')).getByLabel('Tæl delmål uden status som 0').check(); // already: no change
  await (await menu(page, 'Metode')).getByLabel('Udelad delmål uden status').check();
  await page.keyboard.press('Escape');
  const excluded = await score(page, '1');
  assert.notEqual(excluded, after959);
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  assert.equal(await score(page, '1'), after959);
  await page.locator('body').press('Control+z'); // the typed value, as one step
  assert.equal(await score(page, '1'), base, 'undoing the typed value goes back to Base');
  await page.locator('body').press('Control+Shift+z');
  assert.equal(await score(page, '1'), after959);
  await page.getByRole('button', { name: '↷ Gentag' }).click();
  assert.equal(await score(page, '1'), excluded);
  assert.deepEqual(errors, []);
  await page.close();
});

test('typing 9x0 key by key never leaves the 9 as the status; each entry is its own undo step', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  const field = page.getByLabel('Status 2014 for 1.A (tal)');
  await field.fill('');
  await field.pressSequentially('9x0');
  await page.getByText('Skriv et tal, fx 1.000 eller 95,9').waitFor();
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6', 'the 9 typed on the way is taken back');
  assert.equal(await page.locator('.scenario-name').innerText(), 'Dataene (Base)', 'and so is the scenario it had made');
  await page.reload();
  await page.waitForSelector(APP_READING);
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6', 'nothing of it was saved');
  // Two entries in the field, the field left between them: two undo steps.
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await field.fill('950');
  await field.blur();
  await field.fill('900');
  await field.blur();
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  assert.equal(await field.inputValue(), '950', 'undo goes back to the first entry');
  await page.getByRole('button', { name: '↶ Fortryd' }).click();
  assert.equal(await page.locator('[data-guidepost="1"]').innerText(), '1,6');
  // "1,500" the English way: taken the Danish way (1,5), and said, in the field and in the year table.
  await field.fill('1,500');
  assert.equal(await page.locator('.field-hint').innerText(), 'Læses som 1,5 (komma er decimaltegn). Mente du 1.500?');
  await field.fill('1.500');
  assert.equal(await page.locator('.field-hint').count(), 0);
  await (await menu(page, 'Data')).getByRole('button', { name: 'Ny status for et år…' }).click();
  await page.getByLabel('Status 2015 for 1.D', { exact: true }).fill('1,500');
  assert.equal(await page.locator('.year-table .field-hint').innerText(), 'Læses som 1,5 (komma er decimaltegn). Mente du 1.500?');
  assert.deepEqual(errors, []);
  await page.close();
});

test('three scenarios side by side, with the change from Base and what each changes', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await newScenario(page, 'Flere boliger');
  await setStatus(page, '1.A', '950');
  await newScenario(page, 'Gruppe 5 vægtet');
  await (await menu(page, 'Metode')).getByLabel('Udelad delmål uden status').check();
  for (const label of ['Base', 'Flere boliger', 'Gruppe 5 vægtet']) {
    await (await menu(page, 'Scenarier')).locator('.compare-row').getByLabel(label, { exact: true }).check();
  }
  await page.keyboard.press('Escape');
  const table = page.locator('table.compare-table');
  const heads = await table.locator('thead th').allInnerTexts();
  assert.deepEqual(heads, ['Pejlemærke', 'Base', 'Flere boliger', 'Gruppe 5 vægtet']);
  const row1 = (await table.locator('tr[data-compare-guidepost="1"] td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  assert.deepEqual(row1, ['1,6 =', '2,3 ▲ +0,7', '2,4 ▲ +0,8']);
  assert.match(await table.locator('tr.compare-changes').innerText(), /1\.A status 2014: 950[\s\S]*udelad delmål uden status/);
  await page.screenshot({ path: `${ARTIFACTS}/compare.png`, fullPage: true });
  // On a phone and an iPad the table fits its box: each guidepost's readings
  // stand under its title, each named by its scenario (it used to scroll sideways).
  for (const [width, height] of [[390, 844], [768, 1024]]) {
    await page.setViewportSize({ width, height });
    await table.scrollIntoViewIfNeeded();
    assert.ok(await table.evaluate((t) => t.scrollWidth <= t.parentElement.clientWidth), `the table fits at ${width}`);
    const cells = table.locator('tr[data-compare-guidepost="1"] td');
    assert.deepEqual(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content)), ['"Base"', '"Flere boliger"', '"Gruppe 5 vægtet"']);
    const [title, first] = await Promise.all([table.locator('tr[data-compare-guidepost="1"] th'), cells.first()].map((l) => l.boundingBox()));
    assert.ok(first.y >= title.y + title.height - 1, 'the readings under the title');
    await page.screenshot({ path: `${ARTIFACTS}/compare-${width}.png`, fullPage: true });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a copied link opens the same readings in a fresh browser profile', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await newScenario(page);
  await setStatus(page, '1.A', '950');
  await (await menu(page, 'Metode')).getByLabel('Tæl delmål uden status som 0').check();
  await (await menu(page, 'Metode')).getByLabel('Hvert underdelmål tæller for sig').check();
  await (await menu(page, 'Scenarier')).getByRole('button', { name: 'Kopiér link' }).click();
  const link = await (await menu(page, 'Scenarier')).getByLabel('Link til scenariet').inputValue();
  // The link carries the scenario and the guidepost open when it was copied.
  assert.match(link, /#b1=[A-Za-z0-9_-]+&pejlemaerke=1$/);
  const here = await readings(page);

  const fresh = await launch(); // a new, empty profile: nothing saved
  const other = await openApp(fresh, link);
  assert.deepEqual(await readings(other.page), here);
  await other.page.getByText('fra linket er åbnet').waitFor();
  await other.page.locator('#detail[aria-labelledby="gp-title-1"]').waitFor();
  assert.deepEqual(other.errors, []);
  // A damaged link says so and changes nothing.
  const broken = await openApp(fresh, `${server.url}#b1=AAAAbroken`);
  await broken.page.getByText('Linket kunne ikke åbnes').waitFor();
  assert.equal(await score(broken.page, '1'), Number((await readings(broken.page))['1'].score));
  assert.ok(Math.abs(await score(broken.page, '1') - 1.596957283769459) < 1e-9);
  await fresh.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('a corrupt saved entry gives a message, is offered for download, and the app still starts', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(APP_READING);
  await setStatus(page, '1.A', '950');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('barometer/saved/')));
  assert.ok(key, 'scenarios are saved in localStorage');
  await page.evaluate((k) => localStorage.setItem(k, '{"format":"barometer-saved/1", broken'), key);
  await page.reload();
  await page.waitForSelector(APP_READING);
  await page.getByText('De gemte scenarier kunne ikke læses').waitFor();
  assert.ok(Math.abs(await score(page, '1') - 1.596957283769459) < 1e-9, 'the app starts on Base');
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('barometer/corrupt/')).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, ['{"format":"barometer-saved/1", broken']);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download barometer-gemte-scenarier.json' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray();
  assert.equal(Buffer.concat(text).toString(), '{"format":"barometer-saved/1", broken');
  assert.deepEqual(errors, []);
  await context.close();
});

test('one saved value outside the limits is left out and named; the rest of the saved work is kept', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector(APP_READING);
  await setStatus(page, '1.A', '950');
  const key = await page.evaluate(() => Object.keys(localStorage).find((k) => k.startsWith('barometer/saved/')));
  // As an older version (or a hand edit) could have saved it: 1.B at 10^13.
  await page.evaluate((k) => {
    const saved = JSON.parse(localStorage.getItem(k));
    saved.scenarios[0].subgoals['1.B'] = { status: { 2014: 1e13 } };
    localStorage.setItem(k, JSON.stringify(saved));
  }, key);
  await page.reload();
  await page.waitForSelector(APP_READING);
  await page.getByText('Nogle gemte værdier lå uden for grænserne og er udeladt: »Scenarie 1«: 1.B status 2014: 10.000.000.000.000.').waitFor();
  assert.ok(Math.abs(await score(page, '1') - WITH_950) < 1e-9, 'the scenario with 1.A at 950 is kept');
  assert.equal(await page.locator('.scenario-switch option:checked').innerText(), 'Scenarie 1');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a downloaded scenario file loads again; a file for other data says so and changes nothing', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await newScenario(page, 'Til fil');
  // 3.A has only a direction (<1,1 %): give it a number and a status, and it counts.
  await edit(page, '3.A');
  await page.getByLabel('Mål for 3.A (tal)').fill('0,9');
  await page.getByLabel('Status 2014 for 3.A (tal)').fill('1,0');
  assert.equal(await page.locator('[data-guidepost="3"]').getAttribute('data-state'), 'scored');
  const reading3 = await score(page, '3');
  const download = page.waitForEvent('download');
  await (await menu(page, 'Scenarier')).getByRole('button', { name: 'Download scenarie' }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), 'barometer-scenarie-til-fil.json');
  const path = `${ARTIFACTS}/scenario-file.json`;
  await file.saveAs(path);

  await (await menu(page, 'Scenarier')).getByRole('button', { name: 'Slet' }).click();
  assert.equal(await page.locator('[data-guidepost="3"]').getAttribute('data-state'), 'baseline_only');
  await (await menu(page, 'Scenarier')).getByLabel('Indlæs scenarie fra fil').setInputFiles(path);
  await (await menu(page, 'Scenarier')).getByRole('button', { name: '● Til fil' }).waitFor();
  assert.equal(await score(page, '3'), reading3);

  const before = await readings(page);
  const fs = await import('node:fs/promises');
  const other = JSON.parse(await fs.readFile(path, 'utf8'));
  other.dataset = { fingerprint: '0000000000000000', title: 'Pejlemærker 2015' };
  await (await menu(page, 'Scenarier')).getByLabel('Indlæs scenarie fra fil').setInputFiles({ name: 'andet.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) });
  await page.getByText('»andet.json« kunne ikke indlæses: det hører til andre data (»Pejlemærker 2015«)').waitFor();
  await (await menu(page, 'Scenarier')).getByLabel('Indlæs scenarie fra fil').setInputFiles({ name: 'støj.json', mimeType: 'application/json', buffer: Buffer.from('ikke json') });
  await page.getByText('»støj.json« kunne ikke indlæses: indholdet er beskadiget').waitFor();
  assert.deepEqual(await readings(page), before, 'a refused file changes nothing');
  assert.deepEqual(errors, []);
  await page.close();
});

test("a guidepost's sub-goal table fits its pane at every size, also with a score past the scale and the editor open", async () => {
  // "(uden begrænsning −30,5)" under the score, the editor's fieldsets and the
  // trend chart each pushed the table past the detail pane; at 1024 px the
  // table scrolled sideways even without them.
  for (const size of [{ width: 1366, height: 650 }, { width: 1280, height: 600, deviceScaleFactor: 1.5 }, { width: 1024, height: 640 }, { width: 1920, height: 970 }, { width: 768, height: 1024 }, { width: 390, height: 844 }]) {
    const { page, errors } = await openApp(browser, server.url, size);
    await newScenario(page);
    await setStatus(page, '1.A', '0');
    await page.getByLabel('Status 2014 for 1.A (tal)').press('Tab');
    const row = page.locator('table.subgoals tr[data-subgoal="A"]').first();
    assert.match(await row.innerText(), /beregnet −30,5, vist som −5,0 \(skalaens grænse\)/);
    const fits = await row.evaluate((tr) => { const box = tr.closest('.table-scroll'); return box.scrollWidth <= box.clientWidth; });
    assert.ok(fits, `the sub-goal table fits at ${size.width}×${size.height}`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});
