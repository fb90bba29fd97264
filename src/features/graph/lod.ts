/**
 * Level of detail: what the graph draws at a given zoom. Framework-free.
 *
 * - `full`: the cards, with their text, icons and buttons (only those inside the view are mounted
 *   on a big depot).
 * - `compact`: below `COMPACT_ZOOM` the text is too small to read, so each mounted node is a plain
 *   rectangle in its kind's colour: cheap to mount, still clickable and focusable.
 * - `overview`: when more than `MAX_MOUNTED` nodes would be inside the view, no node is mounted at
 *   all; a canvas draws every drawn node as such a rectangle. Mounting thousands of elements
 *   blocks the page for seconds whatever each of them costs; painting rectangles does not.
 *
 * On a tree big enough to have an overview, the compact level's edges are painted on that canvas
 * too, under the mounted rectangles: handing React Flow thousands of edges (and mounting those in
 * view) when the view comes back from the overview would cost as much again as the nodes.
 */
import type { NodeId } from '../../domain/topology';
import { FOLD_KIND, nodeSizeOf, type TreeLayout } from './layout';

export type DetailLevel = 'full' | 'compact' | 'overview';

/** Below this zoom a card's 12 px text is under 4 px tall: the nodes are drawn compact. */
export const COMPACT_ZOOM = 0.35;
/** The most nodes mounted at once below `COMPACT_ZOOM`; beyond it the canvas overview takes over. */
export const MAX_MOUNTED = 400;
/** Back from the overview only below this many, so panning at the limit does not flip it to and fro. */
export const MOUNT_AGAIN = 300;

/** The zoom and pan as React Flow keeps them, and the pane's size in px. */
export interface ViewBox {
  readonly transform: readonly [number, number, number];
  readonly width: number;
  readonly height: number;
}

/** How many drawn nodes overlap the view; counting stops once past `limit`. */
export function nodesInView(layout: TreeLayout, kindOf: (id: NodeId) => string, view: ViewBox, limit = Infinity): number {
  const [tx, ty, zoom] = view.transform;
  const left = -tx / zoom;
  const top = -ty / zoom;
  const right = left + view.width / zoom;
  const bottom = top + view.height / zoom;
  let count = 0;
  for (const [id, p] of layout.positions) {
    if (p.x > right || p.y > bottom) continue;
    const size = nodeSizeOf(layout.folds.has(id) ? FOLD_KIND : kindOf(id));
    if (p.x + size.width < left || p.y + size.height < top) continue;
    if (++count > limit) break;
  }
  return count;
}

/**
 * Whether nodes are drawn compact. A pane not laid out yet (no size: a hidden panel) has no zoom
 * to speak of; its nodes are drawn in full.
 */
export const isCompactZoom = (view: ViewBox): boolean => view.width > 0 && view.height > 0 && view.transform[2] < COMPACT_ZOOM;

/**
 * The level to draw at: full cards at readable zooms; below, compact nodes while few enough are
 * in view, else the overview. `before` is the level drawn now (the overview is left only once the
 * count drops to `MOUNT_AGAIN`).
 */
export function detailLevel(layout: TreeLayout, kindOf: (id: NodeId) => string, view: ViewBox, before: DetailLevel): DetailLevel {
  if (!isCompactZoom(view)) return 'full';
  if (layout.visible.length <= MOUNT_AGAIN) return 'compact';
  const limit = before === 'overview' ? MOUNT_AGAIN : MAX_MOUNTED;
  return nodesInView(layout, kindOf, view, limit) > limit ? 'overview' : 'compact';
}

/** Whether the edges are painted on the canvas rather than mounted as React Flow's (see above). */
export const paintsEdges = (layout: TreeLayout, level: DetailLevel): boolean =>
  level === 'overview' || (level === 'compact' && layout.visible.length > MOUNT_AGAIN);
