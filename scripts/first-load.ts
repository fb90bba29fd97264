/**
 * First-load JavaScript: what the built index.html loads before the app can draw — its entry
 * chunks and, transitively, their static imports — read from Vite's manifest. Chunks reached only
 * through a dynamic `import()` load later, when their feature is used, and are not counted.
 */

/** The part of a Vite manifest entry this needs (see `build.manifest`). */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

/** The JavaScript files index.html loads eagerly, entry first, each once. */
export function firstLoadFiles(manifest: Manifest, html = 'index.html'): string[] {
  const entries = Object.keys(manifest).filter((key) => manifest[key]!.isEntry && (manifest[key]!.src ?? key) === html);
  if (entries.length === 0) throw new Error(`The manifest has no entry for ${html}.`);
  const seen = new Set<string>();
  const files: string[] = [];
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The manifest names ${key} but has no entry for it.`);
    if (chunk.file.endsWith('.js')) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return files;
}

/** 1 kB = 1,000 bytes, as Vite reports sizes. */
export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The first-load budget in kB gzip: a feature that would push past it must load lazily. */
export const FIRST_LOAD_BUDGET_KB = 175;
/** Above this, `npm run check:bundle` fails. */
export const FIRST_LOAD_LIMIT_KB = 180;
