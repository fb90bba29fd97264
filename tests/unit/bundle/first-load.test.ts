/**
 * First-load JavaScript is the entry chunk and what it imports statically, never what loads
 * through a dynamic import.
 */
import { describe, expect, it } from 'vitest';
import { firstLoadFiles, type Manifest } from '../../../scripts/first-load';

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    src: 'index.html',
    isEntry: true,
    imports: ['_vendor.js', '_shared.js'],
    dynamicImports: ['src/features/allocation/index.ts', 'mocks/browser.ts'],
  },
  '_vendor.js': { file: 'assets/vendor.js', imports: ['_shared.js'] },
  '_shared.js': { file: 'assets/shared.js', imports: ['_vendor.js'] },
  'src/features/allocation/index.ts': { file: 'assets/allocation.js', imports: ['_shared.js', '_lazy-only.js'] },
  '_lazy-only.js': { file: 'assets/lazy-only.js' },
  'mocks/browser.ts': { file: 'assets/browser.js', imports: ['_vendor.js'] },
};

describe('firstLoadFiles', () => {
  it('counts the entry and its static imports, transitively and once, and no dynamic import', () => {
    expect(firstLoadFiles(manifest)).toEqual(['assets/index.js', 'assets/vendor.js', 'assets/shared.js']);
  });

  it('counts a chunk imported only by a lazy chunk as lazy', () => {
    expect(firstLoadFiles(manifest)).not.toContain('assets/lazy-only.js');
  });

  it('refuses a manifest without the page’s entry, rather than weigh nothing', () => {
    const { 'index.html': _entry, ...rest } = manifest;
    expect(() => firstLoadFiles(rest)).toThrow('The manifest has no entry for index.html.');
  });

  it('refuses a manifest that names a chunk it does not describe', () => {
    expect(() => firstLoadFiles({ 'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_gone.js'] } })).toThrow(
      'The manifest names _gone.js but has no entry for it.',
    );
  });
});
