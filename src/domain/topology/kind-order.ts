/** The order kinds are listed in, wherever counts by kind are shown. */
import { countLabel } from './labels';
import { compareIds } from './order';
import { KNOWN_NODE_KINDS } from './schema';

const RANK: ReadonlyMap<string, number> = new Map(KNOWN_NODE_KINDS.map((kind, i) => [kind, i]));

/** Known kinds from the top of the tree down, then unknown kinds by name. */
export function compareKinds(a: string, b: string): number {
  const ra = RANK.get(a) ?? RANK.size;
  const rb = RANK.get(b) ?? RANK.size;
  return ra - rb || compareIds(a, b);
}

export interface KindCount {
  readonly kind: string;
  readonly count: number;
}

/** Counts by kind; null-prototype objects, so any string (`__proto__` included) is a plain key. */
export type KindCounts = Readonly<Record<string, number>>;

/** A fresh, empty, null-prototype count record. */
export function emptyKindCounts(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

/** The non-zero counts, kinds in tree order. */
export function sortedKindCounts(counts: KindCounts | undefined): KindCount[] {
  if (!counts) return [];
  const out: KindCount[] = [];
  for (const kind of Object.keys(counts)) {
    const count = counts[kind]!;
    if (count > 0) out.push({ kind, count });
  }
  return out.sort((a, b) => compareKinds(a.kind, b.kind));
}

/** "2 chargers", "4 connectors", in tree order. */
export function kindCountTexts(counts: KindCounts | undefined): string[] {
  return sortedKindCounts(counts).map(({ kind, count }) => countLabel(kind, count));
}
