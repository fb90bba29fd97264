/**
 * A topology told as its changes from another: the fields beside the nodes, the nodes that differ
 * (by position) and the warnings when they differ. An edit of a site file changes a few nodes of
 * thousands (a name, a limit), so its new answer travels as a patch, and the nodes that did not
 * change stay the very objects the screen has drawn: memoised rows and cards skip them.
 */
import type { MicrogridTopology } from './schema';

/** A topology as parsed, or as the derivation writes it (the wire body). */
interface Tree {
  readonly nodes: readonly unknown[];
  readonly warnings?: readonly unknown[] | null;
}

export interface TopologyPatch<T extends Tree = MicrogridTopology> {
  /** Every field but `nodes` and `warnings`, as in the new topology. */
  readonly head: Omit<T, 'nodes' | 'warnings'>;
  /** The new nodes at their positions; the others are the previous topology's. */
  readonly nodes: ReadonlyArray<readonly [number, T['nodes'][number]]>;
  /** Absent when the warnings are the previous topology's. */
  readonly warnings?: T['warnings'];
}

/** Above this share of changed nodes, the whole topology is cheaper to send than a patch. */
const MOST = 0.25;

/** Whether two values read from JSON hold the same data, member order included. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const others = Object.keys(y);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== others[i] || !same(x[key], y[key])) return false;
  }
  return true;
}

/** `next` as changes from `previous`, or null when they share too little (another node count, most nodes changed). */
export function topologyPatch<T extends Tree>(previous: T, next: T): TopologyPatch<T> | null {
  if (previous.nodes.length !== next.nodes.length) return null;
  const nodes: Array<readonly [number, T['nodes'][number]]> = [];
  const most = next.nodes.length * MOST;
  for (let i = 0; i < next.nodes.length; i++) {
    if (same(previous.nodes[i], next.nodes[i])) continue;
    nodes.push([i, next.nodes[i]!]);
    if (nodes.length > most) return null;
  }
  const { nodes: _nodes, warnings, ...head } = next;
  return same(previous.warnings, warnings) ? { head, nodes } : { head, nodes, warnings: warnings ?? [] };
}

/** The topology `patch` tells, from the `previous` it was made against. Unchanged nodes are `previous`'s objects. */
export function applyTopologyPatch(previous: MicrogridTopology, patch: TopologyPatch): MicrogridTopology {
  const nodes = previous.nodes.slice();
  for (const [at, node] of patch.nodes) nodes[at] = node;
  return { ...patch.head, nodes, warnings: patch.warnings ? [...patch.warnings] : previous.warnings };
}

/** Up to this many changed nodes, a patch that keeps the tree is a slight change. */
const SLIGHT = 200;

/**
 * Whether `patch` changes only the facts of a few nodes of `previous` (not an id, a kind or a
 * parent): the tree, its layout and nearly every drawn node stay, so the change is cheap to draw.
 */
export function isSlightPatch(previous: MicrogridTopology, patch: TopologyPatch): boolean {
  if (patch.nodes.length > SLIGHT) return false;
  for (const [at, node] of patch.nodes) {
    const before = previous.nodes[at];
    if (before === undefined || before.id !== node.id || before.kind !== node.kind || before.parent_id !== node.parent_id) return false;
  }
  return true;
}
