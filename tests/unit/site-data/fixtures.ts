/**
 * Hand-written site data for the derivation tests: a clean depot with no issue at all, which each
 * test bends in one place.
 */
import { deriveMicrogrid, type DeriveResult } from '../../../src/domain/site-data';
import type { TopologyIssueWire } from '../../../src/domain/topology';

export const GENERATED_AT = '2026-03-26T04:12:00Z';

/** One grid connection (circ-main), one sub-circuit (circ-a), two 150 kW chargers with a connector each. */
export function cleanSite() {
  return {
    depot: { id: 'depot-1', name: 'Test depot', timezone: 'Australia/Perth', usable_power_calculation_version: 3 },
    microgrid: {
      id: 'mg-1',
      name: 'Test microgrid',
      grid_connections: [{ id: 'gc-1', circuit_id: 'circ-main', name: 'Main incomer' }] as Array<Record<string, unknown>>,
    },
    circuits: [
      { id: 'circ-main', name: 'Main board', parent_circuit_id: null, phases: 3, voltage_v: 230, default_capacity_w: 400_000, safe_capacity_w: 200_000, breaker_rating_a: 630 },
      { id: 'circ-a', name: 'Bay A', parent_circuit_id: 'circ-main', phases: 3, default_capacity_w: 300_000, safe_capacity_w: 150_000 },
    ] as Array<Record<string, unknown>>,
    charge_points: [
      { id: 'cp-1', name: 'Charger 1', ocpp_id: 'TST-001', circuit_id: 'circ-a', phases: 3, power_type: 'DC', max_power_w: 150_000, evse_count: 1, status: 'Available' },
      { id: 'cp-2', name: 'Charger 2', ocpp_id: 'TST-002', circuit_id: 'circ-a', phases: 3, power_type: 'DC', max_power_w: 150_000, evse_count: 1, status: 'Charging' },
    ] as Array<Record<string, unknown>>,
    connectors: [
      { id: 'cp-1-1', charge_point_id: 'cp-1', connector_id: 1, standard: 'IEC_62196_T2_COMBO', power_type: 'DC', max_power_w: 150_000, max_current_a: 200 },
      { id: 'cp-2-1', charge_point_id: 'cp-2', connector_id: 1, standard: 'IEC_62196_T2_COMBO', power_type: 'DC', max_power_w: 150_000, max_current_a: 200 },
    ] as Array<Record<string, unknown>>,
  };
}

export type Site = ReturnType<typeof cleanSite>;

export function derive(site: unknown): DeriveResult {
  return deriveMicrogrid(site, { generatedAt: GENERATED_AT });
}

/** The issues of a result: errors of a 422, warnings of a 200. */
export function issuesOf(result: DeriveResult): TopologyIssueWire[] {
  return result.status === 422 ? result.body.errors : (result.body.warnings ?? []);
}

export function codesOf(result: DeriveResult): string[] {
  return issuesOf(result).map((i) => i.code);
}

/** The one issue with this code; fails loudly when there is none or several. */
export function onlyIssue(result: DeriveResult, code: string): TopologyIssueWire {
  const found = issuesOf(result).filter((i) => i.code === code);
  if (found.length !== 1) throw new Error(`expected one ${code}, got ${found.length}: ${JSON.stringify(issuesOf(result))}`);
  return found[0]!;
}
