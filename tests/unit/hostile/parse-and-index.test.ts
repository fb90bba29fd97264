/**
 * Kinds, codes, statuses, sources, ids and names are open strings in the contract: whatever a
 * server sends there, parsing and indexing must not throw, and every node must be reachable once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildTopologyIndex,
  parseMicrogridTopology,
  type MicrogridTopology,
  type MicrogridTopologyWire,
  type TopologyIndex,
} from '../../../src/domain/topology';
import { chainTopology, hostileTopology, PROTOTYPE_NAMES, wideTopology } from './arbitraries';

/** Through JSON text, as the client receives it: `__proto__` then arrives as a plain own key. */
function parseWire(wire: MicrogridTopologyWire): MicrogridTopology {
  const parsed = parseMicrogridTopology(JSON.parse(JSON.stringify(wire)));
  if (!parsed.ok) throw new Error(`did not parse: ${parsed.problems.join('; ')}`);
  return parsed.value;
}

function expectEveryNodeOnce(index: TopologyIndex, topology: MicrogridTopology): void {
  const ids = new Set(topology.nodes.map((n) => n.id));
  expect(index.order.length).toBe(ids.size);
  expect(new Set(index.order)).toEqual(ids);
}

describe('parse and index of hostile strings', () => {
  it('parses and indexes any topology, and reaches every node exactly once', () => {
    fc.assert(
      fc.property(hostileTopology(), (wire) => {
        const topology = parseWire(wire);
        const index = buildTopologyIndex(topology);
        expectEveryNodeOnce(index, topology);
        for (const id of index.order) {
          const path = index.pathTo(id);
          expect(path[path.length - 1]).toBe(id);
          expect(path.length).toBe(index.depth.get(id)! + 1);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('takes each Object.prototype name as a kind, a parent kind, an id, a source and a code', () => {
    for (const name of PROTOTYPE_NAMES) {
      const wire: MicrogridTopologyWire = {
        microgrid_id: name,
        depot_id: name,
        name,
        usable_power_calculation_version: 3,
        generated_at: '2026-01-01T00:00:00Z',
        nodes: [
          { id: 'mg', kind: 'MICROGRID', parent_id: null },
          { id: name, kind: name, parent_id: 'mg', name, limit: { max_power_w: 1, source: name }, asset: { status: name } },
          { id: `${name}-child`, kind: 'CIRCUIT', parent_id: name },
          { id: `${name}-grandchild`, kind: name, parent_id: `${name}-child` },
        ],
        warnings: [{ code: name, severity: 'warning', message: name, entity: { type: name, id: name } }],
      };
      const topology = parseWire(wire);
      const index = buildTopologyIndex(topology);
      expectEveryNodeOnce(index, topology);
      expect(index.nodes.get(topology.nodes[1]!.id)?.kind).toBe(name);
      expect(index.issuesByNode.get(name)?.map((i) => i.code)).toEqual([name]);
      // An unknown kind is not checked, whatever its name: no "wrong parent" for it or its children.
      expect(index.diagnostics.map((d) => d.code)).toEqual([]);
      expect(index.countsBeneath.get(topology.nodes[0]!.id)?.[name]).toBe(2);
    }
  });

  it('reaches every node of a chain 10,000 levels deep, and finds its path', () => {
    const topology = parseWire(chainTopology(10_000));
    const index = buildTopologyIndex(topology);
    expectEveryNodeOnce(index, topology);
    expect(index.pathTo(topology.nodes[10_000]!.id)).toHaveLength(10_001);
    expect(index.countsBeneath.get(topology.nodes[0]!.id)?.['CIRCUIT']).toBe(10_000);
  });

  it('reaches every node of a cycle 10,000 long, with no root', () => {
    const wire = chainTopology(9_999);
    wire.nodes[0] = { id: 'n0', kind: 'CIRCUIT', parent_id: 'n9999' };
    const topology = parseWire(wire);
    const index = buildTopologyIndex(topology);
    expectEveryNodeOnce(index, topology);
    expect(index.diagnostics.map((d) => d.code)).toEqual(['NO_ROOT', 'CYCLE']);
  });

  it('reaches every one of 50,000 siblings, in id order', () => {
    const topology = parseWire(wideTopology(50_000, (i) => PROTOTYPE_NAMES[i % PROTOTYPE_NAMES.length]!));
    const index = buildTopologyIndex(topology);
    expectEveryNodeOnce(index, topology);
    const kids = index.childrenOf(topology.nodes[0]!.id);
    expect(kids).toHaveLength(50_000);
    expect(kids.slice(0, 3)).toEqual(['c0', 'c1', 'c2']);
    expect(kids[49_999]).toBe('c49999');
  });
});
