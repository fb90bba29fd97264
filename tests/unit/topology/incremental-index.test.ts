import { describe, expect, it } from 'vitest';
import {
  applyTopologyPatch,
  buildTopologyIndex,
  isSlightPatch,
  topologyPatch,
  type MicrogridNodeWire,
  type TopologyIndex,
} from '../../../src/domain/topology';
import { topologyOf } from './wire-topology';

const n = (id: string, kind: string, parent: string | null, name: string | null = null): MicrogridNodeWire => ({ id, kind, parent_id: parent, name });


const sound = [
  n('mg', 'MICROGRID', null, 'Depot'),
  n('gc-1', 'GRID_CONNECTION', 'mg'),
  n('c-a', 'CIRCUIT', 'gc-1'),
  n('cp-10', 'CHARGE_POINT', 'c-a'),
  n('cp-2', 'CHARGE_POINT', 'c-a'),
  n('cp-2-1', 'CONNECTOR', 'cp-2'),
  n('cp-10-1', 'CONNECTOR', 'cp-10'),
];
const warning = (id: string) => ({ code: 'OVERSUBSCRIBED', severity: 'warning', message: 'm', entity: { type: 'CIRCUIT', id } });

/** The index's data, without its functions, plus the paths its `pathTo` gives. */
const dataOf = (index: TopologyIndex) => {
  const { pathTo, childrenOf: _childrenOf, ...data } = index;
  return { ...data, paths: index.order.map((id) => pathTo(id)) };
};

describe('a topology sent as a patch', () => {
  it('is the new topology, with the unchanged nodes the previous objects', () => {
    const before = topologyOf(sound);
    const after = topologyOf(sound.map((node) => (node.id === 'mg' ? { ...node, name: 'Renamed' } : node)), [warning('c-a')]);
    const patch = topologyPatch(before, after)!;
    expect(patch.nodes.map(([at]) => at)).toEqual([0]);
    const applied = applyTopologyPatch(before, patch);
    expect(applied).toEqual(after);
    expect(applied.nodes.slice(1).every((node, i) => node === before.nodes[i + 1])).toBe(true);
  });

  it('is slight when it changes facts of nodes, not their ids, kinds or parents', () => {
    const before = topologyOf(sound);
    const renamed = topologyOf(sound.map((node) => (node.id === 'cp-2' ? { ...node, name: 'Bay 2' } : node)));
    const moved = topologyOf(sound.map((node) => (node.id === 'cp-2-1' ? { ...node, parent_id: 'cp-10' } : node)));
    expect(isSlightPatch(before, topologyPatch(before, renamed)!)).toBe(true);
    expect(isSlightPatch(before, topologyPatch(before, moved)!)).toBe(false);
  });

  it('is not made when most nodes changed', () => {
    const before = topologyOf(sound);
    expect(topologyPatch(before, topologyOf(sound.map((node) => ({ ...node, name: 'x' }))))).toBeNull();
  });

  it('keeps the previous warnings when they did not change, and is not made for another node count', () => {
    const before = topologyOf(sound, [warning('c-a')]);
    const after = topologyOf(sound, [warning('c-a')]);
    expect(applyTopologyPatch(before, topologyPatch(before, after)!).warnings).toBe(before.warnings);
    expect(topologyPatch(before, topologyOf(sound.slice(0, -1)))).toBeNull();
  });
});

describe('buildTopologyIndex from the previous index', () => {
  it('keeps the tree when only names and warnings changed, and is the index built afresh', () => {
    const before = topologyOf(sound, [warning('c-a')]);
    const after = topologyOf(sound.map((node) => ({ ...node, name: `${node.id} renamed` })), [warning('gc-1'), warning('nowhere')]);
    const previous = buildTopologyIndex(before);
    const index = buildTopologyIndex(after, previous);
    expect(dataOf(index)).toEqual(dataOf(buildTopologyIndex(after)));
    expect(index.children).toBe(previous.children);
    expect(index.order).toBe(previous.order);
    expect(index.countsBeneath).toBe(previous.countsBeneath);
    expect(index.nodes.get(index.roots[0]!)?.name).toBe('mg renamed');
    expect(index.diagnostics.map((d) => d.code)).toEqual(['ISSUE_ENTITY_UNKNOWN']);
  });

  it('builds the tree again when a node moved, changed kind or was added', () => {
    const previous = buildTopologyIndex(topologyOf(sound));
    const edits = [
      sound.map((node) => (node.id === 'cp-2-1' ? { ...node, parent_id: 'cp-10' } : node)),
      sound.map((node) => (node.id === 'c-a' ? { ...node, kind: 'CHARGE_POINT' } : node)),
      [...sound, n('cp-2-2', 'CONNECTOR', 'cp-2')],
      sound.map((node) => (node.id === 'cp-10-1' ? { ...node, id: 'cp-2-1' } : node)),
    ];
    for (const nodes of edits) {
      const after = topologyOf(nodes);
      const index = buildTopologyIndex(after, previous);
      expect(dataOf(index)).toEqual(dataOf(buildTopologyIndex(after)));
      expect(index.children).not.toBe(previous.children);
    }
  });
});
