/**
 * Times the app in headless Chromium on generated depots (`large-<n>` scenarios of the mock
 * backend): navigation to the graph's first painted nodes, and a click on a graph node to its
 * details showing. Each figure is measured inside the page with `performance.now()` (navigation
 * start is its time origin) and the frame after the DOM change, so the harness's own latency does
 * not count. Then the site-file check's round trip: a 10,000-connector site file loaded in the
 * editor, one keystroke, and the time until the answer is drawn again (the wait for typing to stop
 * shown apart), for an edit that leaves the answer as it was and for one that changes it, with the
 * longest main-thread task meanwhile. Then the allocation preview: a session change (one connector unplugged or plugged
 * in again from the sessions table; the preset switched between `rated` and `plugged-50-1`) and a
 * strategy switch, each timed from the input event to the first frame painted after the page's
 * last DOM change (then the next task; changes inside the phase check, which comes after the
 * allocation, apart), with the longest main-thread task meanwhile from a trace.
 * Prints medians; run with `npm run bench:browser` (`BENCH_PARTS=preview` for the preview alone).
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { generateLargeSite } from '../../mocks/scenarios';
import { traceTasks } from '../e2e/answered/task-trace';

const BASE = process.env.BENCH_URL ?? 'http://127.0.0.1:4174';
const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const LOADS = Number(process.env.BENCH_LOADS ?? 3);
const CLICKS = Number(process.env.BENCH_CLICKS ?? 5);
/** Which parts to run: `load` (cold loads and clicks), `site-file`, `preview`; all by default. */
const PARTS = new Set((process.env.BENCH_PARTS ?? 'load,site-file,preview').split(','));

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

