/**
 * The graph's roving tab stop: the one node with tabIndex 0. It follows a selection made outside
 * the graph (unless focus is in the graph), is pulled up to the nearest drawn ancestor when a
 * collapse hides it, and moves with the keyboard. A move pans the view so the whole card shows,
 * clear of the graph's panels, then focuses it once React Flow has drawn it (a big depot draws
 * only what is in view, so the node may not be in the DOM until the view has moved).
 */
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import type { TopologyFlowNode } from './flow-elements';
import { FOLD_KIND, foldParentOf, isFoldId, nodeSizeOf, type TreeLayout } from './layout';
import { cardOnScreen, isClear, viewportShowing } from './clear-spot';
import { COMPACT_ZOOM } from './lod';
import { overlayBoxes } from './overlay-boxes';

/** Room kept between a revealed card and the edge of the graph, px on screen. */
const MARGIN = 16;
/** Frames to wait for a node to be drawn before giving up on focusing it. */
const FOCUS_FRAMES = 60;

export interface RovingState {
  /** The node that should hold the tab stop, as last chosen; may be hidden since. */
  readonly wanted: string | null;
  /** Whether a graph node has focus: while it does, a new selection leaves the tab stop alone. */
  readonly holds: boolean;
  readonly seenSelection: NodeId | null;
}

/** The tab stop's state, kept before the layout is made (the layout draws the window around it). */
export function useRovingState(selectedId: NodeId | null, first: NodeId | null) {
  const [state, setState] = useState<RovingState>(() => ({ wanted: selectedId ?? first, holds: false, seenSelection: selectedId }));
  let current = state;
  // A selection made elsewhere takes the tab stop with it, in the same render that shows it.
  if (selectedId !== state.seenSelection) {
    current = { ...state, seenSelection: selectedId, wanted: selectedId !== null && !state.holds ? selectedId : state.wanted };
    setState(current);
  }
  return [current, setState] as const;
}

/** `wanted` if it is drawn, else its nearest drawn ancestor, else the first drawn node. */
export function resolveFocus(index: TopologyIndex, layout: TreeLayout, wanted: string | null): string | null {
  if (wanted !== null && layout.positions.has(wanted as NodeId)) return wanted;
  const real = wanted === null ? null : (foldParentOf(wanted) ?? (wanted as NodeId));
  if (real !== null && index.nodes.has(real)) {
    const path = index.pathTo(real);
    for (let i = path.length - 1; i >= 0; i--) if (layout.positions.has(path[i]!)) return path[i]!;
  }
  return layout.visible[0] ?? null;
}

