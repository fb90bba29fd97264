/**
 * Proves that a production build holds no mock backend and that its first load fits the budget:
 * builds the app twice (production and mock mode) and scans every emitted file for MSW's and the
 * scenarios' fingerprints. The mock build must contain them — otherwise the check itself would be
 * blind — and the production build must not. Then weighs the JavaScript index.html loads eagerly
 * (see first-load.ts) and fails above FIRST_LOAD_LIMIT_KB gzip. Prints the sizes of both builds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { FIRST_LOAD_BUDGET_KB, FIRST_LOAD_LIMIT_KB, firstLoadFiles, kB, type Manifest } from './first-load';

const FINGERPRINTS = [
  'mockServiceWorker', // the worker file and its registration URL
  'setupWorker', // msw/browser
  'Mock Service Worker', // the worker's banner
  'fault-bad-schema', // a scenario id
  'Welshpool bus depot', // a fixture's name
];

/**
 * Code only the allocation preview uses, which must load lazily (with the preview): a message of
 * the allocator's, and one of the preview panel's.
 */
const LAZY_ONLY = ['input must be an object', 'Load balancing preview'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

function scan(dir: string) {
  const found = new Map<string, string[]>();
  let bytes = 0;
  let gzip = 0;
  for (const file of files(dir)) {
    if (file.endsWith('.map')) continue;
    const text = readFileSync(file);
    if (file.endsWith('.js')) {
      bytes += text.length;
      gzip += gzipSync(text).length;
    }
    const content = text.toString('utf8');
    const rel = relative(dir, file);
    for (const print of FINGERPRINTS) {
      if (rel.includes(print) || content.includes(print)) found.set(print, [...(found.get(print) ?? []), rel]);
    }
  }
  return { found, bytes, gzip };
}

/** The gzip size of what the production index.html loads eagerly, and which files that is. */
function firstLoad(dir: string) {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const names = firstLoadFiles(manifest);
  const gzip = names.reduce((sum, name) => sum + gzipSync(readFileSync(join(dir, name))).length, 0);
  const eager = LAZY_ONLY.filter((print) => names.some((name) => readFileSync(join(dir, name), 'utf8').includes(print)));
  const lazy = LAZY_ONLY.filter((print) => files(dir).some((file) => file.endsWith('.js') && readFileSync(file, 'utf8').includes(print)));
  return { names, gzip, eager, lazy };
}

async function main() {
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist', manifest: true } });
  await build({ mode: 'mock', logLevel: 'warn', build: { outDir: 'dist-mock' } });
  const prod = scan('dist');
  const mock = scan('dist-mock');
  const first = firstLoad('dist');
  console.log(`production build: JavaScript ${kB(prod.bytes)} (${kB(prod.gzip)} gzip), all chunks`);
  console.log(`mock build:       JavaScript ${kB(mock.bytes)} (${kB(mock.gzip)} gzip), all chunks`);
  console.log(
    `first-load JavaScript: ${kB(first.gzip)} gzip (budget ${FIRST_LOAD_BUDGET_KB}, fails above ${FIRST_LOAD_LIMIT_KB}): ${first.names.join(', ')}`,
  );

  let failed = false;
  if (first.gzip > FIRST_LOAD_LIMIT_KB * 1000) {
    console.error(`First-load JavaScript is over ${FIRST_LOAD_LIMIT_KB} kB gzip: load the newest feature lazily (dynamic import).`);
    failed = true;
  } else if (first.gzip > FIRST_LOAD_BUDGET_KB * 1000) {
    console.warn(`First-load JavaScript is over its budget of ${FIRST_LOAD_BUDGET_KB} kB gzip: the next feature must load lazily.`);
  }
  for (const print of LAZY_ONLY) {
    if (!first.lazy.includes(print)) {
      console.error(`No chunk holds "${print}": the lazy-loading check cannot see the preview any more; update LAZY_ONLY.`);
      failed = true;
    } else if (first.eager.includes(print)) {
      console.error(`The first load holds "${print}": the allocation preview and the allocator must load lazily.`);
      failed = true;
    }
  }
  for (const print of FINGERPRINTS) {
    if (!mock.found.has(print)) {
      console.error(`The mock build lacks "${print}": the check cannot see the mock backend any more; update FINGERPRINTS.`);
      failed = true;
    }
    const where = prod.found.get(print);
    if (where) {
      console.error(`The production build contains "${print}" in ${where.join(', ')}.`);
      failed = true;
    }
  }
  if (failed) process.exit(1);
  console.log(`The production build holds none of: ${FINGERPRINTS.join(', ')}.`);
  console.log(`The first load holds none of: ${LAZY_ONLY.join(', ')} (they load with the allocation preview).`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