// Installed before any page script: records when the first graph node is attached, then the next
// frame (a paint), and when the microgrid response arrived.
const FIRST_NODES_PROBE = `
  window.__bench = {};
  new MutationObserver((_, observer) => {
    if (document.querySelector('.react-flow__node')) {
      observer.disconnect();
      requestAnimationFrame(() => { window.__bench.firstNodes = performance.now(); });
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function loadOnce(browser: Browser, size: number) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(FIRST_NODES_PROBE);
  const page = await context.newPage();
  await page.goto(`${BASE}/?depot=large-${size}`);
  await page.waitForFunction(() => (window as unknown as { __bench: { firstNodes?: number } }).__bench.firstNodes, null, {
    timeout: 60_000,
  });
  const timing = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { firstNodes: number } }).__bench;
    const response = performance
      .getEntriesByType('resource')
      .find((e) => e.name.includes('/api/depot/')) as PerformanceResourceTiming | undefined;
    return { firstNodes: bench.firstNodes, responseEnd: response?.responseEnd ?? NaN };
  });
  const shown = await page.locator('.react-flow__node').count();
  return { page, context, timing, shown };
}

async function clickToDetails(page: Page, nth: number): Promise<number> {
  const nodes = page.locator('.react-flow__node[data-id^="cp-"], .react-flow__node');
  const target = nodes.nth(nth);
  await target.scrollIntoViewIfNeeded();
  const name = (await target.getAttribute('data-id')) ?? '';
  await page.evaluate((id) => {
    const w = window as unknown as { __click?: { start?: number; end?: number } };
    w.__click = {};
    const el = document.querySelector(`.react-flow__node[data-id="${CSS.escape(id)}"]`)!;
    el.addEventListener('click', () => { w.__click!.start = performance.now(); }, { capture: true, once: true });
    const details = document.querySelector('[aria-label="Details"]')!;
    new MutationObserver((_, observer) => {
      if (details.textContent?.includes(id)) {
        observer.disconnect();
        requestAnimationFrame(() => { w.__click!.end = performance.now(); });
      }
    }).observe(details, { childList: true, subtree: true, characterData: true });
  }, name);
  await target.click();
  await page.waitForFunction(() => (window as unknown as { __click: { end?: number } }).__click.end);
  return page.evaluate(() => {
    const c = (window as unknown as { __click: { start: number; end: number } }).__click;
    return c.end - c.start;
  });
}

const EDITS = Number(process.env.BENCH_EDITS ?? 5);
const SITE_FILE_CONNECTORS = 10_000;

/** One keystroke in the editor (`key`) → the status says the file was checked and the answer is painted. */
async function editRoundTrip(page: Page, key: () => Promise<void>) {
  await page.evaluate(() => {
    const w = window as unknown as { __edit: { start?: number; end?: number } };
    w.__edit = {};
    const content = document.querySelector('.cm-content')!;
    content.addEventListener('keydown', () => { w.__edit.start = performance.now(); }, { capture: true, once: true });
    const status = document.querySelector('.site-file-state')!;
    new MutationObserver((_, observer) => {
      if (w.__edit.start !== undefined && status.textContent?.startsWith('Checked')) {
        observer.disconnect();
        requestAnimationFrame(() => { w.__edit.end = performance.now(); });
      }
    }).observe(status, { childList: true, subtree: true, characterData: true });
  });
  const trace = await traceTasks(page);
  await key();
  await page.waitForFunction(() => (window as unknown as { __edit: { end?: number } }).__edit.end, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => {
    const e = (window as unknown as { __edit: { start: number; end: number } }).__edit;
    return e.end - e.start;
  });
  // Whatever the page still does after the answer is painted (effects, the graph) counts too.
  await page.waitForTimeout(300);
  return { ms, ...(await trace.stop()) };
}

async function siteFileBench(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${BASE}/?view=site-file`);
  const text = JSON.stringify(generateLargeSite(SITE_FILE_CONNECTORS), null, 2);
  await page.getByLabel('Site data file').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('tree', { name: 'Microgrid topology' }).waitFor({ timeout: 120_000 });
  await page.getByRole('textbox', { name: 'Site data' }).focus();
  const debounce = 250;
  console.log('');
  console.log(
    `Site file, ${SITE_FILE_CONNECTORS.toLocaleString('en-US')} connectors (${(text.length / 1e6).toFixed(1)} MB): keystroke → status "Checked" and the answer painted, ` +
      `median of ${EDITS} after one warm-up; ${debounce} ms of it is the wait for typing to stop. Longest main-thread task during the runs (trace).`,
  );
  console.log('edit                                    | median ms | after the wait | longest task ms (clock / CPU)');
  const row = async (edit: string, key: (i: number) => Promise<void>) => {
    await editRoundTrip(page, () => key(-1));
    const runs: Array<{ ms: number; wallMs: number; cpuMs: number }> = [];
    for (let i = 0; i < EDITS; i++) runs.push(await editRoundTrip(page, () => key(i)));
    const ms = median(runs.map((r) => r.ms));
    const longest = `${Math.max(...runs.map((r) => r.wallMs)).toFixed(0)} / ${Math.max(...runs.map((r) => r.cpuMs)).toFixed(0)}`;
    console.log(`${edit.padEnd(39)} | ${ms.toFixed(0).padStart(9)} | ${(ms - debounce).toFixed(0).padStart(14)} | ${longest.padStart(29)}`);
  };
  // A space after the first line's brace: the answer stays as it was, only the marks move.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await row('a space (the same answer)', () => page.keyboard.type(' '));
  // A letter typed into the depot's name, then taken back: a new answer each time, drawn again.
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await row("the depot's name (a new answer)", (i) => (i % 2 === 0 ? page.keyboard.press('Backspace') : page.keyboard.type('x')));
  await context.close();
}

const PREVIEW_RUNS = Math.max(5, Number(process.env.BENCH_PREVIEW_RUNS ?? 6));

