/**
 * Generated depots of any size, for the large-depot scenarios (`large-<n>`: n connectors). Seeded
 * by n, so the same URL always gives the same depot. The shape is a real depot's, scaled:
 * grid connections → feeder circuits → bay circuits → chargers of one or two connectors.
 */
import { seededRandom as seeded } from '../../src/domain/random';
import type { SiteDataInput } from '../../src/domain/site-data';

export const LARGE_MAX_CONNECTORS = 50_000;

const KINDS = [
  { vendor: 'Kempower', model: 'S-Series Satellite', power: 'DC', powerW: 150_000, connectors: 1, amps: 400, standard: 'IEC_62196_T2_COMBO', firmware: '1.41.0' },
  { vendor: 'ABB', model: 'Terra 184', power: 'DC', powerW: 180_000, connectors: 2, amps: 300, standard: 'IEC_62196_T2_COMBO', firmware: '1.8.31' },
  { vendor: 'Alfen', model: 'Eve Double Pro-line', power: 'AC', powerW: 22_080, connectors: 2, amps: 32, standard: 'IEC_62196_T2', firmware: '6.4.0-4179' },
  { vendor: 'Zaptec', model: 'Pro', power: 'AC', powerW: 22_080, connectors: 1, amps: 32, standard: 'IEC_62196_T2', firmware: '3.2.1' },
] as const;
const STATUSES = ['Available', 'Charging', 'Charging', 'SuspendedEV', 'Preparing', 'Finishing', 'Faulted', 'Unavailable'] as const;

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const kw = (w: number) => Math.round(w / 1000) * 1000;

export function generateLargeSite(connectorCount: number, depotId = `large-${connectorCount}`): SiteDataInput {
  const random = seeded(connectorCount * 2654435761);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));

  const chargePoints: Array<Record<string, unknown>> = [];
  const connectors: Array<Record<string, unknown>> = [];
  const circuits: Array<Record<string, unknown>> = [];
  const gridConnections: Array<Record<string, unknown>> = [];

  // Chargers first, in bays of 8–24; the last charger gives up its second connector if n demands.
  const bays: Array<{ chargers: string[]; ratedW: number }> = [];
  let made = 0;
  while (made < connectorCount) {
    const bay = { chargers: [] as string[], ratedW: 0 };
    const size = between(8, 24);
    for (let i = 0; i < size && made < connectorCount; i++) {
      const kind = pick(KINDS);
      const n = chargePoints.length + 1;
      const id = `lg-cp-${pad(n, 5)}`;
      const outlets = Math.min(kind.connectors, connectorCount - made);
      chargePoints.push({
        id, name: `Charger ${n}`, ocpp_id: `LRG-${pad(n, 5)}`, vendor: kind.vendor, model: kind.model,
        serial_number: `${kind.vendor.slice(0, 3).toUpperCase()}${pad(Math.floor(random() * 1e7), 7)}`,
        firmware_version: kind.firmware, power_type: kind.power, phases: 3, max_power_w: kind.powerW,
        evse_count: outlets, status: random() < 0.05 ? 'Faulted' : 'Available',
      });
      for (let k = 1; k <= outlets; k++) {
        connectors.push({
          id: `${id}-${k}`, charge_point_id: id, connector_id: k, evse_id: k, standard: kind.standard,
          power_type: kind.power === 'DC' ? 'DC' : 'AC_3_PHASE', max_power_w: kind.powerW, max_current_a: kind.amps,
          max_voltage_v: kind.power === 'DC' ? 920 : 230, status: pick(STATUSES),
        });
      }
      made += outlets;
      bay.chargers.push(id);
      bay.ratedW += kind.powerW;
    }
    bays.push(bay);
  }

  // Bays under feeders (2–4 each), feeders under grid connections (up to 4 each).
  const assignments = new Map<string, string>();
  let feederCount = 0;
  let gcCount = 0;
  for (let b = 0; b < bays.length; ) {
    const gc = ++gcCount;
    const source = `lg-circ-${pad(gc, 2)}`;
    let sourceCapW = 0;
    for (let f = 0; f < 4 && b < bays.length; f++) {
      const feeder = `lg-feeder-${pad(++feederCount, 3)}`;
      let feederCapW = 0;
      for (let k = between(2, 4); k > 0 && b < bays.length; k--, b++) {
        const bay = bays[b]!;
        const id = `lg-bay-${pad(b + 1, 4)}`;
        const capW = kw(bay.ratedW * (0.5 + random() * 0.4));
        // One bay in ten has no default capacity configured and runs on its safe capacity.
        const safeOnly = random() < 0.1;
        circuits.push({ id, name: `Bay ${b + 1}`, parent_circuit_id: feeder, phases: 3, voltage_v: 230, default_capacity_w: safeOnly ? null : capW, safe_capacity_w: kw(capW * 0.6) });
        feederCapW += capW;
        for (const cpId of bay.chargers) assignments.set(cpId, id);
      }
      const feederW = kw(feederCapW * 0.85);
      circuits.push({ id: feeder, name: `Feeder ${feederCount}`, parent_circuit_id: source, phases: 3, voltage_v: 230, default_capacity_w: feederW, safe_capacity_w: kw(feederW * 0.6) });
      sourceCapW += feederW;
    }
    const sourceW = kw(sourceCapW * 0.9);
    circuits.push({ id: source, name: `Main switchboard ${gc}`, parent_circuit_id: null, phases: 3, voltage_v: 230, default_capacity_w: sourceW, safe_capacity_w: kw(sourceW * 0.6) });
    gridConnections.push({ id: `lg-gc-${pad(gc, 2)}`, circuit_id: source, name: `Incomer ${gc}` });
  }
  for (const cp of chargePoints) cp.circuit_id = assignments.get(cp.id as string);

  return {
    depot: { id: depotId, name: `Large depot (${connectorCount.toLocaleString('en-US')} connectors)`, timezone: 'UTC', usable_power_calculation_version: 3 },
    microgrid: { id: `mg-${depotId}`, name: 'Large depot', grid_connections: gridConnections as SiteDataInput['microgrid']['grid_connections'] },
    circuits: circuits as SiteDataInput['circuits'],
    charge_points: chargePoints as SiteDataInput['charge_points'],
    connectors: connectors as SiteDataInput['connectors'],
  };
}
