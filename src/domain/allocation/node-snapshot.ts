/**
 * What a nodes array held when it was read: its node objects and every field the allocator reads
 * from them. Something worked out from an array (its prepared tree, a copy) can be used again
 * when the very same array comes back and `unchangedSince` says nothing in it changed: a caller
 * who changes a node in place, or swaps one, is never given a stale answer.
 */

/** Every node field the allocator reads. */
const FIELDS = ['id', 'parentId', 'kind', 'maxPowerW', 'evseCount', 'maxCurrentA', 'phases', 'phaseRotation'] as const;

export interface NodeSnapshot {
  readonly objects: readonly unknown[];
  /** `FIELDS.length` values per node, in `FIELDS` order. */
  readonly values: readonly unknown[];
}

const fieldOf = (node: unknown, field: (typeof FIELDS)[number]): unknown => (node as Record<string, unknown>)[field];

/** The snapshot of `nodes`, or null when some entry is not an object (nothing is kept for those). */
export function snapshotOf(nodes: readonly unknown[]): NodeSnapshot | null {
  const values: unknown[] = [];
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null) return null;
    for (const field of FIELDS) values.push(fieldOf(node, field));
  }
  return { objects: nodes.slice(), values };
}

/** Whether `nodes` holds the same node objects, with the same field values, as when `snapshot` was taken. */
export function unchangedSince(nodes: readonly unknown[], snapshot: NodeSnapshot): boolean {
  if (nodes.length !== snapshot.objects.length) return false;
  let at = 0;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node !== snapshot.objects[i]) return false;
    for (const field of FIELDS) if (fieldOf(node, field) !== snapshot.values[at++]) return false;
  }
  return true;
}
