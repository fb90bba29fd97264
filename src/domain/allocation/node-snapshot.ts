/**
 * What a nodes array held when it was read: its node objects and every field the allocator reads
 * from them. Something worked out from an array (its prepared tree, a copy) can be used again
 * when the very same array comes back and `unchangedSince` says nothing in it changed: a caller
 * who changes a node in place, or swaps one, is never given a stale answer.
 */

export interface NodeSnapshot {
  readonly objects: readonly unknown[];
  /** `FIELD_COUNT` values per node, in the order of `Fields`. */
  readonly values: readonly unknown[];
}

/** Every node field the allocator reads. */
interface Fields {
  readonly id?: unknown;
  readonly parentId?: unknown;
  readonly kind?: unknown;
  readonly maxPowerW?: unknown;
  readonly evseCount?: unknown;
  readonly maxCurrentA?: unknown;
  readonly phases?: unknown;
  readonly phaseRotation?: unknown;
}

const FIELD_COUNT = 8;

/**
 * The fields are read by name, one after the other, rather than in a loop over their names: a loop
 * reads each field through one generic lookup, which is several times slower on node objects of
 * a few shapes (nodes with and without their optional fields), and this runs on every call.
 */
function pushFields(node: Fields, values: unknown[]): void {
  values.push(node.id, node.parentId, node.kind, node.maxPowerW, node.evseCount, node.maxCurrentA, node.phases, node.phaseRotation);
}

function sameFields(node: Fields, values: readonly unknown[], at: number): boolean {
  return (
    node.id === values[at] &&
    node.parentId === values[at + 1] &&
    node.kind === values[at + 2] &&
    node.maxPowerW === values[at + 3] &&
    node.evseCount === values[at + 4] &&
    node.maxCurrentA === values[at + 5] &&
    node.phases === values[at + 6] &&
    node.phaseRotation === values[at + 7]
  );
}

/** The snapshot of `nodes`, or null when some entry is not an object (nothing is kept for those). */
export function snapshotOf(nodes: readonly unknown[]): NodeSnapshot | null {
  const values: unknown[] = [];
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null) return null;
    pushFields(node, values);
  }
  return { objects: nodes.slice(), values };
}

/** Whether `nodes` holds the same node objects, with the same field values, as when `snapshot` was taken. */
export function unchangedSince(nodes: readonly unknown[], snapshot: NodeSnapshot): boolean {
  if (nodes.length !== snapshot.objects.length) return false;
  const { objects, values } = snapshot;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i];
    if (node !== objects[i] || !sameFields(node as Fields, values, FIELD_COUNT * i)) return false;
  }
  return true;
}
