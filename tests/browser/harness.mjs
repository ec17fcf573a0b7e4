// Shared set-up for the browser tests: serve the release build (dist/) on a
// free loopback port and drive Debian's Chromium through playwright-core.
// Every page records console errors and uncaught errors; tests assert none.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const ROOT = new URL('../../dist/', import.meta.url).pathname;
export const ARTIFACTS = new URL('./artifacts/', import.meta.url).pathname;
mkdirSync(ARTIFACTS, { recursive: true });

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/**
 * Serves dist/ (or another build directory) like a static host would, at
 * `base` (`/barometer/` serves it in a folder, as an intranet would; every
 * request outside that folder is a 404, and is recorded in `outside`).
 */
export async function serve(root = ROOT, { base = '/' } = {}) {
  const outside = [];
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    // axe-core is served from the app's own origin, so the app's CSP lets the tests load it.
    if (path !== '/__test__/axe.min.js' && !path.startsWith(base)) {
      outside.push(path);
      res.writeHead(404).end('not found');
      return;
    }
    const inside = path.slice(base.length - 1);
    const file = path === '/__test__/axe.min.js'
      ? new URL('../../node_modules/axe-core/axe.min.js', import.meta.url).pathname
      : join(root, inside.endsWith('/') ? 'index.html' : inside);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, outside, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * A reading rendered by the app itself, i.e. the app has taken over from the
 * first screen index.html carries (whose readings are there from the start).
 */
export const APP_READING = '#app:not([hidden]) [data-guidepost]';

/** Debian's Chromium, headless, with the flags that keep it off the network. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    // playwright gives every launch a fresh, empty profile of its own.
  });
}

/** A new page that remembers every console error and uncaught exception. */
export async function openApp(browser, url, viewport = { width: 1280, height: 900 }) {
  // `deviceScaleFactor` (Windows' 150 % scaling is 1.5) may ride along with the size.
  const { deviceScaleFactor = 1, ...size } = viewport;
  const page = await browser.newPage({ viewport: size, deviceScaleFactor });
  // A missing element fails the test in 10 s, not playwright's 30 s.
  page.setDefaultTimeout(10_000);
  const errors = [];
  page.on('console', (msg) => { if (msg.type() === 'error') errors.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  await page.goto(url);
  await page.waitForSelector(APP_READING);
  return { page, errors };
}

/** The reading element of every guidepost: id → {score, state, text}. */
export async function readings(page) {
  return page.$$eval('[data-guidepost]', (els) => Object.fromEntries(els.map((el) => [
    el.dataset.guidepost,
    { score: el.dataset.score, state: el.dataset.state, text: el.textContent.trim() },
  ])));
}

/** Runs axe-core on the page; returns the serious and critical violations. */
export async function axeViolations(page) {
  await page.addScriptTag({ url: '/__test__/axe.min.js' });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Boxes of the elements matching `selector` in a page or locator, with their class names. */
export async function boxes(within, selector) {
  return within.locator(selector).evaluateAll((els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { name: el.className || el.tagName, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }));
}

/** Pairs of boxes that overlap by more than a pixel. */
export function overlaps(list) {
  const out = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i], b = list[j];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 1) out.push(`${a.name} × ${b.name}`);
    }
  }
  return out;
}

/** Opens the tool bar's menu `label` ("Metode", "Data", "Scenarier") if it
 *  is closed; returns its panel. A button inside closes it again. */
export async function menu(page, label) {
  // The app's own tool bar only: until it has taken over, the first screen
  // index.html carries has one too (inert), beside the app's hidden one.
  const root = page.locator('#app:not([hidden]) .tool-bar .menu')
    .filter({ has: page.locator(`:scope > .menu-button > .menu-label:text-is("${label}")`) });
  if (!(await root.evaluate((el) => el.classList.contains('open')))) {
    await root.locator('.menu-button').click();
  }
  const panel = root.locator('.menu-panel');
  await panel.waitFor({ state: 'visible' });
  return panel;
}

/** Opens guidepost `id`'s detail from the overview (if it is not open); returns it. */
export async function openGuidepost(page, id) {
  const detail = page.locator(`#detail[aria-labelledby="gp-title-${id}"]`);
  if (await detail.count() === 0) {
    await overviewItem(page, id).locator('.ov-open').click();
  }
  await detail.waitFor();
  return detail;
}

/** The overview row of guidepost `id`. */
export function overviewItem(page, id) {
  return page.locator('.ov-item').filter({ has: page.locator(`.gp-number:text-is("${id}.")`) });
}

/** Starts a new scenario from the Scenarier menu, named `name` if given. */
export async function newScenario(page, name) {
  await (await menu(page, 'Scenarier')).getByRole('button', { name: '+ Nyt scenarie' }).click();
  if (name !== undefined) {
    const field = (await menu(page, 'Scenarier')).getByLabel('Scenariets navn');
    await field.fill(name);
    await field.press('Enter');
    await page.keyboard.press('Escape');
  }
}

/** The scenario chooser in the tool bar has an option `name`. */
export function scenarioOption(page, name) {
  return page.locator('.scenario-switch option').filter({ hasText: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) });
}
