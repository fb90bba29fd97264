import { describe, expect, it } from 'vitest';
import { asNodeId, type MicrogridTopologyWire } from '../../../src/domain/topology';
import { buildNodeData, countsSummary } from '../../../src/features/graph/node-data';
import { indexOf } from '../../fixtures/index-of';

const topology: MicrogridTopologyWire = {
  microgrid_id: 'mg', depot_id: 'd', usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z',
  nodes: [
    { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'North depot' },
    { id: 'circ-a', kind: 'CIRCUIT', parent_id: 'mg', name: 'Bay A', limit: { max_power_w: 400000, source: 'SAFE_CAPACITY' } },
    {
      id: 'cp-14', kind: 'CHARGE_POINT', parent_id: 'circ-a', name: 'CH-014',
      limit: { max_power_w: 150000, source: 'RATED' },
      asset: { ocpp_id: 'OCPP-14', power_type: 'DC', status: 'Faulted' },
    },
    { id: 'cp-14-1', kind: 'CONNECTOR', parent_id: 'cp-14', asset: { standard: 'IEC_62196_T2_COMBO', power_type: 'DC', max_current_a: 200 } },
    { id: 'cp-14-2', kind: 'CONNECTOR', parent_id: 'cp-14' },
    { id: 'x-1', kind: 'BATTERY', parent_id: 'mg' },
  ],
  warnings: [
    { code: 'W1', severity: 'warning', message: 'm', entity: { type: 'CHARGE_POINT', id: 'cp-14' } },
  ],
};

describe('buildNodeData', () => {
  const index = indexOf(topology);

  it('labels a charger as an operator would say it', () => {
    const data = buildNodeData(index, asNodeId('cp-14'), false, false);
    expect(data.ariaLabel).toBe('Charger CH-014, 150 kW, 2 connectors, 1 warning, Faulted');
    expect(data.cap).toBe('150 kW');
    expect(data.capSource).toBe('rating');
    expect(data.facts).toEqual(['OCPP OCPP-14', 'DC']);
    expect(data.warnings).toBe(1);
    expect(data.errors).toBe(0);
  });

  it('says a collapsed node is collapsed, and counts every kind and the issues beneath it', () => {
    const data = buildNodeData(index, asNodeId('circ-a'), true, false);
    expect(data.beneath).toBe('1 charger, 2 connectors');
    expect(data.hiddenIssues).toEqual({ worst: 'warning', count: 1 });
    expect(data.ariaLabel).toBe('Circuit Bay A, 400 kW, 1 charger, 2 connectors, collapsed, 1 issue beneath, worst a warning');
    // Expanded, the issues are on show where they are: no badge for them on the parent.
    expect(buildNodeData(index, asNodeId('circ-a'), false, false).hiddenIssues).toBeNull();
    expect(data.capSource).toBe('safe capacity');
  });

  it('falls back to the id, and to plain wording for unknown kinds and missing caps', () => {
    const connector = buildNodeData(index, asNodeId('cp-14-2'), false, true);
    expect(connector.title).toBe('cp-14-2');
    expect(connector.ariaLabel).toBe('Connector cp-14-2, no power cap, unplaced');
    const other = buildNodeData(index, asNodeId('x-1'), false, false);
    expect(other.kindText).toBe('BATTERY');
    expect(other.ariaLabel).toBe('BATTERY x-1, no power cap');
    expect(buildNodeData(index, asNodeId('cp-14-1'), false, false).facts).toEqual(['IEC_62196_T2_COMBO', 'DC', '200 A']);
  });
});

describe('countsSummary', () => {
  it('orders kinds down the hierarchy, unknown kinds last', () => {
    expect(countsSummary({ CONNECTOR: 4, ZZZ: 1, CHARGE_POINT: 2, AAA: 3 })).toBe('2 chargers, 4 connectors, 3 AAA nodes, 1 ZZZ node');
    expect(countsSummary({})).toBeNull();
  });
});
