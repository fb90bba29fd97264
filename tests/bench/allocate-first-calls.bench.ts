/**
 * What an app sees: `allocate` in a fresh process, straight on a large depot, with no smaller
 * depot before it to warm the compiler up (the main benchmark times warm calls). Each size and
 * strategy runs in a process of its own; prints the first call, and the median of calls 11 to 40.
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

function parent(): void {
  console.log('allocate in a fresh process per case, with no warm-up: first call, and median of calls 11-40 (ms)');
  console.log('connectors   strategy    first call   calls 11-40');
  for (const n of sizes) {
    for (const strategy of strategies) {
      const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', String(n), strategy], { encoding: 'utf8' });
      const { first, steady } = JSON.parse(out.trim().split('\n').pop()!) as { first: number; steady: number };
      console.log(`${String(n).padStart(10)}   ${strategy.padEnd(9)}  ${first.toFixed(1).padStart(11)}   ${steady.toFixed(2).padStart(11)}`);
    }
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) child(Number(process.argv[at + 1]), process.argv[at + 2] as Strategy);
else parent();
