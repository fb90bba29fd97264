/**
 * The graph far zoomed out (the `overview` level of detail): every drawn node painted on a canvas
 * under React Flow's pane, following its pan and zoom, while no node is mounted. Pointer events
 * pass through to the pane, which pans, zooms and (see TopologyGraph) selects the node clicked.
 * With `nodes` false (the compact level of a big tree) it paints only the edges, under the nodes
 * React Flow mounts.
 */
import { useEffect, useRef, type JSX } from 'react';
import { useStoreApi } from '@xyflow/react';
import type { TopologyIndex } from '../../domain/topology';
import { drawLayout, paletteOf, preparedContext } from './draw-nodes';
import type { TopologyFlowNode } from './flow-elements';
import type { TreeLayout } from './layout';

export function OverviewCanvas({ index, layout, selectedId, nodes = true }: { index: TopologyIndex; layout: TreeLayout; selectedId: string | null; nodes?: boolean }): JSX.Element {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const rf = useStoreApi<TopologyFlowNode>();

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const palette = paletteOf(canvas);
    let frame = 0;
    let drawn: unknown[] = [];
    const draw = () => {
      frame = 0;
      const { transform, width, height } = rf.getState();
      const [tx, ty, zoom] = transform;
      const ctx = preparedContext(canvas, width, height);
      if (!ctx) return;
      drawLayout(ctx, index, layout, palette, { sx: zoom, sy: zoom, tx, ty }, { width, height, minSide: 2, edges: true, nodes, selectedId });
    };
    const schedule = () => {
      const { transform, width, height } = rf.getState();
      const now = [...transform, width, height];
      if (now.every((v, i) => v === drawn[i])) return;
      drawn = now;
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    schedule();
    const unsubscribe = rf.subscribe(schedule);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [rf, index, layout, selectedId, nodes]);

  return <canvas ref={canvasRef} className="graph-overview" aria-hidden="true" />;
}
