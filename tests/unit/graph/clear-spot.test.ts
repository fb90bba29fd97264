import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardOnScreen, clearSpot, isClear, overlaps, viewportShowing, type Box } from '../../../src/features/graph/clear-spot';

const PANE = { width: 700, height: 450 };
const MARGIN = 16;
// As the graph draws them: the legend top-left, the zoom controls bottom-left, the minimap bottom-right.
const LEGEND: Box = { left: 15, top: 15, right: 295, bottom: 475 };
const CONTROLS: Box = { left: 15, top: 350, right: 42, bottom: 435 };
const MINIMAP: Box = { left: 485, top: 300, right: 685, bottom: 435 };
const CARD = { width: 188, height: 81 };
const middle = { x: (PANE.width - CARD.width) / 2, y: (PANE.height - CARD.height) / 2 };
const boxAt = (x: number, y: number, size = CARD): Box => ({ left: x, top: y, right: x + size.width, bottom: y + size.height });

/** The clear spot nearest `preferred`, by trying every whole pixel: the answer to compare with. */
function nearestByScan(pane: typeof PANE, card: typeof CARD, obstacles: Box[], preferred: { x: number; y: number }): number | null {
  let best: number | null = null;
  for (let x = 0; x <= pane.width; x++) {
    for (let y = 0; y <= pane.height; y++) {
      if (!isClear(boxAt(x, y, card), pane, obstacles, MARGIN)) continue;
      const d = Math.hypot(x - preferred.x, y - preferred.y);
      if (best === null || d < best) best = d;
    }
  }
  return best;
}

describe('a clear spot for the card', () => {
  it('is the preferred place when nothing is in the way', () => {
    expect(clearSpot(PANE, CARD, [CONTROLS, MINIMAP], middle, MARGIN)).toEqual(middle);
  });

  it('moves the card out from under the open legend, just beside it', () => {
    expect(overlaps(boxAt(middle.x, middle.y), LEGEND)).toBe(true);
    const spot = clearSpot(PANE, CARD, [LEGEND, CONTROLS, MINIMAP], middle, MARGIN)!;
    expect(isClear(boxAt(spot.x, spot.y), PANE, [LEGEND, CONTROLS, MINIMAP], MARGIN)).toBe(true);
    expect(spot).toEqual({ x: LEGEND.right + MARGIN, y: middle.y });
  });

  it('is as near the preferred place as any clear place', () => {
    const obstacles = [LEGEND, CONTROLS, MINIMAP];
    const spot = clearSpot(PANE, CARD, obstacles, middle, MARGIN)!;
    const found = Math.hypot(spot.x - middle.x, spot.y - middle.y);
    expect(found).toBeLessThanOrEqual(nearestByScan(PANE, CARD, obstacles, middle)! + 1e-9);
  });

  it('is null when the card fits nowhere clear', () => {
    expect(clearSpot(PANE, { width: 700, height: 300 }, [LEGEND], middle, MARGIN)).toBeNull();
    expect(clearSpot({ width: 100, height: 100 }, CARD, [], { x: 0, y: 0 }, MARGIN)).toBeNull();
  });

  it('whatever the overlays, any spot it gives is clear, and none is missed', () => {
    const small = { width: 120, height: 90 };
    const smallCard = { width: 30, height: 12 };
    const obstacle = fc
      .record({ x: fc.integer({ min: -10, max: 120 }), y: fc.integer({ min: -10, max: 90 }), w: fc.integer({ min: 1, max: 60 }), h: fc.integer({ min: 1, max: 50 }) })
      .map(({ x, y, w, h }): Box => ({ left: x, top: y, right: x + w, bottom: y + h }));
    fc.assert(
      fc.property(fc.array(obstacle, { maxLength: 3 }), fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 78 }), (obstacles, px, py) => {
        const preferred = { x: px, y: py };
        const spot = clearSpot(small, smallCard, obstacles, preferred, 4);
        const scan = (() => {
          let best: number | null = null;
          for (let x = 0; x <= small.width; x++)
            for (let y = 0; y <= small.height; y++) {
              if (!isClear(boxAt(x, y, smallCard), small, obstacles, 4)) continue;
              const d = Math.hypot(x - px, y - py);
              if (best === null || d < best) best = d;
            }
          return best;
        })();
        if (spot === null) return scan === null;
        return isClear(boxAt(spot.x, spot.y, smallCard), small, obstacles, 4) && (scan === null || Math.hypot(spot.x - px, spot.y - py) <= scan + 1e-9);
      }),
      { numRuns: 150 },
    );
  });
});

describe('the viewport showing a card', () => {
  const position = { x: 1200, y: 3400 };
  const size = { width: 250, height: 108 };

  it('centres the card when the middle is clear', () => {
    const viewport = viewportShowing(position, size, 0.75, PANE, [CONTROLS, MINIMAP], MARGIN);
    const card = cardOnScreen(position, size, viewport);
    expect(viewport.zoom).toBe(0.75);
    expect((card.left + card.right) / 2).toBeCloseTo(PANE.width / 2);
    expect((card.top + card.bottom) / 2).toBeCloseTo(PANE.height / 2);
  });

  it('puts the card clear of the overlays when the middle is not', () => {
    const viewport = viewportShowing(position, size, 0.75, PANE, [LEGEND, CONTROLS, MINIMAP], MARGIN);
    expect(isClear(cardOnScreen(position, size, viewport), PANE, [LEGEND, CONTROLS, MINIMAP], MARGIN)).toBe(true);
  });

  it('centres the card when nowhere is clear', () => {
    const viewport = viewportShowing(position, size, 4, PANE, [LEGEND], MARGIN);
    const card = cardOnScreen(position, size, viewport);
    expect((card.left + card.right) / 2).toBeCloseTo(PANE.width / 2);
  });
});
