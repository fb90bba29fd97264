/**
 * The worker's compact form of an allocation result: read back, it is the allocator's own output
 * (nulls, absent phase figures and reasons included), and what did not change since the previous
 * read keeps its objects while what changed gets new ones.
 */
import { describe, expect, it } from 'vitest';
import { allocate, fromTopology, sampleSessions, sessionsAtRating, type PowerNode, type Session, type Strategy } from '../../../src/domain/allocation';
import { compactResult, compactSessions, expandResult, expandSessions, positionsOf } from '../../../src/domain/preview/compact-result';
import { depotTopology, handMade } from './depots';

const depots = ['large-1000', 'workplace-car-park', 'welshpool'];

function roundTrip(depotId: string, sessions: (nodes: ReturnType<typeof fromTopology>) => Session[], strategy: Strategy) {
  const topology = depotTopology(depotId);
  const nodes = fromTopology(topology);
  const result = allocate({ nodes, sessions: sessions(nodes), strategy });
  return { nodes, result, read: expandResult(nodes, compactResult(result, positionsOf(nodes))) };
}

describe('an allocation result in compact form', () => {
  for (const depotId of depots) {
    for (const strategy of ['connector', 'charger'] as const) {
      it(`reads back as the allocator's output on ${depotId}, ${strategy}-based`, () => {
        const { result, read } = roundTrip(depotId, (nodes) => sampleSessions(nodes, { seed: 7, fraction: 0.8, varyRequests: true, priorities: [0, 1, 2], minPowerW: 6_000 }), strategy);
        expect(result.sessions.length).toBeGreaterThan(0);
        // Every kind of reason is read back, not only "request".
        expect(new Set(result.sessions.map((s) => s.limitedBy.kind)).size).toBeGreaterThan(1);
        expect(read.result).toStrictEqual(result);
      });
    }
  }

  it('reads back every kind of reason, a phase among them', () => {
    // A board with a current cap; two single-phase chargers on L2; a one-EVSE charger with two
    // cars; a circuit too small for a session's minimum.
    const nodes: PowerNode[] = [
      { id: 'root', parentId: null, kind: 'GRID_CONNECTION', maxPowerW: null },
      { id: 'board', parentId: 'root', kind: 'CIRCUIT', maxPowerW: 60_000, maxCurrentA: 63 },
      { id: 'dc', parentId: 'board', kind: 'CHARGE_POINT', maxPowerW: 50_000 },
      { id: 'dc-1', parentId: 'dc', kind: 'CONNECTOR', maxPowerW: 50_000, phases: 3 },
      { id: 's1', parentId: 'board', kind: 'CHARGE_POINT', maxPowerW: 7_360, phaseRotation: 'SRT' },
      { id: 's1-1', parentId: 's1', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 },
      { id: 's2', parentId: 'board', kind: 'CHARGE_POINT', maxPowerW: 7_360, phaseRotation: 'STR' },
      { id: 's2-1', parentId: 's2', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 },
      { id: 'pair', parentId: 'root', kind: 'CHARGE_POINT', maxPowerW: 22_080, evseCount: 1 },
      { id: 'pair-1', parentId: 'pair', kind: 'CONNECTOR', maxPowerW: 22_080 },
      { id: 'pair-2', parentId: 'pair', kind: 'CONNECTOR', maxPowerW: 22_080 },
      { id: 'small', parentId: 'root', kind: 'CIRCUIT', maxPowerW: 5_000 },
      { id: 'sm', parentId: 'small', kind: 'CHARGE_POINT', maxPowerW: null },
      { id: 'sm-1', parentId: 'sm', kind: 'CONNECTOR', maxPowerW: 11_000 },
    ];
    const sessions: Session[] = [
      { connectorId: 'dc-1', requestedPowerW: 50_000 },
      { connectorId: 's1-1', requestedPowerW: 7_360 },
      { connectorId: 's2-1', requestedPowerW: 7_360 },
      { connectorId: 'pair-1', requestedPowerW: 11_000 },
      { connectorId: 'pair-2', requestedPowerW: 11_000 },
      { connectorId: 'sm-1', requestedPowerW: 11_000, minPowerW: 6_000 },
    ];
    for (const strategy of ['connector', 'charger'] as const) {
      const result = allocate({ nodes, sessions, strategy });
      const reasons = new Set(result.sessions.map((s) => (s.limitedBy.kind === 'node' && s.limitedBy.phase !== undefined ? 'node on a phase' : s.limitedBy.kind)));
      expect([...reasons].sort()).toEqual(['admission', 'evse', 'node on a phase', 'request']);
      expect(expandResult(nodes, compactResult(result, positionsOf(nodes))).result).toStrictEqual(result);
    }
  });

  it('keeps phase figures where the input has them, and a null current cap as null', () => {
    const { result, read } = roundTrip('workplace-car-park', (nodes) => sessionsAtRating(nodes), 'connector');
    expect(result.nodes.some((n) => n.currentA !== undefined && n.maxCurrentA === null)).toBe(true);
    expect(read.result).toStrictEqual(result);
  });

  it('keeps a result without phase data free of phase figures', () => {
    const nodes = fromTopology(handMade).map(({ maxCurrentA: _cap, phases: _phases, phaseRotation: _rotation, ...rest }) => rest);
    const result = allocate({ nodes, sessions: sessionsAtRating(nodes), strategy: 'connector' });
    expect(result.nodes.some((n) => 'currentA' in n || 'maxCurrentA' in n)).toBe(false);
    expect(expandResult(nodes, compactResult(result, positionsOf(nodes))).result).toStrictEqual(result);
  });

  it('gives back the previous objects for what did not change, and new ones for what did', () => {
    const topology = depotTopology('large-1000');
    const nodes = fromTopology(topology);
    const at = positionsOf(nodes);
    const sessions = sessionsAtRating(nodes);
    const first = expandResult(nodes, compactResult(allocate({ nodes, sessions, strategy: 'connector' }), at));
    // The same answer again: every object is the previous one.
    const again = expandResult(nodes, compactResult(allocate({ nodes, sessions, strategy: 'connector' }), at), first.objects);
    again.result.sessions.forEach((s, i) => expect(s).toBe(first.result.sessions[i]));
    again.result.nodes.forEach((n, i) => expect(n).toBe(first.result.nodes[i]));

    // One connector unplugged: its session is gone, and only changed figures are new objects.
    const unplugged = sessions.slice(1);
    const expected = allocate({ nodes, sessions: unplugged, strategy: 'connector' });
    const next = expandResult(nodes, compactResult(expected, at), first.objects);
    expect(next.result).toStrictEqual(expected);
    const before = new Map(first.result.nodes.map((n) => [n.nodeId, n]));
    let kept = 0;
    for (const load of next.result.nodes) {
      const old = before.get(load.nodeId)!;
      if (load === old) kept++;
      else expect(load).not.toStrictEqual(old);
    }
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(next.result.nodes.length);
    const sessionsBefore = new Map(first.result.sessions.map((s) => [s.connectorId, s]));
    for (const s of next.result.sessions) {
      const old = sessionsBefore.get(s.connectorId)!;
      if (s !== old) expect(s).not.toStrictEqual(old);
    }
  });
});

