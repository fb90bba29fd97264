/**
 * Median time of `allocate` on generated depots of 1,000, 10,000 and 50,000 connectors, every
 * connector charging at its rating, for both strategies, and the growth between sizes; and on
 * the same depots with phase data (breaker current caps, single-phase AC sessions, rotations),
 * beside the phase-blind run on the same input. The phase runs come after the main table's, in
 * rounds of their own with phase-blind runs beside them, so that they do not sway that table.
 * Run with `npm run bench:allocate`. Figures are printed, never asserted.
 *
 * How it measures, so that the growth between sizes is the allocator's and not the machine's:
 * - In rounds: each round times a block of calls on every size and strategy in turn, and each
 *   median is taken over all its blocks. A spell of load on a shared machine then slows every
 *   size alike, instead of whichever size was being timed at that moment. (Timing each size in
 *   one stretch, as this bench first did, moved the 50k/10k ratio by up to ±0.5 from run to run;
 *   in rounds it moves by about ±0.1.)
 * - Each block starts with untimed calls: the garbage the previous block left is collected
 *   during those, not charged to this block. Garbage made by the calls being timed is charged to
 *   them. With `--expose-gc` (as the npm script runs it) the heap is collected once before the
 *   first round.
 * - Every call gets the same node and session objects, so a small depot's input can stay in the
 *   processor's cache from one call to the next, as it would when a preview is recomputed in a
 *   loop; but a new nodes array each time, so that every call prepares its tree as a first call
 *   does. The last table times the same nodes array again (a preview's next change), where the
 *   prepared tree is reused (`tree-memo.ts`).
 *   `BENCH_FLUSH_MB=64 npm run bench:allocate` writes over that many megabytes before each timed
 *   call instead, so that every call starts with a cold cache.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { allocate, type AllocationInput, type PowerNode, type Strategy } from '../../src/domain/allocation';
import { benchDepot, benchInput, phaseDepot } from './allocate-depot';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

interface Timing {
  wallMs: number;
  /** This process's CPU time: less swayed by whatever else the machine is running. */
  cpuMs: number;
}

/** Present when node runs with --expose-gc. */
const collectGarbage = (globalThis as { gc?: () => void }).gc;

interface Case {
  connectors: number;
  nodeCount: number;
  strategy: Strategy;
  phases: boolean;
  input: AllocationInput;
  wall: number[];
  cpu: number[];
}

function makeCase(generated: PowerNode[], connectors: number, strategy: Strategy, phases: boolean): Case {
  const { nodes, sessions } = benchInput(phases ? phaseDepot(generated) : generated);
  return { connectors, nodeCount: generated.length, strategy, phases, input: { nodes, sessions, strategy }, wall: [], cpu: [] };
}

const FLUSH_MB = Number(process.env.BENCH_FLUSH_MB ?? 0) || 0;
const flushed = new Float64Array((FLUSH_MB * 1024 * 1024) / 8);
/** Writes one word in every cache line of `flushed`, so that the cache holds none of the input. */
function flushCache(): number {
  for (let i = 0; i < flushed.length; i += 8) flushed[i]! += 1;
  return flushed[0] ?? 0;
}

/** The case's input, with a new nodes array unless `again`: the same nodes, but never seen as such. */
const inputOf = (c: Case, again: boolean): AllocationInput => (again ? c.input : { ...c.input, nodes: c.input.nodes.slice() });

/** One block on one case: untimed calls (half as many as the timed ones, at least 4), then timed ones. */
function timeBlock(c: Case, calls: number, again = false): void {
  for (let i = 0, warmUp = Math.max(4, calls >> 1); i < warmUp; i++) allocate(inputOf(c, again));
  for (let i = 0; i < calls; i++) {
    if (FLUSH_MB > 0) flushCache();
    const input = inputOf(c, again);
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    allocate(input);
    c.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    c.cpu.push((used.user + used.system) / 1000);
  }
}

const sizes = [1_000, 10_000, 50_000];
const strategies: Strategy[] = ['connector', 'charger'];
const ROUNDS = 5;
/** Timed calls per block. */
const callsFor = (n: number): number => (n <= 1_000 ? 30 : n <= 10_000 ? 12 : 8);
const cell = (ms: number) => ms.toFixed(2).padStart(9);

