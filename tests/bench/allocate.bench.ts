/**
 * Median time of `allocate` on generated depots of 1,000, 10,000 and 50,000 connectors, every
 * connector charging at its rating, for both strategies, and the growth between sizes.
 * Run with `npm run bench:allocate`. Figures are printed, never asserted.
 *
 * For steadier figures, `node --expose-gc --import tsx tests/bench/allocate.bench.ts` lets the
 * bench collect garbage before each set of runs, so that one size's garbage is not charged to
 * the next. Garbage made by the calls being timed is always charged to them.
 */
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { allocate, seededRandom, sessionsAtRating, type PowerNode, type Session, type Strategy } from '../../src/domain/allocation';

const CONNECTOR_W = 22_080;
const DC_W = 150_000;

/**
 * A depot shaped like a large bus depot: four grid connections, circuit groups of ten circuits,
 * 25 charge points per circuit, two connectors per charge point (every fifth one a DC charger
 * with one EVSE). Every level is oversubscribed, so most caps bind.
 */
function depot(connectors: number): PowerNode[] {
  const nodes: PowerNode[] = [];
  const chargePoints = Math.ceil(connectors / 2);
  const circuits = Math.ceil(chargePoints / 25);
  const groups = Math.ceil(circuits / 10);
  nodes.push({ id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null });
  for (let g = 0; g < 4; g++) nodes.push({ id: `gc-${g}`, parentId: 'site', kind: 'GRID_CONNECTION', maxPowerW: 0 });
  for (let k = 0; k < groups; k++) {
    nodes.push({ id: `group-${k}`, parentId: `gc-${k % 4}`, kind: 'CIRCUIT', maxPowerW: 0 });
  }
  let made = 0;
  for (let c = 0; c < circuits; c++) {
    const circuitId = `circuit-${c}`;
    nodes.push({ id: circuitId, parentId: `group-${Math.floor(c / 10)}`, kind: 'CIRCUIT', maxPowerW: 0 });
    for (let p = 0; p < 25 && made < connectors; p++) {
      const index = c * 25 + p;
      const dc = index % 5 === 4;
      const cpId = `cp-${index}`;
      nodes.push({ id: cpId, parentId: circuitId, kind: 'CHARGE_POINT', maxPowerW: dc ? DC_W : 2 * CONNECTOR_W, ...(dc ? { evseCount: 1 } : {}) });
      for (let k = 1; k <= 2 && made < connectors; k++, made++) {
        nodes.push({ id: `${cpId}-${k}`, parentId: cpId, kind: 'CONNECTOR', maxPowerW: dc ? DC_W : CONNECTOR_W });
      }
    }
  }
  // Caps at 60% of what lies beneath, bottom-up, so that every level is oversubscribed.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const beneath = new Map<string, number>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const own = node.kind === 'CHARGE_POINT' || node.kind === 'CONNECTOR' ? node.maxPowerW! : Math.round(0.6 * (beneath.get(node.id) ?? 0));
    if (node.kind === 'GRID_CONNECTION' || node.kind === 'CIRCUIT') node.maxPowerW = own;
    if (node.parentId !== null && byId.has(node.parentId)) beneath.set(node.parentId, (beneath.get(node.parentId) ?? 0) + own);
  }
  return nodes;
}

/** Seeded shuffle: the allocator must not rely on ids arriving sorted, so the bench never sends them so. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

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

/**
 * Warm-up calls before timing, half as many as the timed runs (at least 5): enough for the JIT,
 * and for the heap's limits after a full collection, to settle at every size. Collections that
 * the timed calls cause themselves are still timed.
 */
const warmUpFor = (runs: number): number => Math.max(5, Math.ceil(runs / 2));

function time(generated: PowerNode[], strategy: Strategy, runs: number): Timing {
  // Shuffled, then re-parsed as an HTTP client would: fresh objects laid out in arrival order.
  const nodes = JSON.parse(JSON.stringify(shuffled(generated, 1))) as PowerNode[];
  const sessions = JSON.parse(JSON.stringify(shuffled(sessionsAtRating(generated), 2))) as Session[];
  // Start each set from a clean heap: earlier sizes' and strategies' garbage is not this one's.
  // Before the warm-up, not after: the heap's limits, reset by a full collection, settle again
  // during the warm-up, as they would in a long-running app, instead of during the timed runs.
  collectGarbage?.();
  for (let i = 0, warmUp = warmUpFor(runs); i < warmUp; i++) allocate({ nodes, sessions, strategy });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    allocate({ nodes, sessions, strategy });
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wallMs: median(wall), cpuMs: median(cpu) };
}

const sizes = [1_000, 10_000, 50_000];
const strategies: Strategy[] = ['connector', 'charger'];
const runsFor = (n: number): number => (n <= 1_000 ? 60 : n <= 10_000 ? 40 : 31);
const cell = (ms: number) => ms.toFixed(2).padStart(9);

console.log('allocate: median ms per call, every connector charging at its rating,');
console.log('nodes and sessions in shuffled order (as parsed from JSON)');
console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores`);
console.log(`heap collected before each set of runs: ${collectGarbage ? 'yes' : 'no (run node with --expose-gc for that)'}`);
console.log('                      ----- wall-clock -----   ------ CPU time ------');
console.log('connectors   nodes    connector    charger    connector    charger');
const timings = new Map<Strategy, Timing[]>(strategies.map((s) => [s, []]));
for (const n of sizes) {
  const nodes = depot(n);
  const row = strategies.map((strategy) => {
    const timing = time(nodes, strategy, runsFor(n));
    timings.get(strategy)!.push(timing);
    return timing;
  });
  const wall = row.map((t) => cell(t.wallMs)).join('  ');
  const cpu = row.map((t) => cell(t.cpuMs)).join('  ');
  console.log(`${String(n).padStart(10)}  ${String(nodes.length).padStart(6)}  ${wall}    ${cpu}`);
}
for (const [strategy, ts] of timings) {
  const growth = (pick: (t: Timing) => number) =>
    ts.slice(1).map((t, i) => `${sizes[i + 1]! / 1000}k/${sizes[i]! / 1000}k = ${(pick(t) / pick(ts[i]!)).toFixed(2)}`).join(', ');
  console.log(`growth (${strategy}): wall ${growth((t) => t.wallMs)}; CPU ${growth((t) => t.cpuMs)}  (size ratios 10 and 5)`);
}
