/** Plain wire JSON for the tree and details tests, parsed through the contract's schema. */
import {
  MicrogridTopologySchema,
  buildTopologyIndex,
  type MicrogridNodeWire,
  type TopologyIndex,
  type TopologyIssueWire,
} from '../../../src/domain/topology';

export function indexOf(nodes: MicrogridNodeWire[], warnings: TopologyIssueWire[] = []): TopologyIndex {
  const topology = MicrogridTopologySchema.parse({
    microgrid_id: 'mg-1',
    depot_id: 'depot-1',
    name: 'Test depot',
    usable_power_calculation_version: 3,
    generated_at: '2026-03-26T04:12:00Z',
    nodes,
    warnings,
  });
  return buildTopologyIndex(topology);
}

/** A small depot: root → grid connection → circuit → two chargers (2 and 1 connectors). */
export const SMALL_NODES: MicrogridNodeWire[] = [
  { id: 'mg-1', kind: 'MICROGRID', parent_id: null, name: 'Welshpool', limit: null },
  {
    id: 'gc-1',
    kind: 'GRID_CONNECTION',
    parent_id: 'mg-1',
    name: 'Main incomer',
    limit: { max_power_w: 1_000_000, max_current_a: 1449, phases: 3, source: 'DEFAULT_CAPACITY' },
    asset: { circuit_id: 'circ-main', default_capacity_w: 1_000_000, safe_capacity_w: 600_000, breaker_rating_a: 1600, voltage_v: 230, phases: 3 },
  },
  {
    id: 'circ-bay-a',
    kind: 'CIRCUIT',
    parent_id: 'gc-1',
    name: 'Bay A',
    limit: { max_power_w: 400_000, max_current_a: null, phases: 3, source: 'SAFE_CAPACITY' },
    asset: { circuit_id: 'circ-bay-a', safe_capacity_w: 400_000, phases: 3 },
  },
  {
    id: 'cp-017',
    kind: 'CHARGE_POINT',
    parent_id: 'circ-bay-a',
    name: 'Bay A charger 17',
    limit: { max_power_w: 150_000, max_current_a: null, phases: 3, source: 'RATED' },
    asset: { ocpp_id: 'WEL-017', vendor: 'Kempower', model: 'S-Series', power_type: 'DC', evse_count: 2, max_power_w: 150_000, status: 'Available' },
  },
  {
    id: 'cp-017-1',
    kind: 'CONNECTOR',
    parent_id: 'cp-017',
    name: null,
    limit: { max_power_w: 150_000, max_current_a: 200, phases: 3, source: 'RATED' },
    asset: { connector_id: 1, evse_id: 1, standard: 'IEC_62196_T2_COMBO', power_type: 'DC', max_power_w: 150_000, max_current_a: 200, max_voltage_v: 920, status: 'Charging' },
  },
  {
    id: 'cp-017-2',
    kind: 'CONNECTOR',
    parent_id: 'cp-017',
    limit: { max_power_w: 150_000, max_current_a: 200, phases: 3, source: 'RATED' },
    asset: { connector_id: 2, status: 'Available' },
  },
  {
    id: 'cp-2',
    kind: 'CHARGE_POINT',
    parent_id: 'circ-bay-a',
    name: 'Bay A charger 2',
    limit: { max_power_w: 22_080, max_current_a: 32, phases: 3, source: 'RATED' },
    asset: { ocpp_id: 'WEL-002', power_type: 'AC', status: 'Faulted' },
  },
  {
    id: 'cp-2-1',
    kind: 'CONNECTOR',
    parent_id: 'cp-2',
    limit: { max_power_w: 22_080, max_current_a: 32, phases: 3, source: 'RATED' },
    asset: { connector_id: 1, standard: 'IEC_62196_T2', power_type: 'AC_3_PHASE' },
  },
];

export const SMALL_WARNINGS: TopologyIssueWire[] = [
  {
    code: 'CAPACITY_FROM_SAFE_FALLBACK',
    severity: 'warning',
    message: 'Circuit circ-bay-a has no default capacity; its safe capacity of 400 kW is enforced.',
    entity: { type: 'CIRCUIT', id: 'circ-bay-a', name: 'Bay A' },
    related: [{ type: 'GRID_CONNECTION', id: 'gc-1' }],
  },
];

/** A depot with `chargers` chargers of `perCharger` connectors each, split over two circuits. */
export function bigDepotNodes(chargers: number, perCharger: number): MicrogridNodeWire[] {
  const nodes: MicrogridNodeWire[] = [
    { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Big depot' },
    { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg', name: 'Incomer', limit: { max_power_w: 5_000_000, source: 'DEFAULT_CAPACITY' } },
    { id: 'circ-a', kind: 'CIRCUIT', parent_id: 'gc', name: 'Hall A', limit: { max_power_w: 2_000_000, source: 'DEFAULT_CAPACITY' } },
    { id: 'circ-b', kind: 'CIRCUIT', parent_id: 'gc', name: 'Hall B', limit: { max_power_w: 2_000_000, source: 'DEFAULT_CAPACITY' } },
  ];
  for (let c = 1; c <= chargers; c++) {
    const cp = `cp-${c}`;
    nodes.push({
      id: cp,
      kind: 'CHARGE_POINT',
      parent_id: c % 2 === 0 ? 'circ-b' : 'circ-a',
      name: `Charger ${c}`,
      limit: { max_power_w: 22_080, source: 'RATED' },
      asset: { ocpp_id: `BIG-${c}` },
    });
    for (let k = 1; k <= perCharger; k++) {
      nodes.push({ id: `${cp}-${k}`, kind: 'CONNECTOR', parent_id: cp, limit: { max_power_w: 22_080, source: 'RATED' } });
    }
  }
  return nodes;
}
