/**
 * The graph's zoom controls on generated depots (`large-<n>` scenarios of the mock backend) with
 * thousands of nodes drawn: the longest main-thread task during "Fit view", "Zoom in" and "Zoom
 * out", by the clock (Long Tasks API: tasks of 50 ms or more) and in CPU time (a trace), beside
 * the nodes drawn, the nodes in the DOM after the step and the zoom it ends at. Target: under
 * 100 ms each. Run by `npm run bench:browser`; BENCH_ZOOM_SIZES picks the depots.
 */
import { chromium, type Browser } from '@playwright/test';
import { traceTasks } from '../e2e/answered/task-trace';
import { expandCircuits, graphState, settle } from '../e2e/large-graph';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4174';
const SIZES = (process.env.BENCH_ZOOM_SIZES ?? '10000').split(',').map(Number);
const STEPS = ['Fit view', 'Zoom in', 'Zoom out'] as const;
// By class, not by role: finding a button by its role walks the accessibility tree of every node.
const BUTTONS: Record<(typeof STEPS)[number], string> = {
  'Fit view': '.react-flow__controls-fitview',
  'Zoom in': '.react-flow__controls-zoomin',
  'Zoom out': '.react-flow__controls-zoomout',
};

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
    await page.locator(BUTTONS[step]).click({ timeout: 120_000 });
    await settle(page);
    const wallMs = await page.evaluate(
      (t) => Math.max(0, ...(window as unknown as { __longTasks: Array<{ start: number; duration: number }> }).__longTasks.filter((e) => e.start + e.duration > t).map((e) => e.duration)),
      since,
    );
    const { cpuMs } = await trace.stop();
    const state = await graphState(page);
    const clock = wallMs === 0 ? 'none ≥ 50 ms' : `${wallMs.toFixed(0)} ms`;
    console.log(
      `${String(size).padStart(10)} | ${String(drawn).padStart(11)} | ${step.padEnd(8)} | ${state.zoom.toFixed(3).padStart(6)} | ${String(state.nodes).padStart(11)} | ${String(state.compact).padStart(7)} | ${clock.padStart(17)} | ${`${cpuMs.toFixed(0)} ms`.padStart(15)}`,
    );
  }
  await context.close();
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log('Graph zoom controls with every circuit expanded (chargers folded); longest main-thread task per step. Target: under 100 ms.');
  console.log('connectors | nodes drawn | step     |   zoom | nodes in DOM | compact | longest (clock) | longest (CPU)');
  for (const size of SIZES) await benchSize(browser, size);
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
