/** Topologies for the preview's tests: mock depots run through the derivation, or a few nodes by hand. */
import { mockDepotSite } from '../allocation/scenario-site';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import { MicrogridTopologySchema, type MicrogridNodeWire, type MicrogridTopology } from '../../../src/domain/topology';

/** A mock depot's topology, as the app would receive it. */
export function depotTopology(depotId: string): MicrogridTopology {
  const derived = deriveMicrogrid(mockDepotSite(depotId));
  if (derived.status !== 200) throw new Error(`${depotId} does not derive`);
  return MicrogridTopologySchema.parse(derived.body);
}

/** A topology of the given nodes. */
export function topologyOf(nodes: MicrogridNodeWire[]): MicrogridTopology {
  return MicrogridTopologySchema.parse({
    microgrid_id: 'mg-test', depot_id: 'test', name: null, usable_power_calculation_version: 3,
    generated_at: '2025-01-01T00:00:00Z', nodes,
  });
}

type Limit = { max_power_w?: number | null; phases?: 1 | 3 | null };
const limit = (l: Limit | null) => (l === null ? null : { max_power_w: l.max_power_w ?? null, max_current_a: null, phases: l.phases ?? null, source: 'RATED' });

export const node = (id: string, kind: string, parent: string | null, l: Limit | null = null, powerType?: string): MicrogridNodeWire => ({
  id, kind, parent_id: parent, name: null, limit: limit(l), asset: powerType === undefined ? {} : { power_type: powerType },
});

/**
 * A hand-made depot: a circuit with three charge points; connector ratings come from the connector
 * (cp-b-1: 7 360 W), the charge point (cp-a-1: 11 000 W) or the default (cp-c-1: 22 080 W).
 */
export const handMade = topologyOf([
  node('root', 'MICROGRID', null),
  node('circ', 'CIRCUIT', 'root', { max_power_w: 40_000 }),
  node('cp-a', 'CHARGE_POINT', 'circ', { max_power_w: 11_000 }),
  node('cp-a-1', 'CONNECTOR', 'cp-a', null, 'AC_3_PHASE'),
  node('cp-b', 'CHARGE_POINT', 'circ'),
  node('cp-b-1', 'CONNECTOR', 'cp-b', { max_power_w: 7_360, phases: 1 }, 'AC_1_PHASE'),
  node('cp-c', 'CHARGE_POINT', 'circ'),
  node('cp-c-1', 'CONNECTOR', 'cp-c', null, 'DC'),
]);

export const HAND_MADE_CONNECTORS = ['cp-a-1', 'cp-b-1', 'cp-c-1'] as const;
export const HAND_MADE_RATINGS: Readonly<Record<string, number>> = { 'cp-a-1': 11_000, 'cp-b-1': 7_360, 'cp-c-1': 22_080 };
