/**
 * Seeded depot generator for graph tests and the topology benchmark: microgrid → grid
 * connections → circuits → chargers → connectors, in the wire shape of the contract.
 */
import { seededRandom } from '../../../src/domain/random';
import type { MicrogridNodeWire, MicrogridTopologyWire, TopologyIssueWire } from '../../../src/domain/topology';

export interface DepotShape {
  gridConnections: number;
  circuitsPerGrid: number;
  chargersPerCircuit: number;
  connectorsPerCharger: number;
  seed?: number;
}

export { seededRandom };

export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const STATUSES = ['Available', 'Charging', 'Preparing', 'Faulted', 'Offline'];

export function generateDepot(shape: DepotShape): MicrogridTopologyWire {
  const random = seededRandom(shape.seed ?? 1);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const nodes: MicrogridNodeWire[] = [
    { id: 'mg-1', kind: 'MICROGRID', parent_id: null, name: 'Generated depot', limit: null },
  ];
  const warnings: TopologyIssueWire[] = [];
  let cp = 0;
  for (let g = 1; g <= shape.gridConnections; g++) {
    const gridId = `gc-${g}`;
    nodes.push({
      id: gridId, kind: 'GRID_CONNECTION', parent_id: 'mg-1', name: `Grid connection ${g}`,
      limit: { max_power_w: 2_000_000, source: 'DEFAULT_CAPACITY', phases: 3 },
    });
    for (let c = 1; c <= shape.circuitsPerGrid; c++) {
      const circuitId = `circ-${g}-${c}`;
      nodes.push({
        id: circuitId, kind: 'CIRCUIT', parent_id: gridId, name: `Circuit ${g}.${c}`,
        limit: { max_power_w: 400_000, source: pick(['DEFAULT_CAPACITY', 'SAFE_CAPACITY']), phases: 3 },
        asset: { breaker_rating_a: 630 },
      });
      for (let k = 0; k < shape.chargersPerCircuit; k++) {
        cp++;
        const cpId = `cp-${cp}`;
        const dc = random() < 0.5;
        nodes.push({
          id: cpId, kind: 'CHARGE_POINT', parent_id: circuitId, name: `Charger ${cp}`,
          limit: { max_power_w: dc ? 150_000 : 22_000, source: 'RATED', phases: 3 },
          asset: { ocpp_id: `OCPP-${String(cp).padStart(5, '0')}`, power_type: dc ? 'DC' : 'AC', status: pick(STATUSES) },
        });
        if (random() < 0.02) {
          warnings.push({ code: 'CHARGER_OFFLINE', severity: 'warning', message: 'Offline', entity: { type: 'CHARGE_POINT', id: cpId } });
        }
        for (let n = 1; n <= shape.connectorsPerCharger; n++) {
          nodes.push({
            id: `${cpId}-c${n}`, kind: 'CONNECTOR', parent_id: cpId, name: `Connector ${n}`,
            limit: { max_power_w: dc ? 150_000 : 22_000, source: 'RATED', phases: 3 },
            asset: { connector_id: n, standard: dc ? 'IEC_62196_T2_COMBO' : 'IEC_62196_T2', power_type: dc ? 'DC' : 'AC_3_PHASE', status: pick(STATUSES) },
          });
        }
      }
    }
  }
  return {
    microgrid_id: 'mg-1',
    depot_id: 'depot-generated',
    name: 'Generated depot',
    usable_power_calculation_version: 3,
    generated_at: '2026-01-01T00:00:00Z',
    nodes,
    warnings,
  };
}
