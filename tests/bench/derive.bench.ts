/**
 * Median time (by the clock, and in CPU time, which a loaded machine stretches less) of `deriveMicrogrid` (the mock backend's work per request) on the generated depots
 * of the `large-<n>` scenarios, and the size of the body it produces; then `checkSiteText`, the
 * site-file check's work after an edit (parse the text, derive, resolve the issues' pointers),
 * for an edit that changes the data, for one that changes one value as the editor's checks see it
 * (against the check before, with their memo), and for one that leaves the data as it was (a space:
 * the previous answer is kept, only the places of its issues are found anew). Run with
 * `npm run bench:derive`.
 */
import { performance } from 'node:perf_hooks';
import { generateLargeSite } from '../../mocks/scenarios';
import { checkSiteText, createDeriveMemo, deriveMicrogrid, type SiteCheck } from '../../src/domain/site-data';

const SIZES = [1_000, 10_000, 50_000];
const RUNS = 15;

/** Runs `work` once: its time by the clock and in CPU time, in ms. */
function timed(work: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const figures = (runs: Array<{ wall: number; cpu: number }>) =>
  `${median(runs.map((r) => r.wall)).toFixed(1).padStart(6)} ms (CPU ${median(runs.map((r) => r.cpu)).toFixed(1).padStart(6)} ms)`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

console.log(`deriveMicrogrid, median of ${RUNS} runs after 3 warm-up (Node ${process.version})`);
for (const n of SIZES) {
  const site = generateLargeSite(n);
  for (let i = 0; i < 3; i++) deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
  const times: Array<{ wall: number; cpu: number }> = [];
  let result = deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
  for (let i = 0; i < RUNS; i++) {
    times.push(timed(() => { result = deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' }); }));
  }
  const nodes = result.status === 200 ? result.body.nodes.length : 0;
  const megabytes = JSON.stringify(result.body).length / 1e6;
  console.log(
    `${n.toLocaleString('en-US').padStart(7)} connectors | status ${result.status} | ${String(nodes).padStart(6)} nodes | ${megabytes.toFixed(1)} MB body | derive ${figures(times)}`,
  );
}

console.log(`checkSiteText on the site file's text (indented JSON) after an edit, median of ${RUNS} runs after 3 warm-up`);
for (const n of SIZES) {
  const text = JSON.stringify(generateLargeSite(n), null, 2);
  // Two versions of the file that differ in one value, checked in turn: each check derives anew.
  const renamed = text.replace('"name": "Large depot (', '"name": "Large depot, renamed (');
  const options = { generatedAt: '2026-01-01T00:00:00Z' };
  for (let i = 0; i < 3; i++) checkSiteText(i % 2 ? renamed : text, options);
  const changed: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < RUNS; i++) changed.push(timed(() => checkSiteText(i % 2 ? renamed : text, options)));
  // A space typed: the same data as the previous check, whose answer is kept.
  let previous: SiteCheck = checkSiteText(text, options);
  const spaced: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const edited = `${' '.repeat(i + 1)}${text}`;
    const run = timed(() => { previous = checkSiteText(edited, { ...options, previous }); });
    if (i >= 3) spaced.push(run);
  }
  // One value edited (the depot's name), checked against the check before it, with the memo the
  // editor's checks keep: the text is not parsed again, and untouched records are not read again.
  const memo = createDeriveMemo();
  let last: SiteCheck = checkSiteText(text, { ...options, memo });
  const edited: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < RUNS + 3; i++) {
    const next = i % 2 ? text : renamed;
    const run = timed(() => { last = checkSiteText(next, { ...options, previous: last, memo }); });
    if (i >= 3) edited.push(run);
  }
  console.log(
    `${n.toLocaleString('en-US').padStart(7)} connectors | ${(text.length / 1e6).toFixed(1)} MB file | data changed ${figures(changed)} | one value edited ${figures(edited)} | same data ${figures(spaced)}`,
  );
}
