/**
 * What one derivation hands the next one of the same edited file. The data of an edit shares
 * every record object the edit did not touch (see `value-edit`), so a record read from the very
 * same object reads the same, and a node built from the same record under the same parent is the
 * same node: both are kept by object, not built again, and an unchanged node stays the very
 * object it was (comparing two answers then stops at once for it).
 *
 * Only for data never changed in place (JSON.parse's output, and edits that copy what they
 * change): an object changed after it was read would be read as it was.
 */
import type { MicrogridNodeWire } from '../topology';

export interface DeriveMemo {
  /** Records as read, by section, by the site-data object they were read from. */
  readonly records: Map<string, WeakMap<object, Record<string, unknown>>>;
  /** Nodes as built, by the record they were built from, with what else they were built from. */
  readonly nodes: WeakMap<object, { readonly parentId: string; readonly also: object | null; readonly node: MicrogridNodeWire }>;
}

export function createDeriveMemo(): DeriveMemo {
  return { records: new Map(), nodes: new WeakMap() };
}

/** The memo's records of one section. */
export function recordsOf(memo: DeriveMemo, section: string): WeakMap<object, Record<string, unknown>> {
  let known = memo.records.get(section);
  if (known === undefined) memo.records.set(section, (known = new WeakMap()));
  return known;
}

/** The node built from `record` under `parentId` (and `also`), built by `build` unless the memo has it. */
export function nodeOf(
  memo: DeriveMemo | undefined,
  record: object,
  parentId: string,
  also: object | null,
  build: () => MicrogridNodeWire,
): MicrogridNodeWire {
  if (memo === undefined) return build();
  const kept = memo.nodes.get(record);
  if (kept !== undefined && kept.parentId === parentId && kept.also === also) return kept.node;
  const node = build();
  memo.nodes.set(record, { parentId, also, node });
  return node;
}