console.log('allocate: median ms per call, every connector charging at its rating,');
console.log('nodes and sessions in shuffled order (as parsed from JSON)');
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(`heap collected before the first round: ${collectGarbage ? 'yes' : 'no (run node with --expose-gc for that)'}`);
console.log(`cache: ${FLUSH_MB > 0 ? `${FLUSH_MB} MB written over before each timed call (cold)` : 'left as the previous call left it (warm)'}`);
const depots = new Map(sizes.map((n) => [n, benchDepot(n)]));
const cases = sizes.flatMap((n) => strategies.map((strategy) => makeCase(depots.get(n)!, n, strategy, false)));
const phaseSizes = sizes.filter((n) => n >= 10_000);
const pairs = phaseSizes.flatMap((n) => strategies.flatMap((strategy) => [false, true].map((phases) => makeCase(depots.get(n)!, n, strategy, phases))));
collectGarbage?.();
for (let round = 0; round < ROUNDS; round++) for (const c of cases) timeBlock(c, callsFor(c.connectors));
console.log(`${ROUNDS} rounds; timed calls per case: ${sizes.map((n) => `${ROUNDS * callsFor(n)} at ${n / 1000}k`).join(', ')}`);
console.log('                      ----- wall-clock -----   ------ CPU time ------');
console.log('connectors   nodes    connector    charger    connector    charger');
const timing = (c: Case): Timing => ({ wallMs: median(c.wall), cpuMs: median(c.cpu) });
const timings = new Map<Strategy, Timing[]>(strategies.map((s) => [s, []]));
for (const n of sizes) {
  const row = cases.filter((c) => c.connectors === n).map((c) => {
    const t = timing(c);
    timings.get(c.strategy)!.push(t);
    return t;
  });
  const wall = row.map((t) => cell(t.wallMs)).join('  ');
  const cpu = row.map((t) => cell(t.cpuMs)).join('  ');
  console.log(`${String(n).padStart(10)}  ${String(cases.find((c) => c.connectors === n)!.nodeCount).padStart(6)}  ${wall}    ${cpu}`);
}
for (const [strategy, ts] of timings) {
  const growth = (pick: (t: Timing) => number) =>
    ts.slice(1).map((t, i) => `${sizes[i + 1]! / 1000}k/${sizes[i]! / 1000}k = ${(pick(t) / pick(ts[i]!)).toFixed(2)}`).join(', ');
  console.log(`growth (${strategy}): wall ${growth((t) => t.wallMs)}; CPU ${growth((t) => t.cpuMs)}  (size ratios 10 and 5)`);
}
const nLogN = (n: number) => n * Math.log(n);
console.log(
  `for reference, n log n grows ${sizes.slice(1).map((n, i) => `${(nLogN(n) / nLogN(sizes[i]!)).toFixed(2)}×`).join(' and ')} over the same steps`,
);
console.log(
  `µs per connector (wall, connector-based): ${sizes.map((n, i) => `${((1000 * timings.get('connector')![i]!.wallMs) / n).toFixed(3)} at ${n / 1000}k`).join(', ')}`,
);
collectGarbage?.();
for (let round = 0; round < ROUNDS; round++) for (const c of pairs) timeBlock(c, callsFor(c.connectors));
console.log('');
console.log('phase-aware beside phase-blind, same depots (breaker caps, single-phase AC sessions, rotations): median ms');
console.log('                   ------------- connector -------------   -------------- charger --------------');
console.log('connectors  clock   phase-blind  phase-aware  ratio        phase-blind  phase-aware  ratio');
for (const n of phaseSizes) {
  for (const [clock, pick] of [['wall', (t: Timing) => t.wallMs], ['CPU', (t: Timing) => t.cpuMs]] as const) {
    const pair = (strategy: Strategy) => {
      const [blind, phased] = [false, true].map((phases) => pick(timing(pairs.find((c) => c.connectors === n && c.strategy === strategy && c.phases === phases)!)));
      return `${cell(blind!)}    ${cell(phased!)}  ${(phased! / blind!).toFixed(2).padStart(5)}`;
    };
    console.log(`${String(n).padStart(10)}  ${clock.padEnd(5)}  ${pair('connector')}     ${pair('charger')}`);
  }
}

const again = pairs.map((c) => ({ ...c, wall: [] as number[], cpu: [] as number[] }));
collectGarbage?.();
for (let round = 0; round < ROUNDS; round++) for (const c of again) timeBlock(c, callsFor(c.connectors), true);
console.log('');
console.log('the same input again, nodes array included: the tree prepared by the first call is reused, as for each change of a preview; median ms');
console.log('connectors  phases  clock   connector   first call    charger   first call');
for (const n of phaseSizes) {
  for (const phases of [false, true]) {
    for (const [clock, pick] of [['wall', (t: Timing) => t.wallMs], ['CPU', (t: Timing) => t.cpuMs]] as const) {
      const pair = (strategy: Strategy) => {
        const match = (c: Case) => c.connectors === n && c.strategy === strategy && c.phases === phases;
        return `${cell(pick(timing(again.find(match)!)))}    ${cell(pick(timing(pairs.find(match)!)))}`;
      };
      console.log(`${String(n).padStart(10)}  ${(phases ? 'yes' : 'no').padEnd(6)}  ${clock.padEnd(5)} ${pair('connector')}  ${pair('charger')}`);
    }
  }
}
