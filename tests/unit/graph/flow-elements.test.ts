import { describe, expect, it } from 'vitest';
import { asNodeId, buildTopologyIndex } from '../../../src/domain/topology';
import { buildFlowEdges, buildFlowNodes, withSelection } from '../../../src/features/graph/flow-elements';
import { layoutTree } from '../../../src/features/graph/layout';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';

// mg-1, gc-1, circ-1-1, cp-1, cp-1-c1, cp-1-c2, cp-2, cp-2-c1, cp-2-c2
const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 2, connectorsPerCharger: 2 }));
const none = new Set<ReturnType<typeof asNodeId>>();

describe('withSelection', () => {
  const base = buildFlowNodes(index, layoutTree(index, none), none);

  it('replaces only the selected node object', () => {
    const selected = withSelection(base, asNodeId('cp-2'));
    const changed = selected.filter((node, i) => node !== base[i]).map((node) => node.id);
    expect(changed).toEqual(['cp-2']);
    const cp2 = selected.find((node) => node.id === 'cp-2')!;
    expect(cp2.selected).toBe(true);
    expect(cp2.domAttributes).toEqual({ tabIndex: -1, 'aria-describedby': cp2.data.describedBy, 'aria-current': 'true' });
    expect(cp2.data).toBe(base.find((node) => node.id === 'cp-2')!.data);
  });

  it('returns the base objects when nothing is selected', () => {
    expect(withSelection(base, null)).toBe(base);
  });

  it('makes the focused node the one tab stop, described by the keyboard help', () => {
    expect(base.every((node) => node.domAttributes?.tabIndex === -1)).toBe(true);
    const marked = withSelection(base, asNodeId('cp-2'), { id: 'cp-1', describedBy: 'help' });
    expect(marked.filter((node, i) => node !== base[i]).map((node) => node.id)).toEqual(['cp-1', 'cp-2']);
    // Each node is described by its own figures (the allocation preview's); the tab stop also by the keys' help.
    const cp1 = marked.find((node) => node.id === 'cp-1')!;
    const cp2 = marked.find((node) => node.id === 'cp-2')!;
    expect(cp1.domAttributes).toEqual({ tabIndex: 0, 'aria-describedby': `${cp1.data.describedBy} help` });
    expect(cp2.domAttributes).toEqual({ tabIndex: -1, 'aria-describedby': cp2.data.describedBy, 'aria-current': 'true' });
  });
});

describe('buildFlowNodes', () => {
  it('keeps the data of nodes whose own facts did not change across layouts', () => {
    const before = buildFlowNodes(index, layoutTree(index, none), none);
    const folded = new Set([asNodeId('cp-1')]);
    const after = buildFlowNodes(index, layoutTree(index, folded), folded);
    const dataOf = (nodes: typeof before, id: string) => nodes.find((node) => node.id === id)!.data;
    expect(dataOf(after, 'cp-2')).toBe(dataOf(before, 'cp-2'));
    expect(dataOf(after, 'cp-1')).not.toBe(dataOf(before, 'cp-1'));
    expect(dataOf(after, 'cp-1').collapsed).toBe(true);
    expect(after.map((node) => node.id)).toEqual(['mg-1', 'gc-1', 'circ-1-1', 'cp-1', 'cp-2', 'cp-2-c1', 'cp-2-c2']);
  });

  it('after an edit of one name, rebuilds that node alone, and nothing when nothing it draws changed', () => {
    const layout = layoutTree(index, none);
    const nodes = buildFlowNodes(index, layout, none);
    const previous = { index, layout, collapsed: none, nodes };
    const { topology } = index;
    const renamed = { ...topology, nodes: topology.nodes.map((node) => (node.id === 'cp-2' ? { ...node, name: 'Bay 2' } : node)) };
    const after = buildFlowNodes(buildTopologyIndex(renamed, index), layout, none, previous);
    expect(after.filter((node, i) => node !== nodes[i]).map((node) => node.id)).toEqual(['cp-2']);
    expect(after.find((node) => node.id === 'cp-2')!.data.title).toBe('Bay 2');
    // What a fresh build draws, but for the description's DOM id (a token per tree).
    const drawn = (list: typeof nodes) => list.map(({ data: { describedBy: _d, ...data }, domAttributes: _a, ...node }) => ({ ...node, data }));
    expect(drawn(after)).toEqual(drawn(buildFlowNodes(buildTopologyIndex(renamed), layout, none)));
    const retitled = { ...topology, name: 'Another depot', nodes: [...topology.nodes] };
    expect(buildFlowNodes(buildTopologyIndex(retitled, index), layout, none, previous)).toBe(nodes);
  });

  it('states each node size and handles up front, so nothing waits for a measurement', () => {
    const charger = buildFlowNodes(index, layoutTree(index, none), none).find((node) => node.id === 'cp-1')!;
    expect(charger.measured).toEqual({ width: 250, height: 108 });
    expect(charger.handles?.map((h) => [h.type, h.x, h.y])).toEqual([
      ['target', -3, 51],
      ['source', 247, 51],
    ]);
    expect(charger.draggable).toBe(false);
    expect(charger.ariaLabel).toMatch(/^Charger Charger 1, /);
  });
});

describe('buildFlowEdges', () => {
  it('joins each drawn parent to each drawn child', () => {
    const folded = new Set([asNodeId('circ-1-1')]);
    expect(buildFlowEdges(layoutTree(index, folded)).map((e) => e.id)).toEqual(['mg-1->gc-1', 'gc-1->circ-1-1']);
  });
});
