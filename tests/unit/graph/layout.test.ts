import { describe, expect, it } from 'vitest';
import { asNodeId, defaultExpanded, type MicrogridTopologyWire } from '../../../src/domain/topology';
import { collapsedOutside, layoutTree, nodeSizeOf } from '../../../src/features/graph/layout';
import { generateDepot, shuffled } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';

const id = asNodeId;
const none = new Set<ReturnType<typeof asNodeId>>();

function wire(nodes: MicrogridTopologyWire['nodes']): MicrogridTopologyWire {
  return {
    microgrid_id: 'mg', depot_id: 'd', usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z', nodes,
  };
}

describe('layoutTree', () => {
  it('gives the same positions whatever the order of the nodes', () => {
    const depot = generateDepot({ gridConnections: 2, circuitsPerGrid: 3, chargersPerCircuit: 4, connectorsPerCharger: 2 });
    const a = layoutTree(indexOf(depot), none);
    for (const seed of [1, 2, 3]) {
      const b = layoutTree(indexOf({ ...depot, nodes: shuffled(depot.nodes, seed) }), none);
      expect(b.visible).toEqual(a.visible);
      expect([...b.positions]).toEqual([...a.positions]);
    }
  });

  it('puts the root on the left and each depth in its own column', () => {
    const index = indexOf(wire([
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'gc-2', kind: 'GRID_CONNECTION', parent_id: 'mg' },
      { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg' },
    ]));
    const { positions } = layoutTree(index, none);
    const root = positions.get(id('mg'))!;
    const gc1 = positions.get(id('gc-1'))!;
    const gc2 = positions.get(id('gc-2'))!;
    expect(root.x).toBe(0);
    // 230 px microgrid column + 80 px gap
    expect(gc1.x).toBe(310);
    expect(gc2.x).toBe(310);
    // siblings sorted by id, 104 px tall, 16 px apart: centres 120 px apart; the 84 px root is
    // centred midway, at gc1.y + 52 + 60 - 42
    expect(gc2.y - gc1.y).toBe(120);
    expect(root.y).toBe(gc1.y + 70);
    expect(gc1.y).toBe(0);
  });

  it('never overlaps two drawn nodes', () => {
    const depot = generateDepot({ gridConnections: 2, circuitsPerGrid: 3, chargersPerCircuit: 5, connectorsPerCharger: 3, seed: 9 });
    const index = indexOf(depot);
    const { positions } = layoutTree(index, none);
    const boxes = [...positions].map(([nodeId, p]) => {
      const size = nodeSizeOf(index.nodes.get(nodeId)!.kind);
      return { nodeId, x0: p.x, x1: p.x + size.width, y0: p.y, y1: p.y + size.height };
    });
    expect(boxes).toHaveLength(depot.nodes.length);
    boxes.sort((p, q) => p.y0 - q.y0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length && boxes[j]!.y0 < boxes[i]!.y1; j++) {
        const p = boxes[i]!;
        const q = boxes[j]!;
        const overlap = p.x0 < q.x1 && q.x0 < p.x1;
        expect(overlap, `${p.nodeId} overlaps ${q.nodeId}`).toBe(false);
      }
    }
  });

  it('leaves collapsed subtrees out, keeping the collapsed node itself', () => {
    const depot = generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 2, connectorsPerCharger: 2 });
    const layout = layoutTree(indexOf(depot), new Set([id('cp-1')]));
    expect(layout.visible).toEqual(['mg-1', 'gc-1', 'circ-1-1', 'cp-1', 'cp-2', 'cp-2-c1', 'cp-2-c2']);
    expect(layout.positions.has(id('cp-1-c1'))).toBe(false);
    expect(layout.edges).not.toContainEqual(['cp-1', 'cp-1-c1']);
    expect(layout.edges).toContainEqual(['cp-2', 'cp-2-c1']);
  });

  it('hides connectors by default on a depot above the threshold', () => {
    // 1 × 2 × 60 chargers × 2 connectors = 240 connectors
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 60, connectorsPerCharger: 2 }));
    const layout = layoutTree(index, collapsedOutside(defaultExpanded(index)));
    expect(layout.visible).toHaveLength(1 + 1 + 2 + 120);
    expect(layout.visible.some((v) => index.nodes.get(v)!.kind === 'CONNECTOR')).toBe(false);
  });

  it('lays detached subtrees apart, to the right, and flags them', () => {
    const index = indexOf(wire([
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg' },
      { id: 'cp-9', kind: 'CHARGE_POINT', parent_id: 'circ-missing' },
      { id: 'cp-9-c1', kind: 'CONNECTOR', parent_id: 'cp-9' },
    ]));
    const layout = layoutTree(index, none);
    expect([...layout.unplaced].sort()).toEqual(['cp-9', 'cp-9-c1']);
    expect(layout.unplaced.has(id('gc-1'))).toBe(false);
    // main tree: two columns, 230 + 80 + 230 = 540 px wide; detached trees start 240 px further
    expect(layout.positions.get(id('cp-9'))!.x).toBe(780);
    expect(layout.edges).toContainEqual(['cp-9', 'cp-9-c1']);
  });

  it('terminates on a cycle and draws each node once', () => {
    const index = indexOf(wire([
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'circ-a', kind: 'CIRCUIT', parent_id: 'circ-b' },
      { id: 'circ-b', kind: 'CIRCUIT', parent_id: 'circ-a' },
    ]));
    const layout = layoutTree(index, none);
    expect([...layout.visible].sort()).toEqual(['circ-a', 'circ-b', 'mg']);
    expect(layout.edges).toHaveLength(1);
  });

  it('draws unknown kinds with the generic size', () => {
    const index = indexOf(wire([
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'bat-1', kind: 'BATTERY', parent_id: 'mg' },
    ]));
    expect(layoutTree(index, none).visible).toEqual(['mg', 'bat-1']);
    expect(nodeSizeOf('BATTERY')).toEqual({ width: 210, height: 72 });
  });

  it('draws nothing for an empty topology', () => {
    const layout = layoutTree(indexOf(wire([])), none);
    expect(layout.visible).toEqual([]);
    expect(layout.positions.size).toBe(0);
  });
});
