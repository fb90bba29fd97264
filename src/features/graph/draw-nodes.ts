/**
 * Painting the drawn tree on a canvas, as the compact level of detail does in the DOM: one
 * rectangle per node in its kind's colour, the edges as thin elbows. Shared by the overview (the
 * graph itself, zoomed far out) and the minimap.
 */
import type { NodeId, TopologyIndex } from '../../domain/topology';
import { FOLD_KIND, nodeSizeOf, type TreeLayout } from './layout';

const KIND_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['MICROGRID', '--kind-microgrid'],
  ['GRID_CONNECTION', '--kind-grid-connection'],
  ['CIRCUIT', '--kind-circuit'],
  ['CHARGE_POINT', '--kind-charge-point'],
  ['CONNECTOR', '--kind-connector'],
]);

export interface Palette {
  kind(kind: string): string;
  readonly edge: string;
  readonly selected: string;
  readonly surface: string;
  readonly mask: string;
  readonly frame: string;
}

/** The theme's colours as the element under it computes them (light or dark). */
export function paletteOf(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const unknown = read('--kind-unknown', '#667085');
  const kinds = new Map([...KIND_VARIABLES].map(([kind, variable]) => [kind, read(variable, unknown)]));
  return {
    kind: (kind) => kinds.get(kind) ?? unknown,
    edge: read('--edge', '#6b7686'),
    selected: read('--selected-border', '#1a5fd0'),
    surface: read('--surface', '#ffffff'),
    mask: read('--minimap-mask', 'rgb(28 36 48 / 12%)'),
    frame: read('--border-strong', '#667085'),
  };
}

/** A map from flow coordinates to canvas pixels: x' = x·sx + tx, y' = y·sy + ty. */
export interface Mapping {
  readonly sx: number;
  readonly sy: number;
  readonly tx: number;
  readonly ty: number;
}

export interface DrawOptions {
  /** The canvas's size in CSS px; nothing outside it is painted. */
  readonly width: number;
  readonly height: number;
  /** Smallest side of a painted rectangle in CSS px, so a far-out view is not blank. */
  readonly minSide: number;
  readonly edges: boolean;
  /** Whether the nodes are painted too (not when they are mounted over the canvas); true if absent. */
  readonly nodes?: boolean;
  readonly selectedId: string | null;
}

const sizeOf = (index: TopologyIndex, layout: TreeLayout, id: NodeId) =>
  nodeSizeOf(layout.folds.has(id) ? FOLD_KIND : (index.nodes.get(id)?.kind ?? ''));

/** Paints the layout on `ctx` (already scaled for the device's pixel ratio). */
export function drawLayout(ctx: CanvasRenderingContext2D, index: TopologyIndex, layout: TreeLayout, palette: Palette, map: Mapping, options: DrawOptions): void {
  const { width, height, minSide } = options;
  if (options.edges) {
    ctx.beginPath();
    for (const [from, to] of layout.edges) {
      const a = layout.positions.get(from);
      const b = layout.positions.get(to);
      if (!a || !b) continue;
      const sa = sizeOf(index, layout, from);
      const sb = sizeOf(index, layout, to);
      const x0 = (a.x + sa.width) * map.sx + map.tx;
      const y0 = (a.y + sa.height / 2) * map.sy + map.ty;
      const x1 = b.x * map.sx + map.tx;
      const y1 = (b.y + sb.height / 2) * map.sy + map.ty;
      if (Math.max(x0, x1) < 0 || Math.min(x0, x1) > width || Math.max(y0, y1) < 0 || Math.min(y0, y1) > height) continue;
      const mid = (x0 + x1) / 2;
      ctx.moveTo(x0, y0);
      ctx.lineTo(mid, y0);
      ctx.lineTo(mid, y1);
      ctx.lineTo(x1, y1);
    }
    ctx.strokeStyle = palette.edge;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
  if (options.nodes === false) return;
  // One fill per kind: switching fillStyle per rectangle costs more than the rectangles.
  const byKind = new Map<string, number[]>();
  let selected: number[] | null = null;
  for (const [id, p] of layout.positions) {
    const size = sizeOf(index, layout, id);
    const w = Math.max(size.width * map.sx, minSide);
    const h = Math.max(size.height * map.sy, minSide);
    const x = p.x * map.sx + map.tx;
    const y = p.y * map.sy + map.ty;
    if (x > width || y > height || x + w < 0 || y + h < 0) continue;
    const kind = layout.folds.has(id) ? FOLD_KIND : (index.nodes.get(id)?.kind ?? '');
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(x, y, w, h);
    if (id === options.selectedId) selected = [x, y, w, h];
  }
  for (const [kind, rects] of byKind) {
    ctx.fillStyle = kind === FOLD_KIND ? palette.edge : palette.kind(kind);
    for (let i = 0; i < rects.length; i += 4) ctx.fillRect(rects[i]!, rects[i + 1]!, rects[i + 2]!, rects[i + 3]!);
  }
  if (selected) {
    const [x, y, w, h] = selected as [number, number, number, number];
    ctx.strokeStyle = palette.selected;
    ctx.lineWidth = 3;
    ctx.strokeRect(x - 3, y - 3, w + 6, h + 6);
  }
}

/** Sizes the canvas's backing store for its CSS size and the device's pixel ratio; the context, scaled. */
export function preparedContext(canvas: HTMLCanvasElement, width: number, height: number): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}
