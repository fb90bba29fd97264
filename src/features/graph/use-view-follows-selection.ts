import { useEffect, useRef, type RefObject } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import type { StoredViewport } from '../../view';
import { viewportShowing } from './clear-spot';
import type { TopologyFlowNode } from './flow-elements';
import { nodeSizeOf, type TreeLayout } from './layout';
import { overlayBoxes } from './overlay-boxes';

/** The first top item and its drawn children: the tree's first level. */
function firstLevel(layout: TreeLayout): readonly NodeId[] {
  const top = layout.visible[0];
  if (top === undefined) return [];
  return [top, ...layout.edges.filter(([parent]) => parent === top).map(([, child]) => child)];
}
const CENTRE_ZOOM = 0.75;
/** The whole tree is framed when it can be read at this zoom or closer. */
const READABLE_ZOOM = 0.5;
/** Room between the top item and the pane's left edge when the view opens on it, px. */
const OPENING_MARGIN = 24;
/** Room kept between a centred card and the graph's overlays, px. */
const OVERLAY_MARGIN = 16;

/**
 * d3-zoom animates long moves by zooming far out mid-flight, which on a big depot would draw
 * thousands of nodes for a few frames; so only moves within a couple of screens are animated.
 */
function isNearby(viewport: Viewport, w: number, h: number, x: number, y: number): boolean {
  const centreX = (w / 2 - viewport.x) / viewport.zoom;
  const centreY = (h / 2 - viewport.y) / viewport.zoom;
  return Math.hypot(x - centreX, y - centreY) * viewport.zoom < 2 * Math.max(w, h);
}

function boundsOf(index: TopologyIndex, layout: TreeLayout, ids: readonly NodeId[]) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const id of ids) {
    const p = layout.positions.get(id);
    if (!p) continue;
    const size = nodeSizeOf(index.nodes.get(id)?.kind ?? '');
    x0 = Math.min(x0, p.x);
    y0 = Math.min(y0, p.y);
    x1 = Math.max(x1, p.x + size.width);
    y1 = Math.max(y1, p.y + size.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Where a depot opens with nothing selected: the whole tree when it can be read so; else the top
 * item and its children, framed when they can be read so; else the top item at the pane's left,
 * readable, with as many of its children beside it as the pane's height allows.
 */
export function openingViewport(index: TopologyIndex, layout: TreeLayout, w: number, h: number, minZoom: number): Viewport {
  const whole = getViewportForBounds({ x: 0, y: 0, width: layout.width, height: layout.height }, w, h, minZoom, 1, 0.1);
  if (whole.zoom >= READABLE_ZOOM) return whole;
  const level = firstLevel(layout);
  const framed = getViewportForBounds(boundsOf(index, layout, level), w, h, minZoom, 1, 0.1);
  if (framed.zoom >= READABLE_ZOOM) return framed;
  const top = layout.positions.get(level[0]!)!;
  const size = nodeSizeOf(index.nodes.get(level[0]!)?.kind ?? '');
  const zoom = CENTRE_ZOOM;
  return { x: OPENING_MARGIN - top.x * zoom, y: h / 2 - (top.y + size.height / 2) * zoom, zoom };
}

/** The viewport that puts the stored middle point in the middle of a pane of `w` × `h` px. */
export function restoredViewport(stored: StoredViewport, w: number, h: number, minZoom: number, maxZoom: number): Viewport {
  const zoom = Math.min(maxZoom, Math.max(minZoom, stored.zoom));
  return { x: w / 2 - stored.x * zoom, y: h / 2 - stored.y * zoom, zoom };
}

/**
 * Frames the view once per index (as stored for the same selection; else on the selection, or on
 * the first nodes), then centres each new selection made outside the graph, clear of the graph's
 * overlays. A node chosen in the graph is already in view: it is left where it is. The viewport
 * is computed from the layout, so no measuring is awaited.
 */
export function useViewFollowsSelection(options: {
  ready: boolean;
  index: TopologyIndex;
  layout: TreeLayout;
  selectedId: NodeId | null;
  /** The node last chosen in the graph itself; read and cleared here. */
  chosenHereRef: RefObject<NodeId | null>;
  minZoom: number;
  /** The view stored at the last visit, given back when the selection is the same. */
  stored?: StoredViewport;
  /** Moves the view through the level of detail (a stored view may be far out). */
  move: (viewport: Viewport) => void;
  containerRef: RefObject<HTMLElement | null>;
}): void {
  const { ready, index, layout, selectedId, chosenHereRef, minZoom, stored, move, containerRef } = options;
  const flow = useReactFlow<TopologyFlowNode>();
  const store = useStoreApi<TopologyFlowNode>();
  const viewedFor = useRef<{ index: TopologyIndex; selectedId: NodeId | null } | null>(null);

  useEffect(() => {
    if (!ready) return;
    const seen = viewedFor.current;
    if (seen && seen.index === index && seen.selectedId === selectedId) return;
    const position = selectedId === null ? undefined : layout.positions.get(selectedId);
    if (selectedId !== null && !position) return;
    viewedFor.current = { index, selectedId };
    // Read once: a later choice of the same node from outside must centre it again.
    const fromGraph = chosenHereRef.current !== null && chosenHereRef.current === selectedId;
    chosenHereRef.current = null;
    // The pane size as React Flow measured it, the same one setCenter works with.
    const { width: w, height: h, maxZoom } = store.getState();

    if (seen === null && stored !== undefined && stored.selectedId === selectedId && w > 0 && h > 0) {
      move(restoredViewport(stored, w, h, minZoom, maxZoom));
      return;
    }
    if (!position) {
      if (seen?.index === index) return; // selection cleared: the view stays
      void flow.setViewport(openingViewport(index, layout, w, h, minZoom));
      return;
    }
    if (seen?.index === index && fromGraph) return;
    const size = nodeSizeOf(index.nodes.get(selectedId!)?.kind ?? '');
    const zoom = Math.max(flow.getZoom(), CENTRE_ZOOM);
    const target = viewportShowing(position, size, zoom, { width: w, height: h }, overlayBoxes(containerRef.current), OVERLAY_MARGIN);
    const x = position.x + size.width / 2;
    const y = position.y + size.height / 2;
    const animate = seen?.index === index && isNearby(flow.getViewport(), w, h, x, y);
    void flow.setViewport(target, { duration: animate ? 300 : 0 });
  }, [ready, index, layout, selectedId, chosenHereRef, minZoom, stored, move, containerRef, flow, store]);
}
