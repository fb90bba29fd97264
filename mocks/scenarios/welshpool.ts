/**
 * Welshpool bus depot: two grid connections feeding six charger circuits (bay E's extension hangs
 * under bay E), 40 DC chargers of one or two connectors. Bays A and C are oversubscribed (normal
 * under load balancing) and the south board has no default capacity, so it runs on its safe
 * capacity: the topology assembles with warnings.
 */
import type { Session } from '../../src/domain/allocation';
import type { SiteDataInput } from '../../src/domain/site-data';
import { circuit } from './circuit';

interface Model { vendor: string; model: string; firmware: string; powerW: number; connectors: 1 | 2; ampsDc: number }

const MODELS: Record<string, Model> = {
  kempower: { vendor: 'Kempower', model: 'S-Series Satellite', firmware: '1.41.0', powerW: 150_000, connectors: 1, ampsDc: 400 },
  abb: { vendor: 'ABB', model: 'Terra 184', firmware: '1.8.31', powerW: 180_000, connectors: 2, ampsDc: 300 },
  tritium: { vendor: 'Tritium', model: 'PKM150', firmware: '2.5.4', powerW: 150_000, connectors: 1, ampsDc: 350 },
  heliox: { vendor: 'Heliox', model: 'Flex 180 kW', firmware: '3.2.12', powerW: 180_000, connectors: 2, ampsDc: 300 },
};

// A fixed, varied pattern of statuses, so the depot looks lived-in and stays the same every load.
const STATUSES = ['Charging', 'Available', 'Charging', 'SuspendedEV', 'Preparing', 'Charging', 'Finishing', 'Available', 'Faulted', 'Charging', 'Unavailable', 'Charging', 'SuspendedEVSE'];

interface Bay { circuit: string; bay: string; model: keyof typeof MODELS; count: number; first: number }

const BAYS: Bay[] = [
  { circuit: 'circ-bay-a', bay: 'A', model: 'kempower', count: 8, first: 1 },
  { circuit: 'circ-bay-b', bay: 'B', model: 'abb', count: 6, first: 9 },
  { circuit: 'circ-bay-c', bay: 'C', model: 'tritium', count: 8, first: 15 },
  { circuit: 'circ-bay-d', bay: 'D', model: 'heliox', count: 6, first: 23 },
  { circuit: 'circ-bay-e', bay: 'E', model: 'kempower', count: 7, first: 29 },
  { circuit: 'circ-bay-e-ext', bay: 'E', model: 'tritium', count: 5, first: 36 },
];

const pad = (n: number) => String(n).padStart(3, '0');

const chargePoints = BAYS.flatMap(({ circuit, bay, model, count, first }) =>
  Array.from({ length: count }, (_, i) => {
    const n = first + i;
    const m = MODELS[model]!;
    return {
      id: `cp-${pad(n)}`,
      name: `Bay ${bay} charger ${n}`,
      ocpp_id: `WEL-${pad(n)}`,
      circuit_id: circuit,
      vendor: m.vendor,
      model: m.model,
      serial_number: `${m.vendor.slice(0, 3).toUpperCase()}-24${pad(n * 7)}`,
      firmware_version: n % 5 === 0 ? `${m.firmware}-hotfix1` : m.firmware,
      power_type: 'DC',
      phases: 3 as const,
      max_power_w: m.powerW,
      evse_count: m.connectors,
      status: STATUSES[n % STATUSES.length] === 'Faulted' ? 'Faulted' : 'Available',
    };
  }),
);

const connectors = BAYS.flatMap(({ model, count, first }) =>
  Array.from({ length: count }, (_, i) => first + i).flatMap((n) => {
    const m = MODELS[model]!;
    return Array.from({ length: m.connectors }, (_, k) => ({
      id: `cp-${pad(n)}-${k + 1}`,
      charge_point_id: `cp-${pad(n)}`,
      connector_id: k + 1,
      evse_id: k + 1,
      standard: 'IEC_62196_T2_COMBO',
      power_type: 'DC',
      // A two-connector cabinet can give either outlet its full power, one at a time or shared.
      max_power_w: m.powerW,
      max_current_a: m.ampsDc,
      max_voltage_v: 920,
      status: STATUSES[(n + k * 5) % STATUSES.length]!,
    }));
  }),
);

export const welshpool = {
  depot: { id: 'welshpool', name: 'Welshpool bus depot', timezone: 'Australia/Perth', usable_power_calculation_version: 3 },
  microgrid: {
    id: 'mg-wel-01',
    name: 'Welshpool',
    grid_connections: [
      { id: 'gc-wel-north', circuit_id: 'circ-north-board', name: 'North incomer (Western Power TX1)' },
      { id: 'gc-wel-south', circuit_id: 'circ-south-board', name: 'South incomer (Western Power TX2)' },
    ],
  },
  circuits: [
    circuit('circ-north-board', 'North main switchboard', null, 2_500_000, 1_600_000, 4000),
    circuit('circ-south-board', 'South main switchboard', null, null, 2_000_000, 3200),
    circuit('circ-bay-a', 'Bay A charger circuit', 'circ-north-board', 600_000, 400_000, 1000),
    circuit('circ-bay-b', 'Bay B charger circuit', 'circ-north-board', 1_080_000, 720_000, 1600),
    circuit('circ-bay-c', 'Bay C charger circuit', 'circ-north-board', 800_000, 500_000, 1250),
    circuit('circ-bay-d', 'Bay D charger circuit', 'circ-south-board', 1_080_000, 720_000, 1600),
    circuit('circ-bay-e', 'Bay E charger circuit', 'circ-south-board', 1_200_000, 800_000, 2000),
    circuit('circ-bay-e-ext', 'Bay E extension', 'circ-bay-e', 750_000, 500_000, 1250),
  ],
  charge_points: chargePoints,
  connectors,
} satisfies SiteDataInput;

/**
 * The "evening return" scenario of the allocation preview: every bus back and plugged in, each
 * connector asking for its full DC rating, no minimums. The buses due out first in the morning are
 * at priority 1: the first connector of the first two chargers of bays A and D (cp-001-1, cp-002-1,
 * cp-023-1, cp-024-1), one pair on each grid connection.
 */
const FIRST_OUT = new Set(BAYS.filter((b) => b.bay === 'A' || b.bay === 'D').flatMap((b) => [`cp-${pad(b.first)}-1`, `cp-${pad(b.first + 1)}-1`]));

export const welshpoolEveningReturn: Session[] = connectors
  .map((c): Session => (FIRST_OUT.has(c.id) ? { connectorId: c.id, requestedPowerW: c.max_power_w, priority: 1 } : { connectorId: c.id, requestedPowerW: c.max_power_w }))
  .sort((a, b) => (a.connectorId < b.connectorId ? -1 : a.connectorId > b.connectorId ? 1 : 0));
