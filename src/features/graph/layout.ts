/**
 * Tidy-tree layout (d3-hierarchy), root on the left, one column per depth. Framework-free.
 *
 * Positions depend only on the tree index, whose children are sorted by id, so any permutation
 * of the same nodes gives the same picture. Sizes are fixed per kind, so no measuring is needed.
 */
import { hierarchy, tree, type HierarchyNode, type HierarchyPointNode } from 'd3-hierarchy';
import type { NodeId, NodeKind, TopologyIndex } from '../../domain/topology';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The kind a fold card (children too many to draw) is drawn as: no node of the data has it. */
export const FOLD_KIND = '\u0000fold';

const SIZES: ReadonlyMap<string, Size> = new Map([
  ['MICROGRID', { width: 230, height: 84 }],
  ['GRID_CONNECTION', { width: 230, height: 104 }],
  ['CIRCUIT', { width: 230, height: 104 }],
  ['CHARGE_POINT', { width: 250, height: 108 }],
  ['CONNECTOR', { width: 230, height: 84 }],
  [FOLD_KIND, { width: 230, height: 64 }],
]);
const GENERIC_SIZE: Size = { width: 210, height: 72 };

export function nodeSizeOf(kind: NodeKind): Size {
  return SIZES.get(kind) ?? GENERIC_SIZE;
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
  /** Cards standing for children too many to draw, by their (synthetic) ids in `visible`. */
  readonly folds: ReadonlyMap<NodeId, Fold>;
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

/**
 * Above this many children, a node draws a window of them and folds the rest behind a count, on
 * each side: 20,000 chargers under one circuit draw as 200 cards and a "19,800 more" card.
 */
export const MAX_DRAWN_SIBLINGS = 200;

/** A card that stands for children not drawn: before or after the drawn window of `parent`'s. */
export interface Fold {
  readonly parent: NodeId;
  readonly side: 'before' | 'after';
  readonly ids: readonly NodeId[];
}

const FOLD_PREFIX = '\u0000fold:';
export const isFoldId = (id: string): boolean => id.startsWith(FOLD_PREFIX);
const foldId = (parent: NodeId, side: Fold['side']) => `${FOLD_PREFIX}${side}:${parent}` as NodeId;
/** The node whose children the fold card `id` stands for; null for any other id. */
export const foldParentOf = (id: string): NodeId | null =>
  isFoldId(id) ? (id.slice(FOLD_PREFIX.length).replace(/^(before|after):/, '') as NodeId) : null;

/** The window of `count` children to draw, around `at` when it is given. */
export function siblingWindow(count: number, at: number | undefined): { start: number; end: number } {
  if (count <= MAX_DRAWN_SIBLINGS) return { start: 0, end: count };
  const start = at === undefined ? 0 : Math.max(0, Math.min(count - MAX_DRAWN_SIBLINGS, at - Math.floor(MAX_DRAWN_SIBLINGS / 2)));
  return { start, end: start + MAX_DRAWN_SIBLINGS };
}

/**
 * For each node with too many children to draw on the path to `id`, the child on that path: the
 * window of children is drawn around it, so a selection deep in a huge group is always drawn.
 */
export function foldAnchors(index: TopologyIndex, id: NodeId | null): ReadonlyMap<NodeId, NodeId> {
  const anchors = new Map<NodeId, NodeId>();
  if (id === null) return anchors;
  const path = index.pathTo(id);
  for (let i = 0; i + 1 < path.length; i++) {
    if (index.childrenOf(path[i]!).length > MAX_DRAWN_SIBLINGS) anchors.set(path[i]!, path[i + 1]!);
  }
  return anchors;
}

/** A d3 hierarchy node while it is being built (d3's types make depth and height read-only). */
interface Building {
  readonly data: NodeId;
  depth: number;
  height: number;
  parent: Building | null;
  children?: Building[];
}
// d3's own node class, so the tree layout and its methods work on nodes built here.
const HierarchyNodeClass = hierarchy.prototype.constructor as unknown as new (data: NodeId) => Building;

/**
 * What `d3.hierarchy(top, childrenOf)` builds, with the same calls to `childrenOf` in the same
 * order, but each node's height summed bottom-up once: d3 walks up from every node instead, which
 * on a chain 10,000 deep is 50 million steps.
 */
function hierarchyOf(top: NodeId, childrenOf: (id: NodeId) => NodeId[] | undefined): HierarchyNode<NodeId> {
  const root = new HierarchyNodeClass(top);
  const order: Building[] = [];
  const stack: Building[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    const kids = childrenOf(node.data);
    if (!kids || kids.length === 0) continue;
    const children = kids.map((kid) => {
      const child = new HierarchyNodeClass(kid);
      child.parent = node;
      child.depth = node.depth + 1;
      return child;
    });
    node.children = children;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  for (let i = order.length - 1; i > 0; i--) {
    const node = order[i]!;
    if (node.parent!.height < node.height + 1) node.parent!.height = node.height + 1;
  }
  return root as unknown as HierarchyNode<NodeId>;
}

export function layoutTree(index: TopologyIndex, collapsed: Collapsed, anchors: ReadonlyMap<NodeId, NodeId> = new Map()): TreeLayout {
  const folds = new Map<NodeId, Fold>();
  const size = (id: NodeId): Size => nodeSizeOf(folds.has(id) ? FOLD_KIND : (index.nodes.get(id)?.kind ?? ''));
  const seen = new Set<NodeId>();
  // Guards against cycles and against a detached top that another tree already reached.
  const childrenOf = (id: NodeId): NodeId[] | undefined => {
    if (folds.has(id) || collapsed.has(id)) return undefined;
    const all = index.childrenOf(id).filter((kid) => !seen.has(kid));
    const anchor = anchors.get(id);
    const { start, end } = siblingWindow(all.length, anchor === undefined ? undefined : all.indexOf(anchor));
    const kids = all.slice(start, end);
    for (const kid of kids) seen.add(kid);
    if (start > 0) {
      const fold = foldId(id, 'before');
      folds.set(fold, { parent: id, side: 'before', ids: all.slice(0, start) });
      kids.unshift(fold);
    }
    if (end < all.length) {
      const fold = foldId(id, 'after');
      folds.set(fold, { parent: id, side: 'after', ids: all.slice(end) });
      kids.push(fold);
    }
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
      out.push(layouter(hierarchyOf(top, childrenOf)));
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

  return { positions, visible, edges, unplaced, folds, width: maxX, height: maxY };
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
