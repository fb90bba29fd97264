/**
 * Tidy-tree layout (d3-hierarchy), root on the left, one column per depth. Framework-free.
 *
 * Positions depend only on the tree index, whose children are sorted by id, so any permutation
 * of the same nodes gives the same picture. Sizes are fixed per kind, so no measuring is needed.
 */
import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { NodeId, NodeKind, TopologyIndex } from '../../domain/topology';

export interface Size {
  readonly width: number;
  readonly height: number;
}

const SIZES: Readonly<Record<string, Size>> = {
  MICROGRID: { width: 230, height: 84 },
  GRID_CONNECTION: { width: 230, height: 104 },
  CIRCUIT: { width: 230, height: 104 },
  CHARGE_POINT: { width: 250, height: 108 },
  CONNECTOR: { width: 230, height: 84 },
};
const GENERIC_SIZE: Size = { width: 210, height: 72 };

export function nodeSizeOf(kind: NodeKind): Size {
  // Own keys only: kinds are open strings, and `__proto__` must not find Object.prototype here.
  return Object.hasOwn(SIZES, kind) ? SIZES[kind]! : GENERIC_SIZE;
}

/** Vertical gap between siblings; cousins get a little more so branches read apart. */
export const SIBLING_GAP = 16;
export const COUSIN_GAP = 40;
/** Horizontal gap between depth columns (room for the edges). */
export const COLUMN_GAP = 80;
/** Gap between separate trees (several roots, detached subtrees). */
export const TREE_GAP = 120;

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface TreeLayout {
  /** Top-left corner of each visible node, in flow coordinates. */
  readonly positions: ReadonlyMap<NodeId, Point>;
  /** Visible nodes in pre-order (main trees first, then detached ones). */
  readonly visible: readonly NodeId[];
  /** Parent → child pairs between visible nodes. */
  readonly edges: ReadonlyArray<readonly [NodeId, NodeId]>;
  /** Visible nodes that sit in a detached subtree (hanging from no root). */
  readonly unplaced: ReadonlySet<NodeId>;
  readonly width: number;
  readonly height: number;
}

interface Placed {
  id: NodeId;
  depth: number;
  breadth: number;
}

/** The items whose children are not drawn. */
export type Collapsed = Pick<ReadonlySet<NodeId>, 'has'>;

/** Collapsed, as the layout reads it: every item not in the view store's expanded set. */
export function collapsedOutside(expanded: ReadonlySet<NodeId>): Collapsed {
  return { has: (id) => !expanded.has(id) };
}

export function layoutTree(index: TopologyIndex, collapsed: Collapsed): TreeLayout {
  const size = (id: NodeId): Size => nodeSizeOf(index.nodes.get(id)?.kind ?? '');
  const seen = new Set<NodeId>();
  // Guards against cycles and against a detached top that another tree already reached.
  const childrenOf = (id: NodeId): NodeId[] | undefined => {
    if (collapsed.has(id)) return undefined;
    const kids = index.childrenOf(id).filter((kid) => !seen.has(kid));
    for (const kid of kids) seen.add(kid);
    return kids.length > 0 ? kids : undefined;
  };
  const layouter = tree<NodeId>()
    .nodeSize([1, 1])
    .separation((a, b) => (size(a.data).height + size(b.data).height) / 2 + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP));

  const forest = (tops: readonly NodeId[]): Array<HierarchyPointNode<NodeId>> => {
    const out: Array<HierarchyPointNode<NodeId>> = [];
    for (const top of tops) {
      if (seen.has(top)) continue;
      seen.add(top);
      out.push(layouter(hierarchy(top, childrenOf)));
    }
    return out;
  };
  const mainTrees = forest(index.roots);
  const detachedTrees = forest(index.detached);

  const positions = new Map<NodeId, Point>();
  const visible: NodeId[] = [];
  const edges: Array<readonly [NodeId, NodeId]> = [];
  const unplaced = new Set<NodeId>();
  let maxX = 0;
  let maxY = 0;

  // Trees are stacked top to bottom; detached ones form a second stack to the right, apart.
  // Returns the width of the stack.
  const place = (trees: Array<HierarchyPointNode<NodeId>>, offsetX: number, flag: boolean): number => {
    const columnX = columnsOf(trees, size);
    let top = 0;
    for (const t of trees) {
      const placed: Placed[] = [];
      let minEdge = Infinity;
      let maxEdge = -Infinity;
      t.eachBefore((n) => {
        const h = size(n.data).height;
        minEdge = Math.min(minEdge, n.x - h / 2);
        maxEdge = Math.max(maxEdge, n.x + h / 2);
        placed.push({ id: n.data, depth: n.depth, breadth: n.x });
        if (n.parent) edges.push([n.parent.data, n.data]);
      });
      for (const p of placed) {
        const s = size(p.id);
        const point = { x: offsetX + columnX[p.depth]!, y: top + p.breadth - minEdge - s.height / 2 };
        positions.set(p.id, point);
        visible.push(p.id);
        if (flag) unplaced.add(p.id);
        maxX = Math.max(maxX, point.x + s.width);
        maxY = Math.max(maxY, point.y + s.height);
      }
      top += maxEdge - minEdge + TREE_GAP;
    }
    return columnX.length > 1 ? columnX[columnX.length - 1]! - COLUMN_GAP : 0;
  };
  const mainWidth = place(mainTrees, 0, false);
  place(detachedTrees, mainTrees.length > 0 ? mainWidth + TREE_GAP * 2 : 0, true);

  return { positions, visible, edges, unplaced, width: maxX, height: maxY };
}

/**
 * Left edge of each depth column, each column as wide as the widest node drawn in it; the last
 * entry is where a further column would start.
 */
function columnsOf(trees: Array<HierarchyPointNode<NodeId>>, size: (id: NodeId) => Size): number[] {
  const widths: number[] = [];
  for (const t of trees) {
    t.each((n) => {
      widths[n.depth] = Math.max(widths[n.depth] ?? 0, size(n.data).width);
    });
  }
  const columnX: number[] = [];
  let x = 0;
  for (const w of widths) {
    columnX.push(x);
    x += w + COLUMN_GAP;
  }
  columnX.push(x);
  return columnX;
}
