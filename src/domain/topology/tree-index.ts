/**
 * The tree index: built once per response in O(n log n) (sorting siblings), read by every view.
 *
 * A topology that is not a proper tree (no root, two roots, a parent that does not exist, a cycle,
 * a duplicate id, a child under the wrong kind of parent) still indexes: each defect becomes a
 * structural diagnostic, and nodes that cannot be reached from a root are kept as "detached"
 * subtrees — shown apart and flagged, never silently re-rooted under the site.
 */
import { emptyKindCounts, type KindCounts } from './kind-order';
import { compareIds } from './order';
import type { MicrogridNode, MicrogridTopology, NodeId, NodeKind, TopologyIssue } from './schema';
import { structuralDiagnostics, type StructuralDiagnostic } from './structure';

export interface TopologyIndex {
  readonly topology: MicrogridTopology;
  /** Nodes by id; with duplicate ids, one deterministic pick (see `structure.ts`). */
  readonly nodes: ReadonlyMap<NodeId, MicrogridNode>;
  /** Nodes with `parent_id: null`, sorted. Exactly one in a sound topology. */
  readonly roots: readonly NodeId[];
  /** Tops of subtrees that hang from no root (their parent is missing, or they sit in a cycle). */
  readonly detached: readonly NodeId[];
  /** Children of each node, sorted by id (natural order: "cp-2" before "cp-10"). */
  readonly children: ReadonlyMap<NodeId, readonly NodeId[]>;
  /** Depth from its root (roots and detached tops are 0). */
  readonly depth: ReadonlyMap<NodeId, number>;
  /** Pre-order of every indexed node: roots first, then detached subtrees. */
  readonly order: readonly NodeId[];
  /** Number of descendants of each kind beneath each node. */
  readonly countsBeneath: ReadonlyMap<NodeId, KindCounts>;
  /** Warnings (and any other issues) whose `entity.id` is the node's id, in the received order. */
  readonly issuesByNode: ReadonlyMap<string, readonly TopologyIssue[]>;
  readonly diagnostics: readonly StructuralDiagnostic[];
  /** Ancestors from the root (or detached top) down to `id`, inclusive. */
  pathTo(id: NodeId): NodeId[];
  childrenOf(id: NodeId): readonly NodeId[];
}

const EMPTY: readonly NodeId[] = Object.freeze([]);

/**
 * The index of `topology`. Given the index of an earlier topology whose nodes differ from these
 * only in fields that do not shape the tree (a name, a limit, an asset: not an id, a kind or a
 * parent), its tree (children, depth, order, counts, structural diagnostics) is kept rather than
 * built again: the same objects, so what was computed from them need not be computed again.
 */
export function buildTopologyIndex(topology: MicrogridTopology, previous?: TopologyIndex | null): TopologyIndex {
  const kept = previous ? sameShape(previous, topology) : null;
  if (kept !== null) return indexOf(topology, { ...kept, diagnostics: kept.diagnostics.filter((d) => d.code !== 'ISSUE_ENTITY_UNKNOWN') });
  return indexOf(topology, buildTree(topology));
}

/** The part of the index that the tree's shape decides; its diagnostics are the structural ones alone. */
type Tree = Omit<TopologyIndex, 'topology' | 'issuesByNode' | 'pathTo' | 'childrenOf'>;

/** `previous`'s tree with `topology`'s nodes, when the two have the same shape; else null. */
function sameShape(previous: TopologyIndex, topology: MicrogridTopology): Tree | null {
  const before = previous.topology.nodes;
  const after = topology.nodes;
  // With duplicate ids, which node is kept depends on all of their fields.
  if (before.length !== after.length || previous.nodes.size !== after.length) return null;
  let nodes: Map<NodeId, MicrogridNode> | null = null;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a === b) continue;
    if (a.id !== b.id || a.kind !== b.kind || a.parent_id !== b.parent_id) return null;
    nodes ??= new Map(previous.nodes);
    nodes.set(b.id, b);
  }
  return { ...previous, nodes: nodes ?? previous.nodes };
}

