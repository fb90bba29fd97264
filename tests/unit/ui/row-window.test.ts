// @vitest-environment jsdom
/**
 * Which rows a windowed list mounts: the rows in view and 8 beyond each edge, and, before the
 * scroller is measured, a screen's height of them.
 */
import { describe, expect, it, vi } from 'vitest';
import { topShowing, windowOf } from '../../../src/ui/use-row-window';

describe('windowOf', () => {
  it('mounts the rows in view and 8 beyond each edge', () => {
    // 34 px rows, scrolled 10 rows down, a view 10 rows tall: rows 10 to 19 are in view.
    expect(windowOf(340, 340, 1000, 34)).toEqual({ start: 2, end: 28 });
    // Scrolled 350 px: rows 10 to 20 show, row 20 cut by the view's bottom edge, and it counts as in view.
    expect(windowOf(350, 340, 1000, 34)).toEqual({ start: 2, end: 29 });
  });

  it('stops at the list’s ends', () => {
    expect(windowOf(0, 340, 1000, 34)).toEqual({ start: 0, end: 18 });
    expect(windowOf(990 * 34, 340, 1000, 34)).toEqual({ start: 982, end: 1000 });
    expect(windowOf(0, 340, 5, 34)).toEqual({ start: 0, end: 5 });
  });

  it('assumes the screen’s height until the scroller has one', () => {
    vi.spyOn(window.screen, 'height', 'get').mockReturnValue(680);
    // 680 px of 34 px rows is 20 rows, and 8 beyond.
    expect(windowOf(0, 0, 1000, 34)).toEqual({ start: 0, end: 28 });
    expect(windowOf(0, 0, 1000, 34, 340)).toEqual({ start: 0, end: 18 });
  });

  it('assumes a tall screen where none is known', () => {
    vi.spyOn(window.screen, 'height', 'get').mockReturnValue(0);
    // 1,200 px of 30 px rows is 40 rows, and 8 beyond.
    expect(windowOf(0, 0, 1000, 30)).toEqual({ start: 0, end: 48 });
  });
});

describe('topShowing', () => {
  it('moves the least distance that shows the row whole', () => {
    // View 0–280 px, 28 px rows: row 5 is in view; row 20 needs the view to end at 588 px.
    expect(topShowing(5, 0, 280)).toBe(0);
    expect(topShowing(20, 0, 280)).toBe(20 * 28 + 28 - 280);
    expect(topShowing(2, 200, 280)).toBe(56);
  });
});
