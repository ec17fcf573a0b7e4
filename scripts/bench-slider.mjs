// Measures a slider drag on the release build in headless Chromium: 200
// inputs on 1.A's status slider. For each input it records
//   work_ms: input event → the DOM shows the new readings (Yew's update and
//            render, measured at the next task), and
//   frame:   whether the new reading is already in the DOM when the next
//            animation frame starts, i.e. painted in the next frame.
// Prints p50/p95/max of work_ms and the share painted in the next frame, as JSON.
// Run: scripts/bench (it builds dist/ first).
import { serve, launch, openApp } from '../tests/browser/harness.mjs';

const server = await serve();
const browser = await launch();
const { page } = await openApp(browser, server.url, { width: 1920, height: 1080 });
await page.getByRole('button', { name: '+ Nyt scenarie' }).click();
await page.getByRole('button', { name: 'Vis delmål for pejlemærke 1 (7)' }).click();
await page.getByRole('button', { name: 'Ret 1.A', exact: true }).click();
const result = await page.evaluate(async () => {
  const slider = document.querySelector('input[type=range][aria-label="Status 2014 for 1.A"]');
  const score = () => document.querySelector('[data-guidepost="1"]').dataset.score;
  const nextTask = () => new Promise((ok) => { const c = new MessageChannel(); c.port1.onmessage = ok; c.port2.postMessage(0); });
  const frame = () => new Promise((ok) => requestAnimationFrame(ok));
  const work = [];
  let nextFrame = 0;
  for (let i = 0; i < 200; i++) {
    await frame(); // start each input at the beginning of a frame, as a drag does
    const value = 760 + (i % 70) * 3; // stays below 1.000, where 1.A clamps at +5
    const before = score();
    const start = performance.now();
    slider.value = String(value);
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    const painted = frame().then(() => score() !== before);
    await nextTask();
    work.push(performance.now() - start);
    if (score() === before && i > 0) throw new Error(`reading did not change at input ${i}`);
    if (await painted || i === 0) nextFrame++;
  }
  return { work, nextFrame };
});
const t = result.work.sort((a, b) => a - b);
const q = (p) => +t[Math.min(t.length - 1, Math.floor(p * t.length))].toFixed(2);
console.log(JSON.stringify({ inputs: t.length, work_p50_ms: q(0.5), work_p95_ms: q(0.95), work_max_ms: +t.at(-1).toFixed(2), painted_next_frame: `${result.nextFrame}/${t.length}` }));
await browser.close();
await server.close();