function buildTree(topology: MicrogridTopology): Tree {
  const { nodes, diagnostics, roots, detached } = structuralDiagnostics(topology);

  const children = new Map<NodeId, NodeId[]>();
  for (const node of nodes.values()) {
    if (node.parent_id === null || !nodes.has(node.parent_id)) continue;
    const list = children.get(node.parent_id);
    if (list) list.push(node.id);
    else children.set(node.parent_id, [node.id]);
  }
  for (const list of children.values()) list.sort(compareIds);

  // Iterative pre-order walk; `visited` guards against cycles among detached nodes.
  const depth = new Map<NodeId, number>();
  const order: NodeId[] = [];
  for (const top of [...roots, ...detached]) {
    if (depth.has(top)) continue;
    const stack: Array<[NodeId, number]> = [[top, 0]];
    while (stack.length > 0) {
      const [id, d] = stack.pop()!;
      if (depth.has(id)) continue;
      depth.set(id, d);
      order.push(id);
      const kids = children.get(id);
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, d + 1]);
    }
  }

  // Post-order roll-up of counts by kind (reverse pre-order visits children before parents).
  const countsBeneath = new Map<NodeId, Record<string, number>>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const own: Record<string, number> = countsBeneath.get(id) ?? emptyKindCounts();
    countsBeneath.set(id, own);
    const node = nodes.get(id)!;
    const parent = node.parent_id;
    if (parent === null || !depth.has(parent) || depth.get(parent)! >= depth.get(id)!) continue;
    const up: Record<string, number> = countsBeneath.get(parent) ?? emptyKindCounts();
    countsBeneath.set(parent, up);
    up[node.kind] = (up[node.kind] ?? 0) + 1;
    for (const kind in own) up[kind] = (up[kind] ?? 0) + own[kind]!;
  }
  return { nodes, roots, detached, children, depth, order, countsBeneath, diagnostics };
}

/** The index: `tree` with the warnings by node, and a diagnostic for each warning about no node. */
function indexOf(topology: MicrogridTopology, tree: Tree): TopologyIndex {
  const { nodes, roots, detached, children, depth, order, countsBeneath } = tree;
  const diagnostics = [...tree.diagnostics];
  const issuesByNode = new Map<string, TopologyIssue[]>();
  for (const issue of topology.warnings) {
    const list = issuesByNode.get(issue.entity.id);
    if (list) list.push(issue);
    else issuesByNode.set(issue.entity.id, [issue]);
  }
  for (const id of issuesByNode.keys()) {
    if (!nodes.has(id as NodeId)) {
      diagnostics.push({
        code: 'ISSUE_ENTITY_UNKNOWN',
        message: `A warning names ${id}, which is not a node of this topology.`,
        nodeIds: [],
      });
    }
  }

  const pathTo = (id: NodeId): NodeId[] => {
    const path: NodeId[] = [];
    let current: NodeId | null = id;
    const d = depth.get(id);
    if (d === undefined) return path;
    for (let i = d; i >= 0 && current !== null; i--) {
      path.push(current);
      current = i > 0 ? (nodes.get(current)?.parent_id ?? null) : null;
    }
    return path.reverse();
  };

  return {
    topology,
    nodes,
    roots,
    detached,
    children,
    depth,
    order,
    countsBeneath,
    issuesByNode,
    diagnostics,
    pathTo,
    childrenOf: (id) => children.get(id) ?? EMPTY,
  };
}

/**
 * Whether two indexes have the very same tree (one was built from the other, see
 * `buildTopologyIndex`): the same ids, kinds and parents, so the same layout and expansion.
 */
export function sameTree(a: TopologyIndex, b: TopologyIndex): boolean {
  return a === b || (a.children === b.children && a.order === b.order && a.depth === b.depth);
}

export function kindOf(index: TopologyIndex, id: NodeId): NodeKind | undefined {
  return index.nodes.get(id)?.kind;
}