describe('guesses of where the result’s ids are', () => {
  const nodes = fromTopology(depotTopology('large-1000'));
  const at = positionsOf(nodes);
  const sessions = sessionsAtRating(nodes);
  const result = allocate({ nodes, sessions, strategy: 'charger' });
  const plain = compactResult(result, at);

  it('give the same compact form, right or wrong', () => {
    const right = { nodes, sessionAt: compactSessions(sessions, at)!.at, loadAt: plain.loadAt };
    expect(compactResult(result, at, right)).toStrictEqual(plain);
    // Guesses from another session set (one connector fewer: every later guess is off by one) and shuffled loads.
    const shifted = { nodes, sessionAt: compactSessions(sessions.slice(1), at)!.at, loadAt: plain.loadAt.slice().reverse() };
    expect(compactResult(result, at, shifted)).toStrictEqual(plain);
    // Too few guesses, and out of range.
    const short = { nodes, sessionAt: new Int32Array([nodes.length + 5, -1]), loadAt: new Int32Array(0) };
    expect(compactResult(result, at, short)).toStrictEqual(plain);
  });
});

describe('a session set in compact form', () => {
  const nodes = fromTopology(depotTopology('workplace-car-park'));
  const at = positionsOf(nodes);
  const connectors = nodes.filter((n) => n.kind === 'CONNECTOR').map((n) => n.id);

  it('reads back as the same sessions, each with only the fields it had', () => {
    const sessions: Session[] = [
      { connectorId: connectors[0]!, requestedPowerW: 11_000 },
      { connectorId: connectors[1]!, requestedPowerW: 7_360.5, minPowerW: 0, priority: -2 },
      { connectorId: connectors[2]!, requestedPowerW: 22_080, minPowerW: 4_140, phases: 1 },
      { connectorId: connectors[3]!, requestedPowerW: 0, priority: 3, phases: 3 },
    ];
    const compact = compactSessions(sessions, at);
    expect(compact).not.toBeNull();
    expect(expandSessions(nodes, compact!)).toStrictEqual(sessions);
    const sampled = sampleSessions(nodes, { seed: 5, fraction: 0.7, varyRequests: true, priorities: [0, 2], minPowerW: 3_000 });
    expect(expandSessions(nodes, compactSessions(sampled, at)!)).toStrictEqual(sampled);
  });

  it('is not made when a session names no power node or has a field the arrays cannot carry', () => {
    const ok: Session = { connectorId: connectors[0]!, requestedPowerW: 11_000 };
    expect(compactSessions([ok, { connectorId: 'nowhere', requestedPowerW: 1 }], at)).toBeNull();
    expect(compactSessions([{ ...ok, minPowerW: NaN }], at)).toBeNull();
    expect(compactSessions([{ ...ok, phases: 2 as 1 }], at)).toBeNull();
    expect(compactSessions([{ ...ok, requestedPowerW: '5' as unknown as number }], at)).toBeNull();
  });
});
