/**
 * The mock backend's store: every scenario the depot picker offers, and the site data (or fault)
 * behind each depot id. Loaded only in mock mode, by dynamic import.
 */
import type { Session } from '../../src/domain/allocation';
import { BLOCKING_CODES } from '../../src/domain/site-data';
import { FAULTS, isFault, type FaultId } from './faults';
import { generateLargeSite, LARGE_MAX_CONNECTORS } from './large';
import { smallDepot } from './small-depot';
import { ERROR_SITES, legacyDepot, markupDepot, warningsDepot } from './variants';
import { welshpool, welshpoolEveningReturn } from './welshpool';
import { workplaceCarPark, workplaceMorningArrivals } from './workplace-car-park';

export interface ScenarioInfo {
  depotId: string;
  title: string;
  description: string;
  group: 'Healthy' | 'Topology errors' | 'Faults' | 'Large';
}

export { FAULTS, SLOW_DELAY_MS, type FaultId } from './faults';
export { generateLargeSite, LARGE_MAX_CONNECTORS } from './large';
export { ERROR_MANY_CODES } from './variants';
export { MARKUP_NAMES } from './variants';

const SITES: Readonly<Record<string, unknown>> = {
  'small-depot': smallDepot,
  welshpool,
  'workplace-car-park': workplaceCarPark,
  'legacy-depot': legacyDepot,
  'warnings-all': warningsDepot,
  'markup-names': markupDepot,
  ...ERROR_SITES,
};

const sentence = (code: string) => {
  const words = code.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

export const SCENARIOS: readonly ScenarioInfo[] = [
  { depotId: 'small-depot', title: 'Small depot', description: 'One grid connection, two circuits, six AC and DC chargers; no warnings.', group: 'Healthy' },
  { depotId: 'welshpool', title: 'Welshpool bus depot', description: 'Two grid connections, six charger circuits, 40 DC chargers; oversubscribed bays and a safe-capacity fallback.', group: 'Healthy' },
  { depotId: 'workplace-car-park', title: 'Workplace car park', description: 'Single-phase chargers on three-phase boards: one run all wired RST, the same run rotated, and a DC charger beside single-phase ones.', group: 'Healthy' },
  { depotId: 'legacy-depot', title: 'Legacy calculation version', description: 'The small depot on usable power calculation version 2: rebalancing ignores the topology.', group: 'Healthy' },
  { depotId: 'warnings-all', title: 'Every warning', description: 'A topology that assembles with every warning of the catalog: empty circuit, charger without connectors, safe-capacity fallback, oversubscription, legacy version, unknown phase rotation.', group: 'Healthy' },
  { depotId: 'markup-names', title: 'Names that look like markup', description: 'The small depot with names holding HTML tags and a script: they must show as text.', group: 'Healthy' },
  ...BLOCKING_CODES.map((code): ScenarioInfo => ({
    depotId: `error-${code.toLowerCase().replace(/_/g, '-')}`,
    title: sentence(code),
    description: `The small depot with data that raises ${code}.`,
    group: 'Topology errors',
  })),
  { depotId: 'error-many', title: 'Many errors', description: 'Several different blocking errors at once.', group: 'Topology errors' },
  ...[1000, 5000, 10_000].map((n): ScenarioInfo => ({
    depotId: `large-${n}`,
    title: `Large depot, ${n.toLocaleString('en-US')} connectors`,
    description: `A generated depot with ${n.toLocaleString('en-US')} connectors (any large-<n> up to ${LARGE_MAX_CONNECTORS.toLocaleString('en-US')} works by URL).`,
    group: 'Large',
  })),
  ...(Object.keys(FAULTS) as FaultId[]).map((id): ScenarioInfo => ({ depotId: id, ...FAULTS[id], group: 'Faults' })),
];

export type ScenarioSource =
  | { kind: 'site'; site: unknown; generated: boolean }
  | { kind: 'fault'; fault: FaultId }
  | { kind: 'unknown' };

/** What stands behind a depot id: site data to derive, a fault to act out, or nothing (404). */
export function findScenario(depotId: string): ScenarioSource {
  if (isFault(depotId)) return { kind: 'fault', fault: depotId };
  if (Object.hasOwn(SITES, depotId)) return { kind: 'site', site: SITES[depotId], generated: false };
  const large = /^large-([1-9]\d*)$/.exec(depotId);
  if (large) {
    const n = Number(large[1]);
    if (n <= LARGE_MAX_CONNECTORS) return { kind: 'site', site: generateLargeSite(n), generated: true };
  }
  return { kind: 'unknown' };
}

/** The allocation preview's "scenario" preset: a depot's typical session set, where it has one. */
export const SCENARIO_SESSIONS: Readonly<Record<string, { name: string; sessions: readonly Session[] }>> = {
  welshpool: { name: 'Evening return', sessions: welshpoolEveningReturn },
  'workplace-car-park': { name: 'Morning arrivals', sessions: workplaceMorningArrivals },
};

/** A depot's scenario sessions, or null (own keys only: '__proto__' or 'constructor' are no depot). */
export function scenarioSessionsFor(depotId: string): { name: string; sessions: readonly Session[] } | null {
  return Object.hasOwn(SCENARIO_SESSIONS, depotId) ? SCENARIO_SESSIONS[depotId]! : null;
}
