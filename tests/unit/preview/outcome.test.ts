/**
 * What the preview shows, against the allocator contract's worked examples (figures by hand):
 * sums beneath each node, binding nodes ranked by unserved demand, a node's load in words, and
 * each connector's reason.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, fromTopology, type Session } from '../../../src/domain/allocation';
import { buildOutcome, connectorReason, loadBand, loadText, type PreviewOutcome } from '../../../src/domain/preview';
import { buildTopologyIndex, type MicrogridNodeWire, type MicrogridTopology } from '../../../src/domain/topology';
import { node, topologyOf } from './depots';

function outcomeOf(topology: MicrogridTopology, sessions: Session[], strategy: 'connector' | 'charger' = 'connector') {
  const index = buildTopologyIndex(topology);
  const result = allocate({ nodes: fromTopology(topology), sessions, strategy });
  return { index, outcome: buildOutcome(index, sessions, strategy, result) };
}

// "Nested bottleneck": root 27 600 W → circuit A (13 800 W) {a1, a2}, circuit B (22 080 W) {b1}; all want 22 080 W.
const nested = topologyOf([
  node('mg', 'MICROGRID', null),
  node('root', 'GRID_CONNECTION', 'mg', { max_power_w: 27_600 }),
  node('A', 'CIRCUIT', 'root', { max_power_w: 13_800 }),
  node('B', 'CIRCUIT', 'root', { max_power_w: 22_080 }),
  node('cp-a1', 'CHARGE_POINT', 'A'),
  node('a1', 'CONNECTOR', 'cp-a1'),
  node('cp-a2', 'CHARGE_POINT', 'A'),
  node('a2', 'CONNECTOR', 'cp-a2'),
  node('cp-b1', 'CHARGE_POINT', 'B'),
  node('b1', 'CONNECTOR', 'cp-b1'),
]);
const wantAll = (ids: string[], w = 22_080, extra: Partial<Session> = {}): Session[] => ids.map((connectorId) => ({ connectorId, requestedPowerW: w, ...extra }));

describe('the outcome of the nested-bottleneck example', () => {
  const { index, outcome } = outcomeOf(nested, wantAll(['a1', 'a2', 'b1']));

  it('sums sessions, requests, allocations and unserved demand beneath each node', () => {
    expect(outcome.beneathOf.get('A')).toEqual({ sessions: 2, requestedW: 44_160, allocatedW: 13_800, unservedW: 30_360 });
    expect(outcome.beneathOf.get('B')).toEqual({ sessions: 1, requestedW: 22_080, allocatedW: 13_800, unservedW: 8_280 });
    expect(outcome.beneathOf.get('root')).toEqual({ sessions: 3, requestedW: 66_240, allocatedW: 27_600, unservedW: 38_640 });
    expect(outcome.beneathOf.get('mg')).toEqual(outcome.beneathOf.get('root'));
    expect(outcome.beneathOf.get('a1')).toEqual({ sessions: 1, requestedW: 22_080, allocatedW: 6_900, unservedW: 15_180 });
  });

  it('ranks the binding nodes by the demand left unserved beneath them', () => {
    expect(outcome.bottlenecks).toEqual([
      { nodeId: 'root', unservedW: 38_640, sessions: 3 },
      { nodeId: 'A', unservedW: 30_360, sessions: 2 },
    ]);
  });

  it('says a node’s load in words: flow against cap, share, headroom or binding', () => {
    const a = loadText(outcome.loadOf.get('A')!);
    expect(a).toMatchObject({ flow: '13.8 kW of 13.8 kW', percent: '100%', headroom: 'binding', band: 'full', fill: 1 });
    const b = loadText(outcome.loadOf.get('B')!);
    // 13 800 / 22 080 = 62.5 %; 8 280 W of headroom.
    expect(b).toMatchObject({ flow: '13.8 kW of 22.1 kW', percent: '63%', headroom: '8.3 kW headroom', band: 'low' });
    expect(b.summary).toBe('load 13.8 kW of 22.1 kW, 63%, 8.3 kW headroom');
    expect(loadText(outcome.loadOf.get('mg')!)).toMatchObject({ flow: '27.6 kW', percent: null, headroom: null, band: null, fill: null });
  });

  it('names what holds each connector back', () => {
    expect(connectorReason(index, outcome, 'a1')).toBe('held at 6.9 kW by circuit A (13.8 kW, binding)');
    expect(connectorReason(index, outcome, 'b1')).toBe('held at 13.8 kW by grid connection root (27.6 kW, binding)');
    expect(connectorReason(index, outcome, 'nowhere')).toBe('not plugged in');
  });
});

describe('reasons for refused and waiting sessions, and for one that got all it asked', () => {
  it('minimum admission: the third by id is refused under the root', () => {
    // Root 11 040 W (16 A) → three connectors, minimum 4 140 W (6 A) each, all want 22 080 W.
    const topology = topologyOf([
      node('feeder', 'CIRCUIT', null, { max_power_w: 11_040 }),
      ...['c1', 'c2', 'c3'].flatMap((c) => [node(`cp-${c}`, 'CHARGE_POINT', 'feeder'), node(c, 'CONNECTOR', `cp-${c}`)]),
    ]);
    const { index, outcome } = outcomeOf(topology, wantAll(['c1', 'c2', 'c3'], 22_080, { minPowerW: 4_140 }));
    expect(connectorReason(index, outcome, 'c3')).toBe('refused: its 4.1 kW minimum did not fit under feeder');
    expect(connectorReason(index, outcome, 'c1')).toBe('held at 5.5 kW by circuit feeder (11.0 kW, binding)');
    expect(outcome.result.summary).toMatchObject({ admitted: 2, refused: 1 });
  });

  it('one EVSE: the second connector waits for the first', () => {
    const chargePoint: MicrogridNodeWire = { ...node('cp-7', 'CHARGE_POINT', 'circ', { max_power_w: 50_000 }), name: 'Bay A charger 7', asset: { evse_count: 1 } };
    const topology = topologyOf([
      node('circ', 'CIRCUIT', null, { max_power_w: 100_000 }),
      chargePoint,
      node('cp-007-1', 'CONNECTOR', 'cp-7'),
      node('cp-007-2', 'CONNECTOR', 'cp-7'),
    ]);
    const { index, outcome } = outcomeOf(topology, wantAll(['cp-007-1', 'cp-007-2'], 20_000));
    expect(connectorReason(index, outcome, 'cp-007-2')).toBe('waiting: Bay A charger 7 has one EVSE, serving cp-007-1');
    expect(connectorReason(index, outcome, 'cp-007-1')).toBe('got all it asked for (20.0 kW)');
  });
});

describe('load bands', () => {
  const load = (flowW: number, binding = false) => ({ nodeId: 'n', maxPowerW: 1000, flowW, headroomW: 1000 - flowW, binding });
  it('are low under 80 %, high from 80 %, full at the cap or when binding', () => {
    expect(loadBand(load(799))).toBe('low');
    expect(loadBand(load(800))).toBe('high');
    expect(loadBand(load(1000))).toBe('full');
    expect(loadBand(load(500, true))).toBe('full');
    expect(loadBand({ ...load(500), maxPowerW: null, headroomW: null })).toBeNull();
  });
  it('take the fullest phase when a current cap is fuller than the watt cap', () => {
    expect(loadBand({ ...load(100), currentA: [30, 2, 2], maxCurrentA: 32 })).toBe('high');
  });
});

describe('an outcome built on the one before', () => {
  const index = buildTopologyIndex(nested);
  const nodes = fromTopology(nested);
  const outcomeFor = (sessions: Session[], previous: PreviewOutcome | null = null) =>
    buildOutcome(index, sessions, 'connector', allocate({ nodes, sessions, strategy: 'connector' }), previous);

  it('has the same figures as one built afresh, and keeps the objects of the sums that did not change', () => {
    const first = outcomeFor(wantAll(['a1', 'a2', 'b1']));
    // What the views have read of the first outcome.
    const [a, a1, b] = ['A', 'a1', 'B'].map((id) => first.beneathOf.get(id));
    expect(first.beneathOf.get('A')).toBe(a);
    // b1 asks for less: B and the root change, A and its connectors do not.
    const sessions = [...wantAll(['a1', 'a2']), ...wantAll(['b1'], 6_000)];
    const next = outcomeFor(sessions, first);
    const fresh = outcomeFor(sessions);
    expect(next).toEqual(fresh);
    for (const id of ['mg', 'root', 'A', 'B', 'a1', 'a2', 'b1', 'cp-a1']) expect(next.beneathOf.get(id)).toEqual(fresh.beneathOf.get(id));
    expect(next.beneathOf.get('A')).toBe(a);
    expect(next.beneathOf.get('a1')).toBe(a1);
    expect(next.beneathOf.get('B')).not.toBe(b);
    expect(next.beneathOf.get('B')).toEqual({ sessions: 1, requestedW: 6_000, allocatedW: 6_000, unservedW: 0 });
    expect(next.beneathOf.get('root')).not.toEqual(first.beneathOf.get('root'));
    expect(next.beneathOf.has('nowhere')).toBe(false);
  });

  it('drops the sums of a node with no session beneath any more', () => {
    const first = outcomeFor(wantAll(['a1', 'a2', 'b1']));
    const next = outcomeFor(wantAll(['a1', 'a2']), first);
    expect(next.beneathOf.has('B')).toBe(false);
    expect(next.beneathOf.has('b1')).toBe(false);
    // Circuit A holds both: 13 800 W of the 44 160 W asked.
    expect(next.beneathOf.get('root')).toEqual({ sessions: 2, requestedW: 44_160, allocatedW: 13_800, unservedW: 30_360 });
  });

  it('reads every figure as one built afresh, whatever sessions were dropped, added or moved since', () => {
    // Connectors of the depot, and one it does not have (its session has no place in the walk).
    const ids = ['a1', 'a2', 'b1', 'elsewhere'];
    const sessionSet = fc.uniqueArray(fc.record({ id: fc.constantFrom(...ids), w: fc.constantFrom(6_000, 22_080) }), { selector: (s) => s.id });
    const toSessions = (set: { id: string; w: number }[]): Session[] => set.map(({ id, w }) => ({ connectorId: id, requestedPowerW: w }));
    const tolerant = (sessions: Session[], previous: PreviewOutcome | null = null) => {
      const known = sessions.filter((s) => s.connectorId !== 'elsewhere');
      const result = allocate({ nodes, sessions: known, strategy: 'connector' });
      // The allocator refuses a connector it does not know: its session is added to the result by hand.
      const extra = sessions.filter((s) => s.connectorId === 'elsewhere').map((s) => ({ connectorId: s.connectorId, requestedPowerW: s.requestedPowerW, allocatedW: 0, limitedBy: { kind: 'request' as const } }));
      return buildOutcome(index, sessions, 'connector', { ...result, sessions: [...result.sessions, ...extra] }, previous);
    };
    fc.assert(
      fc.property(fc.array(sessionSet, { minLength: 2, maxLength: 5 }), (sets) => {
        let previous: PreviewOutcome | null = null;
        for (const set of sets) {
          const sessions = toSessions(set);
          const next = tolerant(sessions, previous);
          const fresh = tolerant(sessions);
          expect(next).toEqual(fresh);
          for (const id of [...index.order, 'elsewhere']) {
            expect(next.sessionOf.get(id)).toEqual(fresh.sessionOf.get(id));
            expect(next.loadOf.get(id)).toEqual(fresh.loadOf.get(id));
            expect(next.beneathOf.get(id)).toEqual(fresh.beneathOf.get(id));
          }
          previous = next;
        }
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});
