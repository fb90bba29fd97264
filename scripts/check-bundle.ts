/**
 * Proves that a production build holds no mock backend: builds the app twice (production and
 * mock mode) and scans every emitted file for MSW's and the scenarios' fingerprints. The mock build
 * must contain them — otherwise the check itself would be blind — and the production build must not.
 * Prints the sizes of both builds.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const FINGERPRINTS = [
  'mockServiceWorker', // the worker file and its registration URL
  'setupWorker', // msw/browser
  'Mock Service Worker', // the worker's banner
  'fault-bad-schema', // a scenario id
  'Welshpool bus depot', // a fixture's name
];

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

async function main() {
  await build({ mode: 'production', logLevel: 'warn', build: { outDir: 'dist' } });
  await build({ mode: 'mock', logLevel: 'warn', build: { outDir: 'dist-mock' } });
  const prod = scan('dist');
  const mock = scan('dist-mock');
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  console.log(`production build: JavaScript ${kb(prod.bytes)} (${kb(prod.gzip)} gzip)`);
  console.log(`mock build:       JavaScript ${kb(mock.bytes)} (${kb(mock.gzip)} gzip)`);

  let failed = false;
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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
