/**
 * Every move of the view goes through the level of detail (lod.ts): the zoom buttons, Fit view and
 * the minimap call `move`; the wheel, a pinch and a drag, which React Flow applies itself, reach
 * `onMove` in the same task as their new zoom, before anything is drawn at it.
 */
import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { useReactFlow, useStore, useStoreApi, type Edge, type ReactFlowState, type Viewport } from '@xyflow/react';
import type { NodeId } from '../../domain/topology';
import type { TopologyFlowNode } from './flow-elements';
import type { TreeLayout } from './layout';
import { detailLevel, type DetailLevel } from './lod';

/** What React Flow is given at the overview level: nothing to mount (a canvas paints the tree). */
export const NO_NODES: TopologyFlowNode[] = [];
export const NO_EDGES: Edge[] = [];

interface LevelCache {
  layout: TreeLayout;
  kindOf: (id: NodeId) => string;
  transform: ReactFlowState['transform'];
  width: number;
  height: number;
  before: DetailLevel;
  level: DetailLevel;
}

/**
 * The level of detail to draw at (see lod.ts), from React Flow's zoom, pan and pane size. The
 * selector's answer changes only when the level does, so the graph re-renders only then; and it is
 * worked out again only when the view, the pane or the level shown has changed, not on each of the
 * many store changes of a frame in which nodes mount (each one measured).
 */
export function useDetailLevel(layout: TreeLayout, kindOf: (id: NodeId) => string) {
  const shown = useRef<DetailLevel>('full');
  const cache = useRef<LevelCache | null>(null);
  const selector = useCallback(
    (state: ReactFlowState) => {
      const { transform, width, height } = state;
      const before = shown.current;
      const last = cache.current;
      if (last && last.layout === layout && last.kindOf === kindOf && last.transform === transform && last.width === width && last.height === height && last.before === before) return last.level;
      const level = detailLevel(layout, kindOf, state, before);
      cache.current = { layout, kindOf, transform, width, height, before, level };
      return level;
    },
    [layout, kindOf],
  );
  const level = useStore(selector);
  useEffect(() => {
    shown.current = level;
  }, [level]);
  return { level, shown };
}

/**
 * `move` moves the view at once; `onMove` is React Flow's, for the moves it makes itself. Both
 * empty React Flow's nodes when the view lands in the overview: React Flow draws a new zoom
 * before this component can hand it fewer nodes, so a jump far out (Fit view, a fast turn of the
 * wheel) would otherwise mount every node in view for one frame, thousands of them.
 */
export function useMoveView(layout: TreeLayout, kindOf: (id: NodeId) => string, shown: RefObject<DetailLevel>) {
  const rf = useStoreApi<TopologyFlowNode>();
  const flow = useReactFlow<TopologyFlowNode>();
  const emptyForOverview = useCallback(
    (viewport: Viewport) => {
      const { width, height, nodes, setNodes, setEdges } = rf.getState();
      if (nodes.length === 0) return;
      if (detailLevel(layout, kindOf, { transform: [viewport.x, viewport.y, viewport.zoom], width, height }, shown.current) !== 'overview') return;
      setNodes(NO_NODES);
      setEdges(NO_EDGES);
    },
    [rf, layout, kindOf, shown],
  );
  const move = useCallback(
    (viewport: Viewport): void => {
      const { minZoom, maxZoom } = rf.getState();
      const target = { ...viewport, zoom: Math.min(maxZoom, Math.max(minZoom, viewport.zoom)) };
      emptyForOverview(target);
      void flow.setViewport(target, { duration: 0 });
    },
    [rf, flow, emptyForOverview],
  );
  const onMove = useCallback((_event: MouseEvent | TouchEvent | null, viewport: Viewport) => emptyForOverview(viewport), [emptyForOverview]);
  return { move, onMove };
}

/** The view zoomed by `factor` about the pane's middle, as React Flow's own buttons do. */
export function zoomedBy(state: Pick<ReactFlowState, 'transform' | 'width' | 'height' | 'minZoom' | 'maxZoom'>, factor: number): Viewport {
  const [x, y, zoom] = state.transform;
  const next = Math.min(state.maxZoom, Math.max(state.minZoom, zoom * factor));
  const cx = state.width / 2;
  const cy = state.height / 2;
  return { x: cx - ((cx - x) * next) / zoom, y: cy - ((cy - y) * next) / zoom, zoom: next };
}
