// The browser budgets of docs/PERFORMANCE.md, on the release build in
// headless Chromium (run by scripts/bench, which builds dist/ first):
//   paint:   navigation → all nine readings and their gauges painted, and
//            → the app interactive (taken over from the prerendered first
//            screen), cold cache (a fresh browser context each time), 15 loads;
//   slow:    the same at 1,6 Mbit/s down with 150 ms latency, 5 loads;
//   slider:  slider input → DOM updated and painted, 200 inputs, with the
//            2014 data and with a generated dataset of 1.000 sub-goals;
//   memory:  the wasm linear memory with the 1.000-sub-goal dataset and 4
//            scenarios, each with an edit.
//   import:  a 10,000-row and a 200,000-row CSV (200 guideposts × 1,000
//            sub-goals) picked in the Data menu: from the file input's change
//            event to the import preview shown,
//            and the longest gap between painted frames on the way (the page
//            must keep answering while the worker reads); of that, the
//            worker's own reading and what the page does after its answer.
// Prints one JSON object. Arguments pick parts: `node scripts/bench-browser.mjs slider`.
import { serve, launch, menu, newScenario, APP_READING } from '../tests/browser/harness.mjs';

const server = await serve();
const browser = await launch();
const VIEWPORT = { width: 1920, height: 1080 };

