/**
 * Trees prepared before, given again when the same nodes array comes back unchanged. A preview
 * allocates one topology's nodes again and again with other sessions, and preparing the tree
 * (reading, sorting and indexing every node) is a good part of each call: about 25 ms of 60 at
 * 10,000 connectors with current caps.
 *
 * "Unchanged" is checked, never assumed (`node-snapshot.ts`): the same array, as long as before,
 * holding the same node objects with the same value in every field the preparation reads. A
 * caller who changes a node in place, or passes a copy, gets a fresh preparation; either way the
 * result is exactly what a first call gives. Only a preparation without problems is kept, one per
 * array for as long as the array lives, and nothing downstream writes to it.
 */
import { snapshotOf, unchangedSince, type NodeSnapshot } from './node-snapshot';
import { prepareTree, type NodeLookup, type PreparedTree } from './tree';

interface Kept {
  readonly snapshot: NodeSnapshot;
  readonly prepared: { readonly tree: PreparedTree; readonly lookup: NodeLookup };
}

const kept = new WeakMap<readonly unknown[], Kept>();

/** `prepareTree`, or the kept preparation of these very nodes when none of them changed. */
export function preparedTree(rawNodes: unknown, problems: string[]): { tree: PreparedTree | null; lookup: NodeLookup | null } {
  if (!Array.isArray(rawNodes)) return prepareTree(rawNodes, problems);
  const known = kept.get(rawNodes);
  if (known !== undefined && unchangedSince(rawNodes, known.snapshot)) return known.prepared;
  const before = problems.length;
  const prepared = prepareTree(rawNodes, problems);
  const { tree, lookup } = prepared;
  const snapshot = tree !== null && lookup !== null && problems.length === before ? snapshotOf(rawNodes) : null;
  if (snapshot !== null) kept.set(rawNodes, { snapshot, prepared: { tree: tree!, lookup: lookup! } });
  else kept.delete(rawNodes);
  return prepared;
}
