// Charts, exports, the print view and presentation mode, as staff use them
// on a laptop and a projector: screenshots at two sizes with overflow and
// overlap checked, keyboard control, live updates from another window,
// downloads that open, escaped text, and axe-core on every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openApp, menu, openGuidepost, ARTIFACTS, axeViolations, boxes, overlaps, APP_READING } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = [[1920, 1080], [1280, 720]];

async function noHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test('an open guidepost fits beside the overview at 1920×1080 and 1280×720', async () => {
  for (const [width, height] of SIZES) {
    const { page, errors } = await openApp(browser, server.url, { width, height });
    assert.ok(await noHorizontalOverflow(page), `overview overflows at ${width}`);
    const detail = await openGuidepost(page, '1');
    await detail.locator('.progress svg').waitFor();
    assert.ok(await noHorizontalOverflow(page), `open guidepost overflows at ${width}`);
    // The gauge and the text sit side by side without overlapping, inside the detail.
    assert.deepEqual(overlaps(await boxes(detail, ':scope > .guidepost-grid > *')), [], `gauge and text at ${width}`);
    const box = (await boxes(page, '#detail'))[0];
    for (const b of await boxes(detail, 'figure, .table-scroll, .guidepost-text > *')) {
      assert.ok(b.right <= box.right + 1 && b.left >= box.left - 1, `${b.name} sticks out of the detail at ${width}`);
    }
    // The detail is beside the overview, not over it.
    const pane = (await boxes(page, '.overview-pane'))[0];
    assert.ok(pane.right <= box.left, `the detail covers the overview at ${width}`);
    await detail.screenshot({ path: `${ARTIFACTS}/guidepost-1-charts-${width}.png` });
    await page.screenshot({ path: `${ARTIFACTS}/guidepost-1-open-${width}.png` });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('presentation mode: overview first, keys, both themes, large type, nothing overflowing or overlapping', async () => {
  for (const [width, height] of SIZES) {
    const { page, errors } = await openApp(browser, server.url, { width, height });
    await page.keyboard.press('f');
    await page.waitForSelector('.presentation');
    // Slide 1 is the overview: every guidepost, its reading in display type.
    assert.equal(await page.locator('[data-presented-overview]').count(), 9);
    assert.match(await page.locator('[data-presented-overview="1"]').innerText(), /1,6[\s\S]*forventet nu 0,8 · foran/);
    assert.match(await page.locator('.pres-where').innerText(), /Overblik · 1 af 4/);
    for (const theme of ['light', 'dark']) {
      for (let step = 0; step < 4; step++) {
        const fits = await page.evaluate(() => {
          const el = document.querySelector('.presentation');
          return el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
        });
        assert.ok(fits, `presentation overflows at ${width} (${theme}, slide ${step + 1})`);
        const parts = await boxes(page, '.presentation > :not(.pres-body), .pres-body > *');
        assert.deepEqual(overlaps(parts), [], `${width} ${theme} slide ${step + 1}`);
        for (const b of parts) assert.ok(b.bottom <= height + 1 && b.right <= width + 1, `${b.name} off screen`);
        const inner = await boxes(page, '.pres-reading > *, .pres-tile');
        assert.deepEqual(overlaps(inner), [], `slide ${step + 1}`);
        // The way out is always on screen.
        const exit = (await boxes(page, '.pres-exit'))[0];
        assert.ok(exit.top >= 0 && exit.bottom <= height && exit.right <= width, 'the exit button is visible');
        if (width === 1920) {
          const sizes = await page.$$eval('.pres-meaning, .pres-help, .pres-bar, .pres-published', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
          for (const s of sizes) assert.ok(s >= 28, `body text ${s}px at 1920×1080`);
          const readingSizes = await page.$$eval('.pres-number, .pres-tile-reading', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
          for (const s of readingSizes) assert.ok(s >= 48, `a reading in ${s}px at 1920×1080`);
        }
        await page.screenshot({ path: `${ARTIFACTS}/presentation-${width}-${theme}-${step + 1}.png` });
        assert.deepEqual(await axeViolations(page), [], `axe in presentation (${theme}, ${width}, slide ${step + 1})`);
        await page.keyboard.press('ArrowRight');
      }
      for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('t');
    }
    // → from the overview: guidepost 1, then 5 (the other with a reading), then the rest together.
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('[data-presented-guidepost]').getAttribute('data-presented-guidepost'), '1');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('[data-presented-guidepost]').getAttribute('data-presented-guidepost'), '5');
    // Why 5 differs from the published 0,2, without the editing instruction the detail gives.
    assert.match(await page.locator('.pres-reason').innerText(), /skal vægtes efter population/);
    assert.doesNotMatch(await page.locator('.pres-reason').innerText(), /Indtast/);
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('[data-presented-unmeasured]').count(), 7);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.presentation', { state: 'detached' });
    await page.waitForSelector('[data-guidepost="1"]');
    // The exit button leaves too (an iPad has no Esc).
    await page.getByRole('button', { name: 'Præsentér' }).click();
    await page.getByRole('button', { name: 'Afslut ✕' }).click();
    await page.waitForSelector('.presentation', { state: 'detached' });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('presentation on a phone: the slide scrolls, nothing sits under the next card, the sub-goals are a readable list', async () => {
  const { page, errors } = await openApp(browser, server.url, { width: 390, height: 844 });
  await page.keyboard.press('f');
  await page.waitForSelector('.presentation');
  await page.keyboard.press('ArrowRight');
  await page.locator('[data-presented-guidepost="1"]').waitFor();
  // Each line under the reading ("fremgang …", "forventet …", "Offentliggjort …")
  // ends above the sub-goals; before, the chart's card covered them.
  const list = (await boxes(page, '.pres-subgoals'))[0];
  for (const b of await boxes(page, '.pres-reading > *')) {
    assert.ok(b.bottom <= list.top + 1, `${b.name} (bottom ${b.bottom}) under the sub-goals (top ${list.top})`);
  }
  // The chart, cut off at the right edge of a phone (it scrolled sideways,
  // unnoticed), gives way to its rows in words, in type as large as the slide's.
  assert.equal(await page.locator('.pres-progress').isVisible(), false);
  const rows = page.locator('.pres-subgoals li');
  assert.equal(await rows.count(), 8, 'A–F with F1 and F2');
  assert.deepEqual((await rows.first().innerText()).split('\n'), ['A. 1.000 udsatte københavnere får anvist en bolig i 2017', '−1,1', '859 → 828 (2014) → mål 1.000']);
  assert.match(await rows.nth(3).innerText(), /tæller som 0 \(ingen status\)/, 'D counts as 0, and says so');
  for (const size of await rows.locator('.pres-subgoal-label').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))) assert.ok(size >= 16, `${size} px`);
  assert.ok(await page.evaluate(() => document.querySelector('.presentation').scrollWidth <= innerWidth), 'the slide itself does not scroll sideways');
  assert.equal(await page.locator('.pres-help').isVisible(), false, 'no keyboard help on a phone, where it covered the cards');
  await page.screenshot({ path: `${ARTIFACTS}/presentation-390x844-2.png`, fullPage: true });
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a change made on the laptop shows up on the presented screen', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await context.newPage();
  const laptop = await context.newPage();
  for (const p of [screen, laptop]) { await p.goto(server.url); await p.waitForSelector(APP_READING); }
  await screen.keyboard.press('f');
  await screen.keyboard.press('ArrowRight');
  const presented = screen.locator('[data-presented-guidepost="1"]');
  assert.ok(Math.abs(Number(await presented.getAttribute('data-score')) - 1.596957283769459) < 1e-9);
  await laptop.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
  await laptop.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
  await laptop.getByLabel('Status 2014 for 1.A (tal)').fill('950');
  await screen.waitForFunction(() => document.querySelector('[data-presented-guidepost="1"]')?.textContent === '2,3');
  assert.ok(await screen.locator('.presentation').isVisible(), 'still presenting');
  assert.match(await screen.locator('.pres-scenario').innerText(), /Scenarie 1/);
  assert.match(await screen.locator('.pres-gauge svg').innerHTML(), /\n2,3\n/);
  await context.close();
});

test('charts redraw on every change, and download as SVG and as a 1920 px PNG', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const gauge1 = (await openGuidepost(page, '1')).locator('.gauge svg');
  assert.match(await gauge1.innerHTML(), /\n1,6\n/);
  await (await menu(page, 'Metode')).getByLabel('Udelad delmål uden status').check();
  await page.keyboard.press('Escape');
  assert.match(await gauge1.innerHTML(), /\n2,4\n/);

  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pejlemaerke-1-barometer som SVG' }).click();
  const svgFile = await svgDownload;
  assert.equal(svgFile.suggestedFilename(), 'pejlemaerke-1-barometer.svg');
  await svgFile.saveAs(`${ARTIFACTS}/download.svg`);
  const svg = await readFile(`${ARTIFACTS}/download.svg`, 'utf8');
  assert.match(svg, /^<svg[^>]*width="480"/);
  assert.match(svg, /\n2,4\n/);

  const pngDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download pejlemaerke-1-barometer som PNG' }).click();
  const pngFile = await pngDownload;
  await pngFile.saveAs(`${ARTIFACTS}/download.png`);
  const png = await readFile(`${ARTIFACTS}/download.png`);
  assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'a PNG file');
  assert.equal(png.readUInt32BE(16), 1920, 'PNG width');
  assert.equal(png.readUInt32BE(20), Math.round(392 * 1920 / 480), 'PNG height');
  // The downloaded files open in the browser and show the chart.
  const viewer = await browser.newPage({ viewport: { width: 1920, height: 1600 } });
  await viewer.setContent(`<img id="png" src="data:image/png;base64,${png.toString('base64')}"><div id="svg">${svg}</div>`);
  assert.equal(await viewer.evaluate(() => document.getElementById('png').naturalWidth), 1920);
  assert.equal(await viewer.locator('#svg text', { hasText: '2,4' }).count(), 1);
  await viewer.screenshot({ path: `${ARTIFACTS}/downloads-opened.png` });
  await viewer.close();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the print view is an A4 report with every guidepost, its gauge and the table', async () => {
  const { page, errors } = await openApp(browser, server.url);
  await page.getByRole('button', { name: 'Udskriv' }).click();
  const report = page.locator('.print-report');
  await report.waitFor();
  // The summary the committee reads first: all nine, with expected and ahead/behind.
  assert.equal(await report.locator('[data-print-summary]').count(), 9);
  assert.match(await report.locator('[data-print-summary="1"]').innerText(), /1,6[\s\S]*0,8[\s\S]*foran/);
  assert.equal(await report.locator('section.print-guidepost').count(), 9);
  assert.equal(await report.locator('.print-gauge svg').count(), 9);
  assert.match(await report.locator('section.print-guidepost').first().innerText(), /Samlet pejlemærkestatus: 1,6[\s\S]*859 \(2013\)\s+828 \(2014\)\s+1\.000 \(2017\)\s+−1,1/);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.print-tools').isVisible(), false, 'tools are not printed');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.subarray(0, 5).toString() === '%PDF-', 'prints to PDF');
  await page.screenshot({ path: `${ARTIFACTS}/print-view.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'Tilbage' }).click();
  await page.waitForSelector('[data-guidepost="1"]');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the main screen has no serious accessibility violations and works by keyboard', async () => {
  const { page, errors } = await openApp(browser, server.url);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Ret 1.A', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Status 2014 for 1.A', { exact: true }).focus();
  await page.keyboard.press('ArrowRight'); // the slider moves by keyboard too
  assert.notEqual(await page.locator('[data-guidepost="1"]').getAttribute('data-score'), '1.596957283769459');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  for (const label of ['Base']) await (await menu(page, 'Scenarier')).locator('.compare-row').getByLabel(label, { exact: true }).check();
  assert.deepEqual(await axeViolations(page), [], 'with an editor, charts, a menu and the comparison open');
  for (const name of ['Metode', 'Data']) {
    await menu(page, name);
    assert.deepEqual(await axeViolations(page), [], `with the ${name} menu open`);
  }
  // Esc closes a menu and gives focus back to its button.
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('.menu.open').count(), 0);
  assert.equal(await page.evaluate(() => document.activeElement.closest('.menu')?.querySelector('.menu-label')?.textContent), 'Data');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a scenario name with markup stays text everywhere it is shown', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const hostile = '<img src=x onerror="window.__xss=1">';
  await (await menu(page, 'Scenarier')).getByRole('button', { name: '+ Nyt scenarie' }).click();
  const scenarios = await menu(page, 'Scenarier');
  await scenarios.getByLabel('Scenariets navn').fill(hostile);
  await scenarios.getByLabel('Scenariets navn').press('Enter');
  await scenarios.locator('.compare-row').getByLabel(hostile, { exact: true }).check();
  assert.equal(await scenarios.locator('.scenario-tab.active').innerText(), hostile);
  assert.equal(await page.locator('.scenario-switch option:checked').innerText(), hostile);
  assert.match(await page.locator('.scenario-name').innerText(), /<img src=x/);
  assert.match(await page.locator('.compare-chart svg').innerHTML(), /&lt;img src=x onerror=/);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('f');
  assert.match(await page.locator('.pres-scenario').innerText(), /<img src=x/);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('img').count(), 0, 'no image element was injected');
  assert.deepEqual(errors, []);
  await page.close();
});
