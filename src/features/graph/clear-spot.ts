/**
 * Where to show a card so the graph's overlays (legend, zoom controls, minimap) do not cover it:
 * pure geometry in the pane's px, framework-free.
 */
import type { Viewport } from '@xyflow/react';

/** A rectangle in px, relative to the pane's top-left corner. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
export interface Size {
  readonly width: number;
  readonly height: number;
}
export interface Point {
  readonly x: number;
  readonly y: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const grown = (box: Box, by: number): Box => ({ left: box.left - by, top: box.top - by, right: box.right + by, bottom: box.bottom + by });

/** Whether `card` lies inside the pane, `margin` from its edges and from every obstacle. */
export function isClear(card: Box, pane: Size, obstacles: readonly Box[], margin: number): boolean {
  const inside = card.left >= margin && card.top >= margin && card.right <= pane.width - margin && card.bottom <= pane.height - margin;
  return inside && obstacles.every((o) => !overlaps(card, grown(o, margin)));
}

/**
 * The top-left corner for a card of `card` size nearest `preferred` at which it is clear (see
 * `isClear`); null when there is no such place (the card is too big for the room left). The
 * candidates are the preferred place and every place flush against the pane's edges or beside an
 * obstacle, on each axis, and their combinations.
 */
export function clearSpot(pane: Size, card: Size, obstacles: readonly Box[], preferred: Point, margin: number): Point | null {
  const xs = [preferred.x, margin, pane.width - margin - card.width];
  const ys = [preferred.y, margin, pane.height - margin - card.height];
  for (const o of obstacles) {
    xs.push(o.left - margin - card.width, o.right + margin);
    ys.push(o.top - margin - card.height, o.bottom + margin);
  }
  let best: Point | null = null;
  let bestDistance = Infinity;
  for (const x of xs) {
    for (const y of ys) {
      const box = { left: x, top: y, right: x + card.width, bottom: y + card.height };
      if (!isClear(box, pane, obstacles, margin)) continue;
      const distance = Math.hypot(x - preferred.x, y - preferred.y);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = { x, y };
      }
    }
  }
  return best;
}

/**
 * The viewport at `zoom` that shows the card at `position` (flow units, `size` at zoom 1) in the
 * middle of the pane, or as near the middle as it is clear of the obstacles; in the middle when
 * nowhere is clear.
 */
export function viewportShowing(position: Point, size: Size, zoom: number, pane: Size, obstacles: readonly Box[], margin: number): Viewport {
  const card = { width: size.width * zoom, height: size.height * zoom };
  const middle = { x: (pane.width - card.width) / 2, y: (pane.height - card.height) / 2 };
  const spot = clearSpot(pane, card, obstacles, middle, margin) ?? middle;
  return { x: spot.x - position.x * zoom, y: spot.y - position.y * zoom, zoom };
}

/** The card at `position` (flow units) on screen, in the pane's px, under `viewport`. */
export function cardOnScreen(position: Point, size: Size, viewport: Viewport): Box {
  const { x, y, zoom } = viewport;
  return {
    left: position.x * zoom + x,
    top: position.y * zoom + y,
    right: (position.x + size.width) * zoom + x,
    bottom: (position.y + size.height) * zoom + y,
  };
}
