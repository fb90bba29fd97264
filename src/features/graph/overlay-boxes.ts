/** The boxes of the graph's overlays (React Flow panels: legend, zoom controls, minimap) in the pane's px. */
import type { Box } from './clear-spot';

export function overlayBoxes(container: HTMLElement | null): Box[] {
  const pane = container?.querySelector('.react-flow')?.getBoundingClientRect();
  if (!container || !pane) return [];
  const boxes: Box[] = [];
  for (const panel of container.querySelectorAll('.react-flow__panel')) {
    const r = panel.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    boxes.push({ left: r.left - pane.left, top: r.top - pane.top, right: r.right - pane.left, bottom: r.bottom - pane.top });
  }
  return boxes;
}
