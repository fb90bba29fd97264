/**
 * Median time of `deriveMicrogrid` (the mock backend's work per request) on the generated depots
 * of the `large-<n>` scenarios, and the size of the body it produces; then `checkSiteText`, the
 * site-file check's work after an edit (parse the text, derive, resolve the issues' pointers).
 * Run with `npm run bench:derive`.
 */
import { performance } from 'node:perf_hooks';
import { generateLargeSite } from '../../mocks/scenarios';
import { checkSiteText, deriveMicrogrid } from '../../src/domain/site-data';

const SIZES = [1_000, 10_000, 50_000];
const RUNS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

console.log(`deriveMicrogrid, median of ${RUNS} runs after 3 warm-up (Node ${process.version})`);
for (const n of SIZES) {
  const site = generateLargeSite(n);
  for (let i = 0; i < 3; i++) deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
  const times: number[] = [];
  let result = deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    result = deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
    times.push(performance.now() - start);
  }
  const nodes = result.status === 200 ? result.body.nodes.length : 0;
  const megabytes = JSON.stringify(result.body).length / 1e6;
  console.log(
    `${n.toLocaleString('en-US').padStart(7)} connectors | status ${result.status} | ${String(nodes).padStart(6)} nodes | ${megabytes.toFixed(1)} MB body | derive ${median(times).toFixed(1).padStart(6)} ms`,
  );
}

console.log(`checkSiteText on the site file's text (indented JSON), median of ${RUNS} runs after 3 warm-up`);
for (const n of SIZES) {
  const text = JSON.stringify(generateLargeSite(n), null, 2);
  for (let i = 0; i < 3; i++) checkSiteText(text);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    checkSiteText(text, { generatedAt: '2026-01-01T00:00:00Z' });
    times.push(performance.now() - start);
  }
  console.log(`${n.toLocaleString('en-US').padStart(7)} connectors | ${(text.length / 1e6).toFixed(1)} MB file | check ${median(times).toFixed(1).padStart(6)} ms`);
}