/** A page whose wasm instance is reachable as window.__wasm. */
async function open(context, network) {
  const page = await context.newPage({ viewport: VIEWPORT });
  if (network) {
    // Chromium's network emulation for every request of the page (via CDP).
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', network);
  }
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
    // The first animation frame that starts with nine readings and their nine
    // overview bars (SVG) in the DOM: they were laid out and painted in the frame before it.
    window.__painted = new Promise((done) => {
      const tick = () => {
        const ready = document.querySelectorAll('[data-guidepost]').length === 9
          && document.querySelectorAll('.ov-bar svg').length === 9;
        if (ready) requestAnimationFrame(() => done(performance.now())); else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    // The app has taken over from the prerendered first screen (#app shown):
    // its event handlers are attached, so an input is handled from here on.
    window.__interactive = new Promise((done) => {
      const tick = () => {
        // (A build without a prerendered first screen renders into <body>.)
        const app = document.getElementById('app') ?? (document.getElementById('first-screen') ? null : document.body);
        if (app && !app.hidden && app.querySelector('[data-guidepost]')) done(performance.now()); else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  });
  await page.goto(server.url);
  return page;
}

/** Cold loads: readings painted and the app interactive, from navigation. */
async function loads(runs, network) {
  const painted = [];
  const interactive = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await open(context, network);
    painted.push(await page.evaluate(() => window.__painted));
    interactive.push(await page.evaluate(() => window.__interactive));
    await context.close();
  }
  return { painted: stats(painted), interactive: stats(interactive) };
}

const paint = () => loads(15);
// 1,6 Mbit/s down, 750 kbit/s up, 150 ms latency (Chrome's "Fast 3G"-like profile).
const slow = () => loads(5, { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 0.75e6 / 8 });

/** `guideposts` × `per` sub-goals, every fifth a group of two, in barometer-dataset/1. */
function generated(guideposts, per) {
  const leaf = (id, i) => ({
    id, title: `Genereret delmål ${id}`, unit: 'count',
    baseline: { year: 2013, value: 500 + (i * 37) % 500 },
    measurements: i % 6 ? [{ year: 2014, value: 520 + (i * 37) % 500 }] : [],
    target: { year: 2017, value: 1100 + (i % 13) * 10 },
    population: 10 + (i % 90),
  });
  return {
    format: 'barometer-dataset/1',
    title: `Genereret: ${guideposts * per} delmål`,
    guideposts: Array.from({ length: guideposts }, (_, g) => {
      const subgoals = [];
      for (let n = 0; n < per;) {
        if (n % 5 === 4 && n + 2 <= per) {
          subgoals.push({ id: `G${n}`, title: `Gruppe ${n}`, children: [leaf(`G${n}a`, g * per + n), leaf(`G${n}b`, g * per + n + 1)] });
          n += 2;
        } else {
          subgoals.push(leaf(`S${n}`, g * per + n));
          n += 1;
        }
      }
      return { id: String(g + 1), title: `Pejlemærke ${g + 1}`, subgoals };
    }),
  };
}

/** 200 inputs on `id`'s status slider, each at a frame start as in a drag. */
async function drag(page, id, from, step) {
  await newScenario(page);
  const [g, s] = id.split('.');
  await page.getByRole('button', { name: new RegExp(`^Vis delmål for pejlemærke ${g} \\(`) }).click();
  await page.getByRole('button', { name: `Ret ${id}`, exact: true }).click();
  return page.evaluate(async ({ id, g, from, step }) => {
    const slider = document.querySelector(`input[type=range][aria-label="Status 2014 for ${id}"]`);
    const score = () => document.querySelector(`[data-guidepost="${g}"]`).dataset.score;
    const nextTask = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
    const frame = () => new Promise((ok) => requestAnimationFrame(ok));
    const work = [];
    let nextFrame = 0;
    for (let i = 0; i < 200; i++) {
      await frame();
      const before = score();
      const start = performance.now();
      slider.value = String(from + (i % 70) * step);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      const painted = frame().then(() => score() !== before);
      await nextTask();
      work.push(performance.now() - start);
      if (score() === before && i > 0) throw new Error(`${id}: the reading did not change at input ${i}`);
      if (await painted || i === 0) nextFrame++;
    }
    return { work, nextFrame };
  }, { id, g, from, step });
}

function stats(values) {
  const t = [...values].sort((a, b) => a - b);
  const q = (p) => +t[Math.min(t.length - 1, Math.floor(p * t.length))].toFixed(1);
  return { n: t.length, p50: q(0.5), p95: q(0.95), max: +t.at(-1).toFixed(1) };
}

async function slider2014() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await open(context);
  await page.waitForSelector(APP_READING);
  const r = await drag(page, '1.A', 760, 3); // stays below 1.000, where 1.A clamps at +5
  await context.close();
  return { ...stats(r.work), painted_next_frame: `${r.nextFrame}/${r.work.length}` };
}

async function large() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await open(context);
  await page.waitForSelector(APP_READING);
  const data = generated(20, 50);
  await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'genereret-1000.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(data)) });
  await page.getByRole('button', { name: 'Indlæs disse data' }).click();
  await page.getByText('Data indlæst fra »genereret-1000.json«').waitFor();
  const subgoals = await page.evaluate(() => document.querySelectorAll('[data-guidepost]').length);
  const r = await drag(page, '1.S0', 530, 7);
  // Four scenarios in all, each with an edit, then the memory the wasm holds.
  for (let i = 2; i <= 4; i++) {
    await newScenario(page);
    await page.getByLabel('Status 2014 for 1.S0 (tal)').fill(String(600 + i));
  }
  const scenarios = await page.locator('.scenario-switch option').count();
  const bytes = await page.evaluate(() => window.__wasm.memory.buffer.byteLength);
  await context.close();
  return {
    guideposts: subgoals,
    slider: { ...stats(r.work), painted_next_frame: `${r.nextFrame}/${r.work.length}` },
    memory_mb: +(bytes / 1024 / 1024).toFixed(1),
    scenario_buttons: scenarios,
  };
}

/** A CSV of `guideposts` × `per` sub-goals, as the template's columns have it. */
function csvRows(guideposts, per) {
  const lines = ['pejlemærke;delmål;titel;enhed;baseline år;baseline;status 2014;mål år;mål'];
  for (let g = 1; g <= guideposts; g++) {
    for (let i = 0; i < per; i++) {
      lines.push(`${g}. Pejlemærke ${g};S${i};Genereret delmål ${i};antal;2013;${500 + (i * 37) % 500};${i % 6 ? 520 + (i * 37) % 500 : ''};2017;${1100 + (i % 13) * 10}`);
    }
  }
  return Buffer.from(lines.join('\n') + '\n');
}

async function importCsv() {
  const out = {};
  for (const [guideposts, per] of [[10, 1000], [200, 1000]]) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await open(context);
    await page.waitForSelector(APP_READING);
    const buffer = csvRows(guideposts, per);
    await page.evaluate(() => {
      // The worker's answer: when it arrived, and how long the worker read.
      const Original = window.Worker;
      window.Worker = function (...args) {
        const w = new Original(...args);
        w.addEventListener('message', (e) => { if (e.data && e.data.reply) window.__worker = { at: performance.now(), ms: e.data.ms }; });
        return w;
      };
      // From the moment the page has the file (playwright's upload itself is not the app's time).
      document.addEventListener('change', (e) => { if (e.target.type === 'file') window.__picked = performance.now(); }, true);
      window.__gap = 0;
      let last = performance.now();
      const tick = (t) => { window.__gap = Math.max(window.__gap, t - last); last = t; if (!window.__stop) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    });
    await (await menu(page, 'Data')).getByLabel('Indlæs data fra fil').setInputFiles({ name: 'stor.csv', mimeType: 'text/csv', buffer });
    await page.locator('.import-preview').waitFor({ timeout: 120_000 });
    const [shown, gap, worker, picked] = await page.evaluate(() => { window.__stop = true; return [performance.now(), window.__gap, window.__worker, window.__picked]; });
    out[`${guideposts * per}_rows`] = {
      mb: +(buffer.length / 1e6).toFixed(1),
      preview_ms: Math.round(shown - picked),
      worker_read_ms: Math.round(worker.ms),
      page_after_worker_ms: Math.round(shown - worker.at),
      longest_frame_gap_ms: Math.round(gap),
    };
    await context.close();
  }
  return out;
}

const parts = { paint_ms: paint, slow_network_ms: slow, slider_2014_ms: slider2014, generated_1000: large, import: importCsv };
const wanted = process.argv.slice(2);
const result = {};
for (const [name, run] of Object.entries(parts)) {
  if (!wanted.length || wanted.some((w) => name.startsWith(w))) result[name] = await run();
}
console.log(JSON.stringify(result, null, 1));
await browser.close();
await server.close();
