/** The mock depots' scenario sessions, as the preview's "scenario" preset runs them. */
import { describe, expect, it } from 'vitest';
import { depotTopology } from './depots';
import { SCENARIO_SESSIONS, scenarioSessionsFor } from '../../../mocks/scenarios';
import { welshpoolEveningReturn } from '../../../mocks/scenarios/welshpool';

describe('welshpool evening return', () => {
  const welshpool = depotTopology('welshpool');
  const connectors = welshpool.nodes.filter((n) => n.kind === 'CONNECTOR');

  it('every connector at its DC rating, in id order, no minimums', () => {
    expect(welshpoolEveningReturn).toHaveLength(connectors.length);
    const ids = welshpoolEveningReturn.map((s) => s.connectorId);
    expect(ids).toEqual(connectors.map((n) => n.id as string).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const s of welshpoolEveningReturn) {
      expect(s.requestedPowerW).toBe(connectors.find((n) => n.id === s.connectorId)!.limit!.max_power_w);
      expect(s.minPowerW).toBeUndefined();
    }
  });

  it('the first connector of the first two chargers of bays A and D go first', () => {
    const first = welshpoolEveningReturn.filter((s) => s.priority === 1).map((s) => s.connectorId);
    expect(first).toEqual(['cp-001-1', 'cp-002-1', 'cp-023-1', 'cp-024-1']);
    expect(welshpoolEveningReturn.filter((s) => s.priority !== undefined && s.priority !== 1)).toEqual([]);
  });
});

describe('scenarioSessionsFor', () => {
  it('welshpool has its evening return', () => {
    expect(scenarioSessionsFor('welshpool')).toEqual({ name: 'Evening return', sessions: welshpoolEveningReturn });
    expect(SCENARIO_SESSIONS.welshpool!.name).toBe('Evening return');
  });

  it.each(['small-depot', 'nope', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty'])('%j has none', (id) => {
    expect(scenarioSessionsFor(id)).toBeNull();
  });
});
