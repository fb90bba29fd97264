import { useEffect, useRef, type RefObject } from 'react';
import { getViewportForBounds, useReactFlow, useStoreApi, type Viewport } from '@xyflow/react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import type { TopologyFlowNode } from './flow-elements';
import { nodeSizeOf, type TreeLayout } from './layout';

/** A big depot opens on its first nodes, readable; the minimap shows the rest. */
const INITIAL_FIT_LIMIT = 6;

/**
 * What to frame when the whole tree is too big to read: the first nodes from the first leaf on,
 * with that leaf's parent and grandparent, so the view opens on a readable branch in its context
 * (a circuit, its chargers, their connectors). Higher ancestors are left out because a tidy tree
 * centres each parent on its subtree: on a big depot the root sits thousands of pixels away.
 */
function initialNodes(index: TopologyIndex, layout: TreeLayout): readonly NodeId[] {
  if (layout.visible.length <= INITIAL_FIT_LIMIT) return layout.visible;
  const parents = new Set(layout.edges.map(([parent]) => parent));
  const at = Math.max(0, layout.visible.findIndex((id) => !parents.has(id)));
  const leaves = layout.visible.slice(at, at + INITIAL_FIT_LIMIT);
  const path = index.pathTo(layout.visible[at]!);
  return [...path.slice(Math.max(0, path.length - 3), -1), ...leaves];
}
const CENTRE_ZOOM = 0.75;
/** The whole tree is framed when it can be read at this zoom or closer. */
const READABLE_ZOOM = 0.5;

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
 * Frames the view once per index (on the selection, or on the first nodes), then centres each
 * new selection made outside the graph. A node chosen in the graph is already in view: it is
 * left where it is. The viewport is computed from the layout, so no measuring is awaited.
 */
export function useViewFollowsSelection(options: {
  ready: boolean;
  index: TopologyIndex;
  layout: TreeLayout;
  selectedId: NodeId | null;
  /** The node last chosen in the graph itself; read and cleared here. */
  chosenHereRef: RefObject<NodeId | null>;
  minZoom: number;
}): void {
  const { ready, index, layout, selectedId, chosenHereRef, minZoom } = options;
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
    const { width: w, height: h } = store.getState();

    if (!position) {
      if (seen?.index === index) return; // selection cleared: the view stays
      const whole = getViewportForBounds({ x: 0, y: 0, width: layout.width, height: layout.height }, w, h, minZoom, 1, 0.1);
      const first = () => getViewportForBounds(boundsOf(index, layout, initialNodes(index, layout)), w, h, minZoom, 1, 0.1);
      void flow.setViewport(whole.zoom >= READABLE_ZOOM ? whole : first());
      return;
    }
    if (seen?.index === index && fromGraph) return;
    const size = nodeSizeOf(index.nodes.get(selectedId!)?.kind ?? '');
    const x = position.x + size.width / 2;
    const y = position.y + size.height / 2;
    const zoom = Math.max(flow.getZoom(), CENTRE_ZOOM);
    const animate = seen?.index === index && isNearby(flow.getViewport(), w, h, x, y);
    void flow.setCenter(x, y, { zoom, duration: animate ? 300 : 0 });
  }, [ready, index, layout, selectedId, chosenHereRef, minZoom, flow, store]);
}
