/**
 * A workplace car park where phase rotation matters: single-phase 7.4 kW chargers on three-phase
 * boards. On level 1 the installer wired every charger RST, so all of them draw on L1 and its 63 A
 * breaker binds long before the board's watts do; level 2 has the same run rotated RST, STR, TRS,
 * so the load spreads over the three phases. The visitor board shares 100 A per phase between a
 * 50 kW DC charger (a balanced three-phase draw) and four single-phase chargers, all on L2.
 */
import type { Session } from '../../src/domain/allocation';
import type { SiteDataInput } from '../../src/domain/site-data';
import { circuit } from './circuit';

const pad = (n: number) => String(n).padStart(2, '0');
const STATUSES = ['Charging', 'Charging', 'Available', 'Charging', 'SuspendedEV', 'Charging', 'Preparing', 'Charging'];

/** A 32 A single-phase wallbox (7 360 W at 230 V) with one Type 2 socket. */
function wallbox(id: string, name: string, circuitId: string, rotation: string, n: number) {
  return {
    chargePoint: {
      id, name, ocpp_id: `WCP-${id.slice(3).toUpperCase()}`, circuit_id: circuitId,
      vendor: 'Zaptec', model: 'Go', serial_number: `ZAP-${pad(n)}${id.length}417`, firmware_version: '2.9.1',
      power_type: 'AC', phases: 1 as const, max_power_w: 7_360, evse_count: 1, status: 'Available', phase_rotation: rotation,
    },
    connector: {
      id: `${id}-1`, charge_point_id: id, connector_id: 1, evse_id: 1, standard: 'IEC_62196_T2', power_type: 'AC_1_PHASE',
      max_power_w: 7_360, max_current_a: 32, max_voltage_v: 230, status: STATUSES[n % STATUSES.length]!,
    },
  };
}

const ROTATED = ['RST', 'STR', 'TRS'];
const boxes = [
  ...Array.from({ length: 12 }, (_, i) => wallbox(`cp-l1-${pad(i + 1)}`, `Level 1 bay ${i + 1}`, 'circ-level-1', 'RST', i)),
  ...Array.from({ length: 12 }, (_, i) => wallbox(`cp-l2-${pad(i + 1)}`, `Level 2 bay ${i + 1}`, 'circ-level-2', ROTATED[i % 3]!, i + 3)),
  ...['SRT', 'STR', 'SRT', 'STR'].map((rotation, i) => wallbox(`cp-v-${pad(i + 1)}`, `Visitor bay ${i + 1}`, 'circ-visitor', rotation, i + 5)),
];

export const workplaceCarPark = {
  depot: { id: 'workplace-car-park', name: 'Workplace car park', timezone: 'Europe/Amsterdam', usable_power_calculation_version: 3 },
  microgrid: {
    id: 'mg-wcp-01',
    name: 'Workplace car park',
    grid_connections: [{ id: 'gc-wcp-main', circuit_id: 'circ-main', name: 'Building supply' }],
  },
  circuits: [
    circuit('circ-main', 'Car park main board', null, 200_000, 150_000, 400),
    // 63 A per phase: 43.47 kW if balanced, but only 14.49 kW on one phase.
    circuit('circ-level-1', 'Level 1 board', 'circ-main', 43_470, 30_000, 63),
    circuit('circ-level-2', 'Level 2 board', 'circ-main', 43_470, 30_000, 63),
    circuit('circ-visitor', 'Visitor board', 'circ-main', 69_000, 45_000, 100),
  ],
  charge_points: [
    ...boxes.map((b) => b.chargePoint),
    {
      id: 'cp-v-dc', name: 'Visitor rapid charger', ocpp_id: 'WCP-V-DC', circuit_id: 'circ-visitor', vendor: 'Alpitronic',
      model: 'Hypercharger HYC50', serial_number: 'ALP-50-22871', firmware_version: '1.6.2', power_type: 'DC', phases: 3 as const,
      max_power_w: 50_000, evse_count: 1, status: 'Available',
    },
  ],
  connectors: [
    ...boxes.map((b) => b.connector),
    {
      id: 'cp-v-dc-1', charge_point_id: 'cp-v-dc', connector_id: 1, evse_id: 1, standard: 'IEC_62196_T2_COMBO', power_type: 'DC',
      max_power_w: 50_000, max_current_a: 125, max_voltage_v: 920, status: 'Charging',
    },
  ],
} satisfies SiteDataInput;

/**
 * "Morning arrivals": bays 1–6 of each level and every visitor bay plugged in, each car asking
 * 7 kW (30.4 A on one phase), and the rapid charger 50 kW. Level 1's six cars all draw on L1
 * (183 A against its 63 A breaker), level 2's rotated six draw two per phase (61 A, within 63 A),
 * and the visitor board's L2 carries the rapid charger's third and four cars.
 */
export const workplaceMorningArrivals: Session[] = [
  ...[1, 2, 3, 4, 5, 6].flatMap((n) => [`cp-l1-${pad(n)}-1`, `cp-l2-${pad(n)}-1`]),
  ...[1, 2, 3, 4].map((n) => `cp-v-${pad(n)}-1`),
]
  .map((connectorId): Session => ({ connectorId, requestedPowerW: 7_000 }))
  .concat([{ connectorId: 'cp-v-dc-1', requestedPowerW: 50_000 }])
  .sort((a, b) => (a.connectorId < b.connectorId ? -1 : a.connectorId > b.connectorId ? 1 : 0));
