/**
 * What an app sees: `allocate` in a fresh process, straight on a large depot, with no smaller
 * depot before it to warm the compiler up (the main benchmark times warm calls). Each size and
 * strategy runs in a process of its own, three times in turn (so that a spell of load on the
 * machine does not fall on one case only); prints the medians over those runs of the first call,
 * and of the median of calls 11 to 40.
 * Run with `npm run bench:allocate:first-calls`. Figures are printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { allocate, type Strategy } from '../../src/domain/allocation';
import { benchDepot, benchInput } from './allocate-depot';

const CALLS = 40;
const sizes = [10_000, 50_000];
const strategies: Strategy[] = ['connector', 'charger'];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function child(connectors: number, strategy: Strategy): void {
  const { nodes, sessions } = benchInput(benchDepot(connectors));
  const wall: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    allocate({ nodes, sessions, strategy });
    wall.push(performance.now() - start);
  }
  console.log(JSON.stringify({ first: wall[0], steady: median(wall.slice(10)) }));
}

const ROUNDS = 3;

function parent(): void {
  console.log(`allocate in a fresh process per case, with no warm-up (${ROUNDS} processes per case, medians): first call, and calls 11-40 (ms)`);
  const cases = sizes.flatMap((n) => strategies.map((strategy) => ({ n, strategy, first: [] as number[], steady: [] as number[] })));
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of cases) {
      const args = [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(c.n), c.strategy];
      const out = execFileSync(process.execPath, args, { encoding: 'utf8' });
      const { first, steady } = JSON.parse(out.trim().split('\n').pop()!) as { first: number; steady: number };
      c.first.push(first);
      c.steady.push(steady);
    }
  }
  console.log('connectors   strategy    first call   calls 11-40');
  for (const c of cases) {
    console.log(`${String(c.n).padStart(10)}   ${c.strategy.padEnd(9)}  ${median(c.first).toFixed(1).padStart(11)}   ${median(c.steady).toFixed(2).padStart(11)}`);
  }
  for (const strategy of strategies) {
    const [small, large] = sizes.map((n) => median(cases.find((c) => c.n === n && c.strategy === strategy)!.steady));
    console.log(`growth (${strategy}), calls 11-40: ${sizes[1]! / 1000}k/${sizes[0]! / 1000}k = ${(large! / small!).toFixed(2)}`);
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) child(Number(process.argv[at + 1]), process.argv[at + 2] as Strategy);
else parent();
