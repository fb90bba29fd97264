import type { MicrogridTopologyWire } from '../../../src/domain/topology';

/** A small depot with one of every kind, a warning, an error, and an unknown kind. */
export const smallDepot: MicrogridTopologyWire = {
  microgrid_id: 'mg-1',
  depot_id: 'depot-north',
  name: 'North depot',
  usable_power_calculation_version: 3,
  generated_at: '2026-01-01T00:00:00Z',
  nodes: [
    { id: 'mg-1', kind: 'MICROGRID', parent_id: null, name: 'North depot' },
    { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg-1', name: 'Main intake', limit: { max_power_w: 800000, source: 'DEFAULT_CAPACITY' } },
    { id: 'circ-a', kind: 'CIRCUIT', parent_id: 'gc-1', name: 'Bay A', limit: { max_power_w: 400000, source: 'SAFE_CAPACITY' }, asset: { breaker_rating_a: 630 } },
    {
      id: 'cp-14', kind: 'CHARGE_POINT', parent_id: 'circ-a', name: 'CH-014',
      limit: { max_power_w: 150000, source: 'RATED' },
      asset: { ocpp_id: 'OCPP-0014', power_type: 'DC', status: 'Charging' },
    },
    { id: 'cp-14-1', kind: 'CONNECTOR', parent_id: 'cp-14', name: 'Left plug', limit: { max_power_w: 150000, source: 'RATED' }, asset: { standard: 'IEC_62196_T2_COMBO', power_type: 'DC', status: 'Charging' } },
    { id: 'cp-14-2', kind: 'CONNECTOR', parent_id: 'cp-14', name: 'Right plug', limit: { max_power_w: 150000, source: 'RATED' }, asset: { standard: 'CHADEMO', power_type: 'DC', status: 'Available' } },
    {
      id: 'cp-15', kind: 'CHARGE_POINT', parent_id: 'circ-a', name: 'CH-015',
      limit: { max_power_w: 22000, source: 'RATED' },
      asset: { ocpp_id: 'OCPP-0015', power_type: 'AC', status: 'Faulted' },
    },
    { id: 'cp-15-1', kind: 'CONNECTOR', parent_id: 'cp-15', limit: { max_power_w: 22000, source: 'RATED' }, asset: { standard: 'IEC_62196_T2', power_type: 'AC_3_PHASE' } },
    { id: 'bat-1', kind: 'BATTERY', parent_id: 'gc-1', name: 'Buffer battery' },
  ],
  warnings: [
    { code: 'CHARGER_OFFLINE', severity: 'warning', message: 'Offline for a day', entity: { type: 'CHARGE_POINT', id: 'cp-14' } },
    { code: 'RATING_MISSING', severity: 'error', message: 'No rating', entity: { type: 'CHARGE_POINT', id: 'cp-15' } },
  ],
};
