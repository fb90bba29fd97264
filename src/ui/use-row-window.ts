/**
 * Which rows of a long list of fixed-height rows to mount: those in the scroller's view, plus a
 * margin above and below, so scrolling never shows a gap. Thousands of rows cost what a screenful
 * costs. Before the scroller has a height (not laid out yet), a first screenful is assumed.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

/** The tree's row height, px; other lists pass their own. */
export const ROW_HEIGHT = 28;
/**
 * Rows mounted beyond each edge of the view: more than a wheel step or a page key moves, so that
 * scrolling shows rows already there, and few enough that a render mounts little beyond the view.
 */
const OVERSCAN = 8;
/**
 * The height assumed until the scroller is measured: the screen's (no scroller is taller), read
 * from `screen`, which unlike the window's size never makes the browser lay the page out.
 */
const assumedHeight = (): number => (typeof screen === 'undefined' || !(screen.height > 0) ? 1200 : screen.height);

export interface RowWindow {
  readonly start: number;
  readonly end: number;
}

export function windowOf(scrollTop: number, height: number, count: number, rowHeight = ROW_HEIGHT, assumed = assumedHeight()): RowWindow {
  const first = Math.floor(scrollTop / rowHeight);
  // One past the last row in view, a row cut by the bottom edge included.
  const last = Math.ceil((scrollTop + (height > 0 ? height : assumed)) / rowHeight);
  return { start: Math.max(0, first - OVERSCAN), end: Math.min(count, last + OVERSCAN) };
}

export interface RowWindowControl extends RowWindow {
  /** Whether the scroller has been measured: until then a screen's height is assumed. */
  readonly measured: boolean;
  /** Scrolls the least distance that shows the row at `slot` whole; no move when it already is. */
  reveal(slot: number): void;
}

/** The scroll position that shows the row at `slot` whole, moving as little as it can. */
export function topShowing(slot: number, top: number, height: number, rowHeight = ROW_HEIGHT, assumed = assumedHeight()): number {
  const h = height > 0 ? height : assumed;
  const rowTop = slot * rowHeight;
  if (rowTop < top) return rowTop;
  if (rowTop + rowHeight > top + h) return rowTop + rowHeight - h;
  return top;
}

/**
 * The window of rows to mount in the element given to `ref` (the scroller). Measured by a
 * ResizeObserver and on scroll; `reveal` moves the window at once, whether or not a scroll event
 * ever reports the move.
 */
function scrollElementTo(element: HTMLElement, top: number): void {
  element.scrollTop = top;
}

export function useRowWindow(count: number, rowHeight = ROW_HEIGHT): RowWindowControl & { ref: (element: HTMLElement | null) => void } {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  // Where the element was last seen scrolled to (a new scroller starts at the top). Kept rather
  // than read when the window moves: reading scrollTop would lay out the page there and then.
  const seen = useRef<{ element: HTMLElement | null; top: number }>({ element: null, top: 0 });

  useEffect(() => {
    if (!element) return;
    const measure = () => {
      const top = element.scrollTop;
      seen.current = { element, top };
      setView((v) => (v.top === top && v.height === element.clientHeight ? v : { top, height: element.clientHeight }));
    };
    element.addEventListener('scroll', measure, { passive: true });
    // Browsers report an observed element's size once at the start, then on each change.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(element);
    return () => {
      element.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [element]);

  const reveal = useCallback(
    (slot: number) => {
      setView((v) => {
        const top = topShowing(slot, v.top, v.height, rowHeight);
        return top === v.top ? v : { top, height: v.height };
      });
    },
    [rowHeight],
  );

  // The element follows the window's position (a reveal), never the other way round mid-scroll.
  useEffect(() => {
    if (!element) return;
    const top = seen.current.element === element ? seen.current.top : 0;
    if (Math.abs(top - view.top) < 1) return;
    scrollElementTo(element, view.top);
    seen.current = { element, top: view.top };
  }, [element, view.top]);

  return { ...windowOf(view.top, view.height, count, rowHeight), measured: view.height > 0, reveal, ref: setElement };
}
