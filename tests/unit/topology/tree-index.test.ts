import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asNodeId,
  buildTopologyIndex,
  type MicrogridNodeWire,
} from '../../../src/domain/topology';
import { topologyOf } from './wire-topology';

const n = (id: string, kind: string, parent: string | null): MicrogridNodeWire => ({ id, kind, parent_id: parent });

const index = (nodes: MicrogridNodeWire[], warnings: unknown[] = []) => buildTopologyIndex(topologyOf(nodes, warnings));

const sound = [
  n('mg', 'MICROGRID', null),
  n('gc-1', 'GRID_CONNECTION', 'mg'),
  n('c-a', 'CIRCUIT', 'gc-1'),
  n('cp-10', 'CHARGE_POINT', 'c-a'),
  n('cp-2', 'CHARGE_POINT', 'c-a'),
  n('cp-2-1', 'CONNECTOR', 'cp-2'),
  n('cp-2-2', 'CONNECTOR', 'cp-2'),
  n('cp-10-1', 'CONNECTOR', 'cp-10'),
];

describe('buildTopologyIndex on a sound tree', () => {
  const idx = index(sound, [
    { code: 'OVERSUBSCRIBED', severity: 'warning', message: 'm', entity: { type: 'CIRCUIT', id: 'c-a' } },
  ]);

  it('finds the one root, no diagnostics and nothing detached', () => {
    expect(idx.roots).toEqual(['mg']);
    expect(idx.detached).toEqual([]);
    expect(idx.diagnostics).toEqual([]);
  });

  it('orders children naturally and walks in pre-order', () => {
    expect(idx.childrenOf(asNodeId('c-a'))).toEqual(['cp-2', 'cp-10']);
    expect(idx.order).toEqual(['mg', 'gc-1', 'c-a', 'cp-2', 'cp-2-1', 'cp-2-2', 'cp-10', 'cp-10-1']);
  });

  it('knows depth, path and counts beneath', () => {
    expect(idx.depth.get(asNodeId('cp-2-1'))).toBe(4);
    expect(idx.pathTo(asNodeId('cp-2-1'))).toEqual(['mg', 'gc-1', 'c-a', 'cp-2', 'cp-2-1']);
    expect(idx.countsBeneath.get(asNodeId('mg'))).toEqual({ GRID_CONNECTION: 1, CIRCUIT: 1, CHARGE_POINT: 2, CONNECTOR: 3 });
    expect(idx.countsBeneath.get(asNodeId('cp-2'))).toEqual({ CONNECTOR: 2 });
    expect(idx.countsBeneath.get(asNodeId('cp-2-1'))).toEqual({});
  });

  it('looks issues up by the node they name', () => {
    expect(idx.issuesByNode.get('c-a')?.map((i) => i.code)).toEqual(['OVERSUBSCRIBED']);
    expect(idx.issuesByNode.get('mg')).toBeUndefined();
  });

  it('gives the same index for any order of the nodes', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(sound, { minLength: sound.length, maxLength: sound.length }), (shuffled) => {
        const other = index(shuffled);
        expect(other.order).toEqual(idx.order);
        const byId = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);
        expect([...other.countsBeneath.entries()].sort(byId)).toEqual([...idx.countsBeneath.entries()].sort(byId));
      }),
    );
  });
});

