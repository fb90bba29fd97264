/**
 * What the tree shows, computed from the index alone (no React): which children an item draws,
 * which items start expanded, the flattened list of visible items the keyboard walks, and the
 * words each item is announced with.
 */
import {
  KNOWN_NODE_KINDS,
  compareIds,
  countLabel,
  kindLabel,
  limitSourceLabel,
  type KindCounts,
  type MicrogridNode,
  type NodeId,
  type TopologyIndex,
} from '../../domain/topology';
import { formatKilowatts } from '../../domain/units';

/** Above this many connectors, chargers start collapsed, as they do in the graph. */
export const BIG_DEPOT_CONNECTORS = 200;

/**
 * Children as the tree draws them: only those one level deeper than `id` in the index's walk.
 * In a cycle the node that closes the loop is a child by `parent_id` but was reached first, so it
 * is left out here — otherwise the tree would recurse forever.
 */
export function treeChildren(index: TopologyIndex, id: NodeId): readonly NodeId[] {
  const kids = index.childrenOf(id);
  const d = index.depth.get(id);
  if (d === undefined) return [];
  if (kids.every((k) => index.depth.get(k) === d + 1)) return kids;
  return kids.filter((k) => index.depth.get(k) === d + 1);
}

/** The tree parent: `parent_id`, except for roots and the tops of unplaced subtrees. */
export function treeParent(index: TopologyIndex, id: NodeId): NodeId | null {
  if (!index.depth.get(id)) return null;
  return index.nodes.get(id)?.parent_id ?? null;
}

/** Roots first, then the tops of unplaced subtrees: the order the tree draws its top items. */
export function treeTops(index: TopologyIndex): { roots: readonly NodeId[]; unplaced: readonly NodeId[] } {
  return { roots: index.roots.filter((id) => index.depth.get(id) === 0), unplaced: index.detached };
}

function connectorCount(index: TopologyIndex): number {
  let n = 0;
  for (const node of index.nodes.values()) if (node.kind === 'CONNECTOR') n++;
  return n;
}

/**
 * About how many rows the tree shows before anyone expands anything. Levels open one at a time,
 * from the top, while the rows they add fit; a 10,000-connector depot thus opens on its grid
 * connections and feeders (with counts beneath) instead of rendering thousands of rows at once.
 */
export const FIRST_VIEW_ROWS = 400;

/**
 * What starts expanded: the top items always; then each depth in turn, wholly or not at all, while
 * the rows it adds stay within `FIRST_VIEW_ROWS`. Chargers in a big depot stay collapsed whatever
 * the budget, as in the graph. The result depends only on the index, not on the order of input.
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
    const next = opening.flatMap((id) => treeChildren(index, id));
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

export function displayName(node: MicrogridNode): string {
  return node.name ?? node.id;
}

/** "150 kW · rating"; null when the node has no power cap. */
export function capText(node: MicrogridNode): string | null {
  const w = node.limit?.max_power_w ?? null;
  if (w === null) return null;
  const source = node.limit?.source ?? null;
  return source === null ? formatKilowatts(w) : `${formatKilowatts(w)} · ${limitSourceLabel(source)}`;
}

/** Counts beneath, known kinds in tree order then unknown kinds by name: "2 chargers", "4 connectors". */
export function countTexts(counts: KindCounts | undefined): string[] {
  if (!counts) return [];
  const known: readonly string[] = KNOWN_NODE_KINDS;
  const kinds = Object.keys(counts).filter((k) => (counts[k] ?? 0) > 0);
  kinds.sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia >= 0 || ib >= 0) return (ia < 0 ? known.length : ia) - (ib < 0 ? known.length : ib);
    return compareIds(a, b);
  });
  return kinds.map((k) => countLabel(k, counts[k]!));
}

export function warningText(count: number): string {
  return `${count} warning${count === 1 ? '' : 's'}`;
}

export interface ItemFacts {
  node: MicrogridNode;
  /** Counts beneath, given only when they are shown (collapsed items). */
  counts: readonly string[];
  warnings: number;
}

/** The accessible name: "Charger Bay A charger 17, 150 kW rating, OCPP WEL-017, Available, 2 connectors, 1 warning". */
export function itemLabel({ node, counts, warnings }: ItemFacts): string {
  const parts = [`${kindLabel(node.kind)} ${displayName(node)}`];
  const w = node.limit?.max_power_w ?? null;
  if (w !== null) {
    const source = node.limit?.source ?? null;
    parts.push(source === null ? formatKilowatts(w) : `${formatKilowatts(w)} ${limitSourceLabel(source)}`);
  }
  if (node.kind === 'CHARGE_POINT' && node.asset.ocpp_id) parts.push(`OCPP ${node.asset.ocpp_id}`);
  if (node.asset.status && (node.kind === 'CHARGE_POINT' || node.kind === 'CONNECTOR')) parts.push(node.asset.status);
  parts.push(...counts);
  if (warnings > 0) parts.push(warningText(warnings));
  return parts.join(', ');
}
