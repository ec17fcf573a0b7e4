// Charts, exports, the print view and presentation mode, as staff use them
// on a laptop and a projector: screenshots at two sizes with overflow and
// overlap checked, keyboard control, live updates from another window,
// downloads that open, escaped text, and axe-core on every screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serve, launch, openApp, ARTIFACTS, axeViolations, boxes, overlaps } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIZES = [[1920, 1080], [1280, 720]];

async function noHorizontalOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

test('overview and an open guidepost fit the screen at 1920×1080 and 1280×720', async () => {
  for (const [width, height] of SIZES) {
    const { page, errors } = await openApp(browser, server.url, { width, height });
    assert.ok(await noHorizontalOverflow(page), `overview overflows at ${width}`);
    // In each card the gauge and the text sit side by side without overlapping.
    for (let i = 0; i < 9; i++) {
      const card = page.locator('section.guidepost').nth(i);
      const parts = await boxes(card, ':scope > .guidepost-grid > *');
      assert.deepEqual(overlaps(parts), [], `card ${i + 1} at ${width}`);
      const head = await boxes(card, '.guidepost-head > *');
      assert.deepEqual(overlaps(head), [], `title and reading of card ${i + 1} at ${width}`);
      const cardBox = (await boxes(card, ':scope'))[0];
      for (const b of await boxes(card, '.guidepost-head > *, .reading-block > *, .guidepost-text > *')) {
        assert.ok(b.right <= cardBox.right + 1 && b.left >= cardBox.left - 1, `${b.name} of card ${i + 1} sticks out at ${width}`);
      }
    }
    await page.screenshot({ path: `${ARTIFACTS}/overview-${width}.png` });
    await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
    const card = page.locator('section.guidepost').first();
    await card.locator('.guidepost-detail .progress svg').waitFor();
    assert.ok(await noHorizontalOverflow(page), `open guidepost overflows at ${width}`);
    const cardBox = (await boxes(page, 'section.guidepost'))[0];
    for (const b of await boxes(card, '.guidepost-detail figure, .guidepost-detail table')) {
      assert.ok(b.right <= cardBox.right + 1, `${b.name} sticks out of the card at ${width}`);
    }
    await card.screenshot({ path: `${ARTIFACTS}/guidepost-1-charts-${width}.png` });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('presentation mode: keys, both themes, large type, nothing overflowing or overlapping', async () => {
  for (const [width, height] of SIZES) {
    const { page, errors } = await openApp(browser, server.url, { width, height });
    await page.keyboard.press('f');
    await page.waitForSelector('.presentation');
    assert.equal(await page.locator('[data-presented-guidepost]').getAttribute('data-presented-guidepost'), '1');
    for (const theme of ['light', 'dark']) {
      for (const step of [0, 4]) {
        if (step) for (let i = 0; i < step; i++) await page.keyboard.press('ArrowRight');
        const fits = await page.evaluate(() => {
          const el = document.querySelector('.presentation');
          return el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1;
        });
        assert.ok(fits, `presentation overflows at ${width} (${theme}, step ${step})`);
        const parts = await boxes(page, '.pres-bar, .pres-title, .pres-reading, .pres-progress, .pres-help');
        assert.deepEqual(overlaps(parts), [], `${width} ${theme}`);
        for (const b of parts) assert.ok(b.bottom <= height + 1 && b.right <= width + 1, `${b.name} off screen`);
        const inner = await boxes(page, '.pres-reading > *');
        assert.deepEqual(overlaps(inner), []);
        for (const b of inner) assert.ok(b.bottom <= parts[2].bottom + 1, `${b.name} leaves the reading column at ${width}`);
        if (width === 1920) {
          const sizes = await page.$$eval('.pres-meaning, .pres-help, .pres-bar, .pres-published', (els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
          for (const s of sizes) assert.ok(s >= 28, `body text ${s}px at 1920×1080`);
        }
        await page.screenshot({ path: `${ARTIFACTS}/presentation-${width}-${theme}-${step + 1}.png` });
        assert.deepEqual(await axeViolations(page), [], `axe in presentation (${theme}, ${width})`);
        if (step) for (let i = 0; i < step; i++) await page.keyboard.press('ArrowLeft');
      }
      await page.keyboard.press('t');
    }
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.locator('[data-presented-guidepost]').getAttribute('data-presented-guidepost'), '2');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.presentation', { state: 'detached' });
    await page.waitForSelector('[data-guidepost="1"]');
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('a change made on the laptop shows up on the presented screen', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const screen = await context.newPage();
  const laptop = await context.newPage();
  for (const p of [screen, laptop]) { await p.goto(server.url); await p.waitForSelector('[data-guidepost]'); }
  await screen.keyboard.press('f');
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
  const gauge1 = page.locator('section.guidepost').first().locator('.gauge svg');
  assert.match(await gauge1.innerHTML(), /\n1,6\n/);
  await page.getByLabel('Udelad delmål uden status').check();
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
  await page.getByRole('button', { name: 'Rapport til udskrift (A4)' }).click();
  const report = page.locator('.print-report');
  await report.waitFor();
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
  for (const label of ['Base']) await page.locator('.compare-row').getByLabel(label, { exact: true }).check();
  assert.deepEqual(await axeViolations(page), [], 'with an editor, charts and the comparison open');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a scenario name with markup stays text everywhere it is shown', async () => {
  const { page, errors } = await openApp(browser, server.url);
  const hostile = '<img src=x onerror="window.__xss=1">';
  await page.getByRole('button', { name: '+ Nyt scenarie' }).click();
  await page.getByLabel('Scenariets navn').fill(hostile);
  await page.getByLabel('Scenariets navn').press('Enter');
  await page.locator('.compare-row').getByLabel(hostile, { exact: true }).check();
  assert.equal(await page.locator('.scenario-tab.active').innerText(), hostile);
  assert.match(await page.locator('.compare-chart svg').innerHTML(), /&lt;img src=x onerror=/);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('f');
  assert.match(await page.locator('.pres-scenario').innerText(), /<img src=x/);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator('img').count(), 0, 'no image element was injected');
  assert.deepEqual(errors, []);
  await page.close();
});