export function useGraphFocus(options: {
  index: TopologyIndex;
  layout: TreeLayout;
  roving: RovingState;
  setRoving: (update: (state: RovingState) => RovingState) => void;
  containerRef: RefObject<HTMLElement | null>;
}) {
  const { index, layout, roving, setRoving, containerRef } = options;
  const flow = useReactFlow<TopologyFlowNode>();
  const rf = useStoreApi<TopologyFlowNode>();
  const focusedId = useMemo(() => resolveFocus(index, layout, roving.wanted), [index, layout, roving.wanted]);
  // Pulled up for good: expanding again later does not send the tab stop back down.
  if (focusedId !== roving.wanted && focusedId !== null) setRoving((s) => ({ ...s, wanted: focusedId }));

  /** Set by a keyboard move: the node to focus once it is drawn. */
  const pending = useRef<string | null>(null);
  const [request, setRequest] = useState(0);
  const frame = useRef(0);

  const nodeElement = useCallback(
    (id: string): HTMLElement | null => {
      const container = containerRef.current;
      if (!container) return null;
      for (const el of container.querySelectorAll<HTMLElement>('.react-flow__node')) if (el.dataset.id === id) return el;
      return null;
    },
    [containerRef],
  );

  /**
   * Pans (and zooms out only if the card would not fit, in only if the cards are not drawn in full)
   * so the whole card shows, clear of the overlays: in the middle, or as near it as they allow.
   */
  const revealInView = useCallback(
    (id: string) => {
      const position = layout.positions.get(id as NodeId);
      if (!position) return;
      const size = nodeSizeOf(layout.folds.has(id as NodeId) ? FOLD_KIND : (index.nodes.get(id as NodeId)?.kind ?? ''));
      const { width, height, transform } = rf.getState();
      const [x, y, zoom] = transform;
      if (width <= 0 || height <= 0) return;
      const pane = { width, height };
      const obstacles = overlayBoxes(containerRef.current);
      // Far out the nodes are rectangles, or not mounted at all: a node moved to is zoomed in to read.
      const readable = zoom >= COMPACT_ZOOM;
      if (readable && isClear(cardOnScreen(position, size, { x, y, zoom }), pane, obstacles, MARGIN)) return;
      const fits = Math.min((width - 2 * MARGIN) / size.width, (height - 2 * MARGIN) / size.height);
      void flow.setViewport(viewportShowing(position, size, Math.min(Math.max(zoom, COMPACT_ZOOM), fits), pane, obstacles, MARGIN), { duration: 0 });
    },
    [flow, rf, index, layout, containerRef],
  );

  /** Makes `id` the tab stop and focuses it, drawn and in view. */
  const moveFocus = useCallback(
    (id: string) => {
      pending.current = id;
      setRoving((s) => ({ ...s, wanted: id }));
      setRequest((n) => n + 1);
    },
    [setRoving],
  );

  // After a keyboard move, or a re-layout while a node has focus: show the tab stop and focus it.
  // (Not after a click: the node under the pointer must stay where it is.)
  const shownLayout = useRef(layout);
  useEffect(() => {
    const relaid = shownLayout.current !== layout;
    shownLayout.current = layout;
    const moved = pending.current !== null;
    pending.current = null;
    if (focusedId === null || !(moved || (relaid && roving.holds))) return;
    revealInView(focusedId);
    cancelAnimationFrame(frame.current);
    let frames = 0;
    const tryFocus = () => {
      const el = nodeElement(focusedId);
      if (el) {
        if (document.activeElement !== el) el.focus({ preventScroll: true });
        return;
      }
      if (++frames < FOCUS_FRAMES) frame.current = requestAnimationFrame(tryFocus);
    };
    tryFocus();
    return () => cancelAnimationFrame(frame.current);
  }, [focusedId, layout, request, roving.holds, revealInView, nodeElement]);

  /** Focus arrived in the graph (a click, Tab, a move): the node focused becomes the tab stop. */
  const onFocusIn = useCallback(
    (target: EventTarget | null) => {
      const el = target instanceof Element ? target.closest<HTMLElement>('.react-flow__node') : null;
      const id = el?.dataset.id ?? null;
      setRoving((s) => (id === null ? (s.holds ? { ...s, holds: false } : s) : s.holds && s.wanted === id ? s : { ...s, holds: true, wanted: id }));
    },
    [setRoving],
  );
  const onFocusOut = useCallback(
    (next: EventTarget | null) => {
      const container = containerRef.current;
      const stays = next instanceof Element && container?.contains(next) && next.closest('.react-flow__node') !== null;
      if (!stays) setRoving((s) => (s.holds ? { ...s, holds: false } : s));
    },
    [containerRef, setRoving],
  );

  /**
   * After the view moved (a drag, a zoom): when the tab stop's node is out of view, and so not
   * drawn on a big depot, the tab stop moves to the drawn node nearest the middle of the view, so
   * Tab still reaches the graph's nodes.
   */
  const afterViewMoved = useCallback(() => {
    if (roving.holds || focusedId === null || nodeElement(focusedId) !== null) return;
    const { width: w, height: h, transform } = rf.getState();
    const [tx, ty, zoom] = transform;
    const cx = (w / 2 - tx) / zoom;
    const cy = (h / 2 - ty) / zoom;
    let best: string | null = null;
    let bestDistance = Infinity;
    for (const id of layout.visible) {
      if (isFoldId(id)) continue;
      const p = layout.positions.get(id)!;
      const d = Math.hypot(p.x - cx, p.y - cy);
      if (d < bestDistance) {
        bestDistance = d;
        best = id;
      }
    }
    if (best !== null) setRoving((s) => ({ ...s, wanted: best }));
  }, [roving.holds, focusedId, nodeElement, rf, layout, setRoving]);

  return { focusedId, moveFocus, onFocusIn, onFocusOut, afterViewMoved };
}
