/**
 * The graph's zoom on generated depots (`large-<n>` scenarios of the mock backend) with thousands
 * of nodes drawn: the longest main-thread task during "Fit view", "Zoom in" and "Zoom out", then
 * the mouse wheel turned in over the middle of the pane until the nodes are mounted again, and out
 * until the overview takes over; by the clock (Long Tasks API: tasks of 50 ms or more) and in CPU
 * time (a trace), beside the nodes drawn, the nodes in the DOM after the step and the zoom it ends
 * at. Target: under 100 ms each. Run by `npm run bench:browser`; BENCH_ZOOM_SIZES picks the depots.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { traceTasks } from '../e2e/answered/task-trace';
import { expandCircuits, graphState, settle } from '../e2e/large-graph';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4174';
const SIZES = (process.env.BENCH_ZOOM_SIZES ?? '10000').split(',').map(Number);
/** One wheel notch's worth of scrolling, several notches at once: d3-zoom zooms by 2^(-deltaY/500). */
const WHEEL_DELTA = 600;
/** At most this many wheel turns per wheel step. */
const WHEEL_TURNS = 12;

const detailOf = (page: Page) => page.locator('.topology-graph').getAttribute('data-detail');

/** Turns the wheel over the middle of the pane, one settled turn at a time, until `done`. */
async function wheel(page: Page, deltaY: number, done: (detail: string | null) => boolean): Promise<void> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('No graph pane.');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let turn = 0; turn < WHEEL_TURNS && !done(await detailOf(page)); turn++) {
    await page.mouse.wheel(0, deltaY);
    await settle(page);
  }
}

// Buttons by class, not by role: finding a button by its role walks the accessibility tree of every node.
const STEPS: ReadonlyArray<{ name: string; run: (page: Page) => Promise<void> }> = [
  { name: 'Fit view', run: (page) => page.locator('.react-flow__controls-fitview').click({ timeout: 120_000 }) },
  { name: 'Zoom in', run: (page) => page.locator('.react-flow__controls-zoomin').click({ timeout: 120_000 }) },
  { name: 'Zoom out', run: (page) => page.locator('.react-flow__controls-zoomout').click({ timeout: 120_000 }) },
  { name: 'Wheel in', run: (page) => wheel(page, -WHEEL_DELTA, (detail) => detail !== 'overview') },
  { name: 'Wheel out', run: (page) => wheel(page, WHEEL_DELTA, (detail) => detail === 'overview') },
];

const LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
`;

async function benchSize(browser: Browser, size: number): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  await page.goto(`${BASE}/?depot=large-${size}`);
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
  await settle(page);
  const { drawn } = await expandCircuits(page);
  await settle(page, 1000);
  for (const step of STEPS) {
    const since = await page.evaluate(() => performance.now());
    const trace = await traceTasks(page);
    await step.run(page);
    await settle(page);
    const wallMs = await page.evaluate(
      (t) => Math.max(0, ...(window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((e) => e.start + e.duration > t).map((e) => e.duration)),
      since,
    );
    const { cpuMs } = await trace.stop();
    const state = await graphState(page);
    const clock = wallMs === 0 ? 'none ≥ 50 ms' : `${wallMs.toFixed(0)} ms`;
    console.log(
      `${String(size).padStart(10)} | ${String(drawn).padStart(11)} | ${step.name.padEnd(9)} | ${state.zoom.toFixed(3).padStart(6)} | ${String(state.nodes).padStart(11)} | ${String(state.compact).padStart(7)} | ${clock.padStart(17)} | ${`${cpuMs.toFixed(0)} ms`.padStart(15)}`,
    );
  }
  await context.close();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log('Graph zoom (controls, then the wheel) with every circuit expanded (chargers folded); longest main-thread task per step. Target: under 100 ms.');
  console.log('connectors | nodes drawn | step      |   zoom | nodes in DOM | compact | longest (clock) | longest (CPU)');
  for (const size of SIZES) await benchSize(browser, size);
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
