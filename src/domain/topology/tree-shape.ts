/**
 * The tree as the views draw it, from the index alone: each item's drawn children and parent, the
 * top items, which items start expanded, and the items a reader can reach. Every walk is a loop
 * over an explicit stack, so a chain thousands of levels deep costs no call stack.
 */
import type { NodeId } from './schema';
import type { TopologyIndex } from './tree-index';

/**
 * Children as the views draw them: only those one level deeper than `id` in the index's walk.
 * In a cycle the node that closes the loop is a child by `parent_id` but was reached first, so it
 * is left out here — otherwise a view would draw it twice, or forever.
 */
export function treeChildren(index: TopologyIndex, id: NodeId): readonly NodeId[] {
  const kids = index.childrenOf(id);
  const d = index.depth.get(id);
  if (d === undefined) return [];
  if (kids.every((k) => index.depth.get(k) === d + 1)) return kids;
  return kids.filter((k) => index.depth.get(k) === d + 1);
}

/** The drawn parent: `parent_id`, except for roots and the tops of unplaced subtrees. */
export function treeParent(index: TopologyIndex, id: NodeId): NodeId | null {
  if (!index.depth.get(id)) return null;
  return index.nodes.get(id)?.parent_id ?? null;
}

/** Roots first, then the tops of unplaced subtrees: the order the views draw their top items. */
export function treeTops(index: TopologyIndex): { roots: readonly NodeId[]; unplaced: readonly NodeId[] } {
  return { roots: index.roots.filter((id) => index.depth.get(id) === 0), unplaced: index.detached };
}

export function connectorCount(index: TopologyIndex): number {
  let n = 0;
  for (const node of index.nodes.values()) if (node.kind === 'CONNECTOR') n++;
  return n;
}

/** Above this many connectors, chargers start collapsed, with their connectors counted. */
export const BIG_DEPOT_CONNECTORS = 200;

/**
 * About how many items the views show before anyone expands anything. Levels open one at a time,
 * from the top, while the items they add fit; a 10,000-connector depot thus opens on its grid
 * connections and feeders (with counts beneath) instead of drawing thousands of items at once.
 */
export const FIRST_VIEW_ROWS = 400;

/**
 * What starts expanded: the top items always; then each depth in turn, wholly or not at all, while
 * the items it adds stay within `FIRST_VIEW_ROWS`. Chargers in a big depot stay collapsed whatever
 * the budget. The result depends only on the index, not on the order of input.
 */
export function defaultExpanded(index: TopologyIndex): Set<NodeId> {
  const collapseChargers = connectorCount(index) > BIG_DEPOT_CONNECTORS;
  const expanded = new Set<NodeId>();
  const { roots, unplaced } = treeTops(index);
  let level: NodeId[] = [...roots, ...unplaced];
  let rows = level.length;
  for (let depth = 0; level.length > 0; depth++) {
    const opening = level.filter(
      (id) => treeChildren(index, id).length > 0 && !(collapseChargers && index.nodes.get(id)?.kind === 'CHARGE_POINT'),
    );
    const next: NodeId[] = [];
    for (const id of opening) for (const kid of treeChildren(index, id)) next.push(kid);
    if (depth > 0 && rows + next.length > FIRST_VIEW_ROWS) break;
    for (const id of opening) expanded.add(id);
    rows += next.length;
    level = next;
  }
  return expanded;
}

/** The items a reader can reach, in screen order (pre-order through expanded items). */
export function visibleItems(index: TopologyIndex, expanded: ReadonlySet<NodeId>): NodeId[] {
  const { roots, unplaced } = treeTops(index);
  const out: NodeId[] = [];
  const stack: NodeId[] = [...roots, ...unplaced].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    if (!expanded.has(id)) continue;
    const kids = treeChildren(index, id);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

/** The drawn ancestors of `id`, top first (empty for a top item or an unknown id). */
export function ancestorsOf(index: TopologyIndex, id: NodeId): NodeId[] {
  return index.pathTo(id).slice(0, -1);
}
