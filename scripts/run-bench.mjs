// Runs a benchmark as the browser runs the app: bundled into one ES module (by esbuild, which Vite
// uses too), so that imports are plain bindings rather than a transform's getters.
// Usage: node scripts/run-bench.mjs <entry.ts> [node flags...]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

const [entry, ...nodeFlags] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-bench.mjs <entry.ts> [node flags...]');
  process.exit(2);
}
// Inside node_modules, so that the bundle stays out of the work tree and finds any package left out.
const outDir = resolve('node_modules/.cache/bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
await build({ entryPoints: [entry], outfile, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' });
const run = spawnSync(process.execPath, [...nodeFlags, outfile], { stdio: 'inherit' });
process.exit(run.status ?? 1);
