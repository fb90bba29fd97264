import { describe, expect, it } from 'vitest';
import type { NodeId } from '../../../src/domain/topology';
import { minimapMapping, MINIMAP_HEIGHT, MINIMAP_WIDTH } from '../../../src/features/graph/GraphMinimap';
import { collapsedOutside, layoutTree } from '../../../src/features/graph/layout';
import { COMPACT_ZOOM, detailLevel, MAX_MOUNTED, MOUNT_AGAIN, nodesInView, paintsEdges, type ViewBox } from '../../../src/features/graph/lod';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';

// 1 + 2 + 10 + 200 + 400 = 613 nodes, everything expanded.
const index = indexOf(generateDepot({ gridConnections: 2, circuitsPerGrid: 5, chargersPerCircuit: 20, connectorsPerCharger: 2 }));
const layout = layoutTree(index, collapsedOutside(new Set(index.nodes.keys())));
const kindOf = (id: NodeId) => index.nodes.get(id)?.kind ?? '';
const PANE = { width: 1000, height: 600 };

/** The view at `zoom` with the flow point (x, y) at the pane's top-left corner. */
const view = (zoom: number, x = 0, y = 0): ViewBox => ({ ...PANE, transform: [-x * zoom, -y * zoom, zoom] });
const whole = (): ViewBox => view(Math.min(PANE.width / layout.width, PANE.height / layout.height));

describe('level of detail', () => {
  it('draws full cards at readable zooms, whatever the number in view', () => {
    expect(layout.visible.length).toBe(613);
    expect(detailLevel(layout, kindOf, view(1), 'full')).toBe('full');
    expect(detailLevel(layout, kindOf, view(COMPACT_ZOOM), 'overview')).toBe('full');
  });

  it('draws compact nodes below the threshold while few are in view', () => {
    const near = view(COMPACT_ZOOM * 0.9);
    expect(nodesInView(layout, kindOf, near)).toBeLessThan(MOUNT_AGAIN);
    expect(detailLevel(layout, kindOf, near, 'full')).toBe('compact');
  });

  it('paints the overview when more than the mounting cap would be in view', () => {
    expect(nodesInView(layout, kindOf, whole())).toBe(613);
    expect(nodesInView(layout, kindOf, whole(), MAX_MOUNTED)).toBe(MAX_MOUNTED + 1);
    expect(detailLevel(layout, kindOf, whole(), 'compact')).toBe('overview');
  });

  it('leaves the overview only once the count drops well under the cap', () => {
    // A zoom at which between MOUNT_AGAIN and MAX_MOUNTED nodes are in view.
    let zoom = whole().transform[2];
    while (nodesInView(layout, kindOf, view(zoom)) > MAX_MOUNTED) zoom *= 1.05;
    const count = nodesInView(layout, kindOf, view(zoom));
    expect(count).toBeGreaterThan(MOUNT_AGAIN);
    expect(detailLevel(layout, kindOf, view(zoom), 'overview')).toBe('overview');
    expect(detailLevel(layout, kindOf, view(zoom), 'compact')).toBe('compact');
  });

  it('draws a pane not laid out yet (no size) in full', () => {
    expect(detailLevel(layout, kindOf, { width: 0, height: 0, transform: [0, 0, 0.01] }, 'full')).toBe('full');
  });

  it('never paints the overview for a tree small enough to mount whole', () => {
    const small = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 5, connectorsPerCharger: 2 }));
    const smallLayout = layoutTree(small, collapsedOutside(new Set(small.nodes.keys())));
    expect(detailLevel(smallLayout, (id) => small.nodes.get(id)?.kind ?? '', view(0.01), 'full')).toBe('compact');
  });
});

describe('edges', () => {
  it('are painted in the overview, and at the compact level of a tree big enough to have one', () => {
    const small = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 5, connectorsPerCharger: 2 }));
    const smallLayout = layoutTree(small, collapsedOutside(new Set(small.nodes.keys())));
    expect(layout.visible.length).toBeGreaterThan(MOUNT_AGAIN);
    expect(smallLayout.visible.length).toBeLessThanOrEqual(MOUNT_AGAIN);
    expect(paintsEdges(layout, 'overview')).toBe(true);
    expect(paintsEdges(layout, 'compact')).toBe(true);
    expect(paintsEdges(layout, 'full')).toBe(false);
    expect(paintsEdges(smallLayout, 'compact')).toBe(false);
    expect(paintsEdges(smallLayout, 'full')).toBe(false);
  });
});

describe('minimap', () => {
  it('stretches a tree far taller than wide to use most of the box both ways', () => {
    const map = minimapMapping(1_500, 700_000);
    expect(1_500 * map.sx).toBeGreaterThanOrEqual(0.6 * (MINIMAP_WIDTH - 8));
    expect(700_000 * map.sy).toBeLessThanOrEqual(MINIMAP_HEIGHT);
  });

  it('keeps one scale for a tree of ordinary shape', () => {
    const map = minimapMapping(1_600, 1_000);
    expect(map.sx).toBeCloseTo(map.sy);
  });
});