// Armed before each timed change: `start` when the input event reaches the document (capture), then
// every DOM change noted; `end` when a frame has been painted with no DOM change after it (the
// frame's requestAnimationFrame, then the next task), i.e. the updated overlay is on screen.
// The phase check is not the overlay: it is worked out after the allocation (a second run of the
// allocator, phase-blind) and shown when it comes, so changes inside it do not hold the end back.
const SETTLE_PROBE = `
  window.__settle = (eventType) => {
    const run = { start: undefined, end: undefined, last: 0, mutations: 0 };
    window.__settleRun = run;
    const inPhaseCheck = (node) => {
      const section = (node.nodeType === 1 ? node : node.parentElement)?.closest('section[aria-labelledby]');
      const heading = section && document.getElementById(section.getAttribute('aria-labelledby'));
      return heading?.textContent === 'Phase check';
    };
    const observer = new MutationObserver((records) => {
      const counted = records.filter((r) => !inPhaseCheck(r.target));
      if (counted.length === 0) return;
      run.last = performance.now();
      run.mutations += counted.length;
    });
    // The preview allocates in a worker: the overlay is updated once its status no longer says "Allocating…".
    const allocating = () => [...document.querySelectorAll('[role=status]')].some((e) => e.textContent === 'Allocating…');
    const check = () => requestAnimationFrame(() => {
      const atFrame = run.last;
      setTimeout(() => {
        if (run.last !== atFrame || allocating()) return check();
        run.end = performance.now();
        observer.disconnect();
      }, 0);
    });
    document.addEventListener(eventType, () => {
      run.start = performance.now();
      run.last = run.start;
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      check();
    }, { capture: true, once: true });
  };
`;

interface SettleRun {
  start: number;
  end: number;
  mutations: number;
}

/** Times `act` (whose first event is `eventType`) to the overlay painted; the longest task meanwhile. */
async function timeChange(page: Page, eventType: string, act: () => Promise<void>) {
  await page.evaluate((type) => (window as unknown as { __settle: (t: string) => void }).__settle(type), eventType);
  const trace = await traceTasks(page);
  await act();
  await page.waitForFunction(() => (window as unknown as { __settleRun: { end?: number } }).__settleRun.end !== undefined, null, {
    timeout: 60_000,
  });
  const run = await page.evaluate(() => (window as unknown as { __settleRun: SettleRun }).__settleRun);
  const longest = await trace.stop();
  return { ms: run.end - run.start, mutations: run.mutations, ...longest };
}

const summaryFigure = (page: Page, term: string) =>
  page
    .getByRole('region', { name: 'Cycle summary' })
    .locator('dl > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition');

async function previewBench(browser: Browser, size: number) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(SETTLE_PROBE);
  const page = await context.newPage();
  await page.goto(`${BASE}/?depot=large-${size}&view=preview`);
  const admitted = summaryFigure(page, 'Admitted');
  const requested = summaryFigure(page, 'Requested');
  await admitted.waitFor({ timeout: 120_000 });
  await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
  const preview = page.getByRole('region', { name: 'Load balancing preview' });
  const sessions = page.getByRole('region', { name: 'Sessions', exact: true });
  const plugged = sessions.getByRole('table').getByRole('row').nth(1).getByRole('checkbox');
  const preset = preview.getByRole('combobox', { name: 'Sessions', exact: true });

  const rows: Array<{ change: string; times: number[]; wall: number; cpu: number }> = [];
  /** Retries `check` until it passes (the answer comes from a worker), for up to 30 s. */
  const eventually = async (check: () => Promise<void>) => {
    for (let tries = 0; ; tries++) {
      try {
        return await check();
      } catch (error) {
        if (tries >= 300) throw error;
        await page.waitForTimeout(100);
      }
    }
  };
  const measure = async (change: string, eventType: string, step: (i: number) => Promise<void>, changed: (i: number) => Promise<void>) => {
    // One untimed warm-up each way, then the timed runs, alternating.
    for (let i = 0; i < 2; i++) {
      await step(i);
      await eventually(() => changed(i));
    }
    const row = { change, times: [] as number[], wall: 0, cpu: 0 };
    for (let i = 0; i < PREVIEW_RUNS; i++) {
      const r = await timeChange(page, eventType, () => step(i));
      await eventually(() => changed(i));
      row.times.push(r.ms);
      row.wall = Math.max(row.wall, r.wallMs);
      row.cpu = Math.max(row.cpu, r.cpuMs);
    }
    rows.push(row);
  };

  // The floor: a change that repaints the sessions table but allocates nothing, timed the same way.
  const show = sessions.getByRole('combobox', { name: 'Show' });
  await measure(
    'floor: table filter, no allocation',
    'input',
    (i) => show.selectOption(i % 2 === 0 ? 'edited' : 'all').then(() => undefined),
    async () => undefined,
  );
  const admittedAtStart = await admitted.innerText();
  await measure(
    'session: unplug / plug in one connector',
    'click',
    () => plugged.click(),
    async (i) => {
      // Unplugged on even steps, plugged in again on odd ones: the admitted count says which.
      const text = await admitted.innerText();
      if ((i % 2 === 0) === (text === admittedAtStart)) throw new Error(`the plugged-in toggle did not change the preview (admitted ${text})`);
    },
  );
  const requestedRated = await requested.innerText();
  await measure(
    'session: preset rated ↔ plugged-50-1',
    'input',
    (i) => preset.selectOption(i % 2 === 0 ? 'plugged' : 'rated').then(() => undefined),
    async (i) => {
      const text = await requested.innerText();
      if ((i % 2 === 0) === (text === requestedRated)) throw new Error(`the preset change did not change the preview (requested ${text})`);
    },
  );
  await measure(
    'strategy: connector ↔ charger',
    'click',
    (i) => preview.getByRole('radio', { name: i % 2 === 0 ? 'Charger-based' : 'Connector-based' }).click(),
    async (i) => {
      const strategy = new URL(page.url()).searchParams.get('strategy');
      if ((strategy === 'charger') !== (i % 2 === 0)) throw new Error(`the strategy switch did not reach the URL (${strategy})`);
    },
  );
  await context.close();
  return rows;
}

