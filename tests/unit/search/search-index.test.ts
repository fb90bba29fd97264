import { describe, expect, it } from 'vitest';
import type { MicrogridTopologyWire } from '../../../src/domain/topology';
import { buildSearchIndex, searchNodes } from '../../../src/features/search/search-index';
import { shuffled } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';

const topology: MicrogridTopologyWire = {
  microgrid_id: 'mg', depot_id: 'd', usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z',
  nodes: [
    { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Depot' },
    { id: 'circ-bay', kind: 'CIRCUIT', parent_id: 'mg', name: 'Bay cp' },
    { id: 'cp-1', kind: 'CHARGE_POINT', parent_id: 'circ-bay', name: 'Charger one', asset: { ocpp_id: 'CP' } },
    { id: 'cp', kind: 'CHARGE_POINT', parent_id: 'circ-bay', name: 'Charger plain' },
    { id: 'cp-10', kind: 'CHARGE_POINT', parent_id: 'circ-bay', name: 'Charger ten' },
    { id: 'x-cp', kind: 'CHARGE_POINT', parent_id: 'circ-bay', name: 'Spare' },
  ],
};

describe('searchNodes', () => {
  const entries = buildSearchIndex(indexOf(topology));
  const ids = (query: string, limit?: number) => searchNodes(entries, query, limit).matches.map((m) => m.id);

  it('ranks the exact id first, then an exact OCPP id or name, then prefixes, then substrings', () => {
    expect(ids('cp')).toEqual(['cp', 'cp-1', 'cp-10', 'circ-bay', 'x-cp']);
    expect(ids('CP')).toEqual(ids('cp'));
  });

  it('matches names and OCPP ids case-insensitively, ignoring surrounding spaces', () => {
    expect(ids('  charger T')).toEqual(['cp-10']);
    expect(ids('spare')).toEqual(['x-cp']);
  });

  it('caps the list and counts the rest', () => {
    const result = searchNodes(entries, 'c', 2);
    expect(result.matches).toHaveLength(2);
    // every node but the microgrid ("mg", "Depot") has a c
    expect(result.total).toBe(5);
  });

  it('finds nothing for an empty query', () => {
    expect(searchNodes(entries, '   ')).toEqual({ matches: [], total: 0 });
  });

  it('lists the same matches whatever the order of the nodes', () => {
    const again = buildSearchIndex(indexOf({ ...topology, nodes: shuffled(topology.nodes, 4) }));
    expect(searchNodes(again, 'c').matches.map((m) => m.id)).toEqual(ids('c'));
  });
});

describe('searchNodes over more fields, and near misses', () => {
  const wire: MicrogridTopologyWire = {
    microgrid_id: 'mg', depot_id: 'd', usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z',
    nodes: [
      { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Depot' },
      { id: 'gc-south', kind: 'GRID_CONNECTION', parent_id: 'mg', name: 'South intake', asset: { circuit_id: 'circ-south-board' } },
      { id: 'cp-031', kind: 'CHARGE_POINT', parent_id: 'gc-south', name: 'Bay E charger 31', asset: { ocpp_id: 'WEL-031', vendor: 'Kempower', model: 'S-Series', serial_number: 'KEM0042', status: 'Faulted' } },
      { id: 'cp-032', kind: 'CHARGE_POINT', parent_id: 'gc-south', name: 'Bay E charger 32', asset: { ocpp_id: 'WEL-032', vendor: 'ABB', status: 'Available' } },
    ],
  };
  const entries = buildSearchIndex(indexOf(wire));
  const ids = (query: string) => searchNodes(entries, query).matches.map((m) => m.id);

  it('finds a status, a vendor, a model, a serial and a source circuit id', () => {
    expect(ids('Faulted')).toEqual(['cp-031']);
    expect(ids('kempower')).toEqual(['cp-031']);
    expect(ids('s-series')).toEqual(['cp-031']);
    expect(ids('KEM0042')).toEqual(['cp-031']);
    expect(ids('circ-south-board')).toEqual(['gc-south']);
  });

  it('finds a near miss after every exact, prefix and substring match', () => {
    expect(ids('WEL-31')).toEqual(['cp-031']);
    expect(ids('wel 03')).toEqual(['cp-031', 'cp-032']);
    expect(ids('WEL-031')).toEqual(['cp-031']);
  });
});