describe('buildTopologyIndex on broken trees', () => {
  const codes = (nodes: MicrogridNodeWire[]) => index(nodes).diagnostics.map((d) => d.code);

  it('reports a missing root without throwing, and keeps the nodes as detached subtrees', () => {
    const idx = index([n('gc-1', 'GRID_CONNECTION', 'mg'), n('c-1', 'CIRCUIT', 'gc-1')]);
    expect(idx.diagnostics.map((d) => d.code)).toEqual(['NO_ROOT', 'PARENT_NOT_FOUND']);
    expect(idx.roots).toEqual([]);
    expect(idx.detached).toEqual(['gc-1']);
    expect(idx.order).toEqual(['gc-1', 'c-1']);
  });

  it('reports two roots and keeps both', () => {
    const idx = index([n('mg-b', 'MICROGRID', null), n('mg-a', 'MICROGRID', null)]);
    expect(idx.diagnostics.map((d) => d.code)).toEqual(['MULTIPLE_ROOTS']);
    expect(idx.roots).toEqual(['mg-a', 'mg-b']);
  });

  it('does not re-root an orphan under the site', () => {
    const idx = index([...sound, n('cp-x', 'CHARGE_POINT', 'c-gone'), n('cp-x-1', 'CONNECTOR', 'cp-x')]);
    expect(idx.diagnostics).toEqual([
      { code: 'PARENT_NOT_FOUND', message: expect.stringContaining('c-gone'), nodeIds: ['cp-x'] },
    ]);
    expect(idx.detached).toEqual(['cp-x']);
    expect(idx.pathTo(asNodeId('cp-x-1'))).toEqual(['cp-x', 'cp-x-1']);
    expect(idx.countsBeneath.get(asNodeId('mg'))!.CHARGE_POINT).toBe(2);
  });

  it('reports a cycle once, from its smallest id, and still terminates', () => {
    const idx = index([n('mg', 'MICROGRID', null), n('c-b', 'CIRCUIT', 'c-a'), n('c-a', 'CIRCUIT', 'c-c'), n('c-c', 'CIRCUIT', 'c-b')]);
    const cycle = idx.diagnostics.filter((d) => d.code === 'CYCLE');
    expect(cycle).toHaveLength(1);
    expect(cycle[0]!.message).toBe('Nodes c-a → c-c → c-b are their own ancestors.');
    expect(idx.detached).toEqual(['c-a']);
    expect(new Set(idx.order)).toEqual(new Set(['mg', 'c-a', 'c-b', 'c-c']));
  });

  it('reports a node that is its own parent', () => {
    expect(codes([n('mg', 'MICROGRID', null), n('c', 'CIRCUIT', 'c')])).toEqual(['CYCLE']);
  });

  it('reports duplicate ids and picks the same node whatever the order', () => {
    const a = { ...n('c-1', 'CIRCUIT', 'gc-1'), name: 'A' };
    const b = { ...n('c-1', 'CIRCUIT', 'gc-1'), name: 'B' };
    const base = [n('mg', 'MICROGRID', null), n('gc-1', 'GRID_CONNECTION', 'mg')];
    const one = index([...base, a, b]);
    const two = index([...base, b, a]);
    expect(one.diagnostics.map((d) => d.code)).toEqual(['DUPLICATE_NODE_ID']);
    expect(one.nodes.get(asNodeId('c-1'))!.name).toBe(two.nodes.get(asNodeId('c-1'))!.name);
  });

  it('reports a child under the wrong kind of parent, and a non-microgrid root', () => {
    expect(codes([n('mg', 'MICROGRID', null), n('k', 'CONNECTOR', 'mg')])).toEqual(['WRONG_PARENT_KIND']);
    expect(codes([n('gc', 'GRID_CONNECTION', null)])).toEqual(['WRONG_PARENT_KIND']);
  });

  it('does not check unknown kinds', () => {
    expect(codes([n('mg', 'MICROGRID', null), n('b', 'BATTERY', 'mg'), n('x', 'CONNECTOR', 'b')])).toEqual([]);
  });

  it('reports a warning that names no node', () => {
    const idx = index([n('mg', 'MICROGRID', null)], [
      { code: 'CIRCUIT_EMPTY', severity: 'warning', message: 'm', entity: { type: 'CIRCUIT', id: 'ghost' } },
    ]);
    expect(idx.diagnostics.map((d) => d.code)).toEqual(['ISSUE_ENTITY_UNKNOWN']);
  });
});