async function previewBenches(browser: Browser) {
  console.log('');
  console.log(`Allocation preview (?depot=large-<n>&view=preview, preset rated): input event → updated overlay painted, median of ${PREVIEW_RUNS}`);
  console.log('after one warm-up each way (the phase check, which follows the allocation, apart); longest main-thread task during the runs,');
  console.log('by the clock and in CPU time (trace).');
  console.log('connectors | change                                   | median ms | longest task ms (clock / CPU)');
  for (const size of SIZES) {
    for (const row of await previewBench(browser, size)) {
      console.log(
        `${String(size).padStart(10)} | ${row.change.padEnd(40)} | ${median(row.times).toFixed(0).padStart(9)} | ${`${row.wall.toFixed(0)} / ${row.cpu.toFixed(0)}`.padStart(29)}`,
      );
    }
  }
}

async function waitForServer() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Nothing answers at ${BASE}.`);
}

async function main() {
  await waitForServer();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  console.log(`Chromium ${browser.version()}`);
  if (PARTS.has('load')) await loadBenches(browser);
  if (PARTS.has('site-file')) await siteFileBench(browser);
  if (PARTS.has('preview')) await previewBenches(browser);
  await browser.close();
}

async function loadBenches(browser: Browser) {
  console.log(`${LOADS} cold loads and ${CLICKS} clicks per size; medians.`);
  console.log('Times from navigation start. The mock backend derives the response inside the page, so "response received"');
  console.log('includes it; "app after response" is parse, index, layout and render up to painted graph nodes.');
  console.log('connectors | response received | first graph nodes painted | app after response | graph nodes shown | click → details');
  for (const size of SIZES) {
    const responses: number[] = [];
    const firsts: number[] = [];
    const after: number[] = [];
    const clicks: number[] = [];
    let shown = 0;
    for (let i = 0; i < LOADS; i++) {
      const run = await loadOnce(browser, size);
      responses.push(run.timing.responseEnd);
      firsts.push(run.timing.firstNodes);
      after.push(run.timing.firstNodes - run.timing.responseEnd);
      shown = run.shown;
      if (i === LOADS - 1) {
        for (let c = 0; c < CLICKS; c++) clicks.push(await clickToDetails(run.page, 1 + c));
      }
      await run.context.close();
    }
    const ms = (x: number) => `${x.toFixed(0)} ms`.padStart(8);
    console.log(
      `${String(size).padStart(10)} | ${ms(median(responses)).padStart(17)} | ${ms(median(firsts)).padStart(25)} | ${ms(median(after)).padStart(18)} | ${String(shown).padStart(17)} | ${ms(median(clicks)).padStart(15)}`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
