import type { ApiConfig } from '../../../src/api';
import type { MicrogridTopologyWire, TopologyProblemWire } from '../../../src/domain/topology';

export const BASE = 'http://api.test';

export function config(overrides: Partial<ApiConfig> = {}): ApiConfig {
  return { baseUrl: BASE, token: null, accountId: null, workspaceId: null, timeoutMs: 2000, retries: 0, ...overrides };
}

export const topology: MicrogridTopologyWire = {
  microgrid_id: 'mg-1',
  depot_id: 'dep-1',
  name: 'Test depot',
  usable_power_calculation_version: 3,
  generated_at: '2026-03-26T04:12:00Z',
  nodes: [
    { id: 'mg-1', kind: 'MICROGRID', parent_id: null, name: 'Site', limit: null },
    {
      id: 'gc-1',
      kind: 'GRID_CONNECTION',
      parent_id: 'mg-1',
      name: 'Main incomer',
      limit: { max_power_w: 400000, max_current_a: null, phases: 3, source: 'DEFAULT_CAPACITY' },
    },
  ],
  warnings: [],
};

export const problem: TopologyProblemWire = {
  type: '/problems/microgrid-topology-invalid',
  title: 'Microgrid topology cannot be assembled',
  status: 422,
  detail: '2 errors prevent deriving the microgrid topology of depot dep-1.',
  instance: '/api/depot/dep-1/microgrid',
  depot_id: 'dep-1',
  microgrid_id: 'mg-1',
  errors: [
    {
      code: 'CIRCUIT_CAPACITY_MISSING',
      severity: 'error',
      message: 'Circuit circ-a has neither a default nor a safe capacity.',
      entity: { type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' },
      pointer: '/circuits/1',
    },
    {
      code: 'CHARGE_POINT_CIRCUIT_NOT_FOUND',
      severity: 'error',
      message: 'Charge point cp-017 is assigned to circuit circ-x, which does not exist.',
      entity: { type: 'CHARGE_POINT', id: 'cp-017', name: 'Bay A charger 17' },
      related: [{ type: 'CIRCUIT', id: 'circ-x' }],
      pointer: '/charge_points/16/circuit_id',
    },
  ],
};
