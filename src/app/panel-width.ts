/** The side panels' widths: limits and the keyboard's steps on a splitter, framework-free. */

export interface WidthLimits {
  readonly min: number;
  readonly max: number;
  /** The width before any choice. */
  readonly initial: number;
}

export const TREE_WIDTH: WidthLimits = { min: 192, max: 560, initial: 288 };
export const DETAILS_WIDTH: WidthLimits = { min: 224, max: 640, initial: 352 };

/** One arrow key's step, px; with Shift, `BIG_STEP`. */
export const STEP = 16;
export const BIG_STEP = 64;

export const clampWidth = (width: number, limits: WidthLimits): number => Math.round(Math.min(limits.max, Math.max(limits.min, width)));

/**
 * The width a key gives the panel, or null for a key the splitter does not take. `grows` is the
 * arrow that widens the panel: right for a panel on the left of its splitter, left for one on its
 * right (the splitter moves the way the arrow points).
 */
export function widthAfterKey(key: string, shift: boolean, width: number, limits: WidthLimits, grows: 'ArrowRight' | 'ArrowLeft'): number | null {
  const step = shift ? BIG_STEP : STEP;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return clampWidth(width + (key === grows ? step : -step), limits);
    case 'Home':
      return limits.min;
    case 'End':
      return limits.max;
    case 'Enter':
      return limits.initial;
    default:
      return null;
  }
}
