/**
 * A small healthy depot: one grid connection, two circuits (the main board and an AC sub-board),
 * two DC and four AC chargers. Sized so that nothing is oversubscribed: it derives with no warnings.
 */
import type { SiteDataInput } from '../../src/domain/site-data';

const dcCharger = (n: number, status: string, connectorStatus: string) => ({
  id: `sd-cp-dc${n}`,
  name: `DC charger ${n}`,
  ocpp_id: `SMD-DC-0${n}`,
  circuit_id: 'sd-circ-main',
  vendor: 'Kempower',
  model: 'S-Series 50',
  serial_number: `KP50-2311-00${n}4`,
  firmware_version: '1.38.2',
  power_type: 'DC',
  phases: 3 as const,
  max_power_w: 50_000,
  evse_count: 1,
  status,
  connectorStatus,
});

const acCharger = (n: number, status: string) => ({
  id: `sd-cp-ac${n}`,
  name: `AC charger ${n}`,
  ocpp_id: `SMD-AC-0${n}`,
  circuit_id: 'sd-circ-ac',
  vendor: 'Alfen',
  model: 'Eve Single Pro-line',
  serial_number: `ACE0${n}20931`,
  firmware_version: '6.4.0-4179',
  power_type: 'AC',
  phases: 3 as const,
  max_power_w: 22_080,
  evse_count: 1,
  status,
});

const dc = [dcCharger(1, 'Available', 'Charging'), dcCharger(2, 'Available', 'Available')];
const ac = [acCharger(1, 'Available'), acCharger(2, 'Available'), acCharger(3, 'Faulted'), acCharger(4, 'Available')];

export const smallDepot = {
  depot: { id: 'small-depot', name: 'Small depot', timezone: 'Europe/London', usable_power_calculation_version: 3 },
  microgrid: {
    id: 'mg-small-01',
    name: 'Small depot microgrid',
    grid_connections: [{ id: 'sd-gc-1', circuit_id: 'sd-circ-main', name: 'Main incomer' }],
  },
  circuits: [
    {
      id: 'sd-circ-main', name: 'Main switchboard', parent_circuit_id: null, phases: 3, voltage_v: 230,
      default_capacity_w: 200_000, safe_capacity_w: 120_000, breaker_rating_a: 400,
    },
    {
      // 128 A per phase on three phases at 230 V: exactly four 32 A chargers.
      id: 'sd-circ-ac', name: 'AC sub-board', parent_circuit_id: 'sd-circ-main', phases: 3, voltage_v: 230,
      default_capacity_w: 88_320, safe_capacity_w: 41_400, breaker_rating_a: 160,
    },
  ],
  charge_points: [...dc.map(({ connectorStatus: _, ...cp }) => cp), ...ac],
  connectors: [
    ...dc.map((cp) => ({
      id: `${cp.id}-1`, charge_point_id: cp.id, connector_id: 1, evse_id: 1, standard: 'IEC_62196_T2_COMBO',
      power_type: 'DC', max_power_w: 50_000, max_current_a: 125, max_voltage_v: 500, status: cp.connectorStatus,
    })),
    ...ac.map((cp) => ({
      id: `${cp.id}-1`, charge_point_id: cp.id, connector_id: 1, evse_id: 1, standard: 'IEC_62196_T2',
      power_type: 'AC_3_PHASE', max_power_w: 22_080, max_current_a: 32, max_voltage_v: 230, status: cp.status === 'Faulted' ? 'Faulted' : 'Available',
    })),
  ],
} satisfies SiteDataInput;
