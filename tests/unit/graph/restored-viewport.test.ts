import { describe, expect, it } from 'vitest';
import { restoredViewport } from '../../../src/features/graph/use-view-follows-selection';

describe('a stored graph view, given back', () => {
  it('puts the stored middle point in the middle of the pane, at the stored zoom', () => {
    const stored = { x: 1500, y: 820, zoom: 0.4, selectedId: null };
    for (const [w, h] of [
      [800, 450],
      [1200, 700],
    ] as const) {
      const v = restoredViewport(stored, w, h, 0.01, 2);
      expect(v.zoom).toBe(0.4);
      // The flow point at the pane's middle.
      expect((w / 2 - v.x) / v.zoom).toBeCloseTo(stored.x);
      expect((h / 2 - v.y) / v.zoom).toBeCloseTo(stored.y);
    }
  });

  it("keeps the zoom within the graph's limits", () => {
    expect(restoredViewport({ x: 0, y: 0, zoom: 9, selectedId: null }, 800, 450, 0.01, 2).zoom).toBe(2);
    expect(restoredViewport({ x: 0, y: 0, zoom: 0.0001, selectedId: null }, 800, 450, 0.01, 2).zoom).toBe(0.01);
  });
});
