/**
 * The minimap: the whole drawn tree painted on a canvas, with a frame for the part in view. Press
 * or drag on it to move the view there. A tidy tree of thousands of nodes is hundreds of times
 * taller than wide, so the picture is stretched to use at least most of the box both ways (an SVG
 * rectangle per node, at one scale, would be a blank box with a hairline down its middle).
 */
import { useEffect, useMemo, useRef, type JSX, type PointerEvent } from 'react';
import { useStoreApi, type Viewport } from '@xyflow/react';
import type { TopologyIndex } from '../../domain/topology';
import { drawLayout, paletteOf, preparedContext, type Mapping } from './draw-nodes';
import type { TopologyFlowNode } from './flow-elements';
import type { TreeLayout } from './layout';

export const MINIMAP_WIDTH = 200;
export const MINIMAP_HEIGHT = 150;
const PAD = 4;
/** Neither side of the picture is stretched to less than this share of the box. */
const MIN_SHARE = 0.6;

/** Flow coordinates to minimap px: one scale if the tree's shape allows, else stretched. */
export function minimapMapping(layoutWidth: number, layoutHeight: number, boxWidth = MINIMAP_WIDTH, boxHeight = MINIMAP_HEIGHT): Mapping {
  const w = boxWidth - 2 * PAD;
  const h = boxHeight - 2 * PAD;
  const lw = Math.max(layoutWidth, 1);
  const lh = Math.max(layoutHeight, 1);
  const s = Math.min(w / lw, h / lh);
  const sx = Math.min(w / lw, Math.max(s, (MIN_SHARE * w) / lw));
  const sy = Math.min(h / lh, Math.max(s, (MIN_SHARE * h) / lh));
  return { sx, sy, tx: PAD + (w - lw * sx) / 2, ty: PAD + (h - lh * sy) / 2 };
}

export interface GraphMinimapProps {
  index: TopologyIndex;
  layout: TreeLayout;
  selectedId: string | null;
  /** Moves the view (see TopologyGraph's useMoveView). */
  move: (viewport: Viewport) => void;
}

export function GraphMinimap({ index, layout, selectedId, move }: GraphMinimapProps): JSX.Element {
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const frameRef = useRef<HTMLDivElement | null>(null);
  const rf = useStoreApi<TopologyFlowNode>();
  const map = useMemo(() => minimapMapping(layout.width, layout.height), [layout]);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    const ctx = preparedContext(canvas, MINIMAP_WIDTH, MINIMAP_HEIGHT);
    if (!ctx) return;
    const palette = paletteOf(canvas);
    drawLayout(ctx, index, layout, palette, map, { width: MINIMAP_WIDTH, height: MINIMAP_HEIGHT, minSide: 1, edges: false, selectedId });
  }, [index, layout, map, selectedId]);

  // The frame follows the view without a React render: it moves on every frame of a pan.
  useEffect(() => {
    const place = () => {
      const frame = frameRef.current;
      if (!frame) return;
      const { transform, width, height } = rf.getState();
      const [tx, ty, zoom] = transform;
      const x0 = Math.max(0, (-tx / zoom) * map.sx + map.tx);
      const y0 = Math.max(0, (-ty / zoom) * map.sy + map.ty);
      const x1 = Math.min(MINIMAP_WIDTH, ((width - tx) / zoom) * map.sx + map.tx);
      const y1 = Math.min(MINIMAP_HEIGHT, ((height - ty) / zoom) * map.sy + map.ty);
      // At least a few px, so the view is findable however far in it is zoomed.
      const w = Math.max(4, x1 - x0);
      const h = Math.max(4, y1 - y0);
      frame.style.transform = `translate(${Math.min(x0, MINIMAP_WIDTH - w)}px, ${Math.min(y0, MINIMAP_HEIGHT - h)}px)`;
      frame.style.width = `${w}px`;
      frame.style.height = `${h}px`;
    };
    place();
    return rf.subscribe(place);
  }, [rf, map]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - map.tx) / map.sx;
    const y = (event.clientY - box.top - map.ty) / map.sy;
    const { transform, width, height } = rf.getState();
    const zoom = transform[2];
    move({ x: width / 2 - x * zoom, y: height / 2 - y * zoom, zoom });
  };

  return (
    <div
      className="graph-minimap nodrag nopan"
      style={{ width: MINIMAP_WIDTH, height: MINIMAP_HEIGHT }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
    >
      <canvas ref={canvasRef} role="img" aria-label="Minimap" style={{ width: MINIMAP_WIDTH, height: MINIMAP_HEIGHT }} />
      <div ref={frameRef} className="graph-minimap__view" aria-hidden="true" />
    </div>
  );
}
