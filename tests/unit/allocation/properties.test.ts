/**
 * Properties over hundreds of random depots (depth 1–6, random caps, ratings, requests, minimums,
 * priorities, EVSE counts). Expected values come from the input and the contract, recomputed here,
 * never from the allocator's own bookkeeping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationInput, type AllocationResult } from '../../../src/domain/allocation';
import { depotArbitrary, pathOf, shuffledArbitrary } from './arbitraries';

const TOLERANCE = 1e-6;
const RUNS = { numRuns: 400 };

/** Whole amperes (many simultaneous saturations) and any real watts (every rounding path). */
const depots = (options: Parameters<typeof depotArbitrary>[0] = {}) =>
  fc.oneof(depotArbitrary(options), depotArbitrary({ ...options, continuous: true }));

/** Flow beneath each node, summed here from the sessions' allocations. */
function flows(input: AllocationInput, result: AllocationResult): Map<string, number> {
  const flow = new Map(input.nodes.map((n) => [n.id, 0]));
  for (const s of result.sessions) for (const v of pathOf(input.nodes, s.connectorId)) flow.set(v, flow.get(v)! + s.allocatedW);
  return flow;
}

const capOf = (input: AllocationInput, id: string) => input.nodes.find((n) => n.id === id)!.maxPowerW;
const floorOf = (input: AllocationInput, connectorId: string) => {
  const s = input.sessions.find((x) => x.connectorId === connectorId)!;
  return Math.min(s.minPowerW ?? 0, s.requestedPowerW);
};
const priorityOf = (input: AllocationInput, connectorId: string) =>
  input.sessions.find((x) => x.connectorId === connectorId)!.priority ?? 0;
const saturated = (input: AllocationInput, flow: Map<string, number>, id: string) => {
  const cap = capOf(input, id);
  return cap !== null && flow.get(id)! >= cap - TOLERANCE;
};

describe('allocate on random depots', () => {
  it('never exceeds a cap or a request, and gives every admitted session at least its minimum', () => {
    fc.assert(
      fc.property(depots(), (input) => {
        const result = allocate(input);
        const flow = flows(input, result);
        for (const n of input.nodes) {
          if (n.maxPowerW !== null) expect(flow.get(n.id)!).toBeLessThanOrEqual(n.maxPowerW + TOLERANCE);
          const reported = result.nodes.find((x) => x.nodeId === n.id)!;
          expect(reported.flowW).toBeCloseTo(flow.get(n.id)!, 6);
          expect(reported.maxPowerW).toBe(n.maxPowerW);
          if (n.maxPowerW !== null) expect(reported.headroomW!).toBeCloseTo(Math.max(0, n.maxPowerW - flow.get(n.id)!), 6);
          else expect(reported.headroomW).toBeNull();
        }
        for (const s of result.sessions) {
          expect(s.allocatedW).toBeGreaterThanOrEqual(0);
          expect(s.allocatedW).toBeLessThanOrEqual(s.requestedPowerW + TOLERANCE);
          const refused = s.limitedBy.kind === 'admission' || s.limitedBy.kind === 'evse';
          if (refused) expect(s.allocatedW).toBe(0);
          else expect(s.allocatedW).toBeGreaterThanOrEqual(floorOf(input, s.connectorId) - TOLERANCE);
        }
      }),
      RUNS,
    );
  });

  it('leaves every session at its request, refused, or beneath a saturated node on its path', () => {
    fc.assert(
      fc.property(depots(), (input) => {
        const result = allocate(input);
        const flow = flows(input, result);
        for (const s of result.sessions) {
          const path = pathOf(input.nodes, s.connectorId);
          switch (s.limitedBy.kind) {
            case 'request':
              expect(s.allocatedW).toBe(s.requestedPowerW);
              break;
            case 'node':
              expect(s.allocatedW).toBeLessThan(s.requestedPowerW);
              expect(path).toContain(s.limitedBy.nodeId);
              expect(saturated(input, flow, s.limitedBy.nodeId)).toBe(true);
              break;
            case 'admission': {
              // Its minimum did not fit under that node beside the minimums of the sessions admitted
              // before it; that node is the blocking one nearest the root.
              const blocker = s.limitedBy.nodeId;
              const own = floorOf(input, s.connectorId);
              const tier = priorityOf(input, s.connectorId);
              const reservedAhead = (v: string) =>
                result.sessions
                  .filter((o) => o.limitedBy.kind !== 'admission' && o.limitedBy.kind !== 'evse')
                  .filter((o) => priorityOf(input, o.connectorId) > tier || (priorityOf(input, o.connectorId) === tier && o.connectorId < s.connectorId))
                  .filter((o) => pathOf(input.nodes, o.connectorId).includes(v))
                  .reduce((a, o) => a + floorOf(input, o.connectorId), 0);
              expect(own).toBeGreaterThan(0);
              expect(reservedAhead(blocker) + own).toBeGreaterThan(capOf(input, blocker)!);
              for (const above of path.slice(path.indexOf(blocker) + 1)) {
                expect(reservedAhead(above) + own).toBeLessThanOrEqual((capOf(input, above) ?? Infinity) + TOLERANCE);
              }
              break;
            }
            case 'evse': {
              // Its charge point's EVSEs went to sessions ahead of it in admission order
              // (priority high first, then connector id), whatever became of those.
              const chargePointId = s.limitedBy.nodeId;
              const chargePoint = input.nodes.find((n) => n.id === chargePointId)!;
              expect(path).toContain(chargePoint.id);
              expect(chargePoint.kind).toBe('CHARGE_POINT');
              const tier = priorityOf(input, s.connectorId);
              const ahead = input.sessions.filter(
                (o) =>
                  pathOf(input.nodes, o.connectorId).includes(chargePoint.id) &&
                  ((o.priority ?? 0) > tier || ((o.priority ?? 0) === tier && o.connectorId < s.connectorId)),
              );
              expect(ahead.length).toBeGreaterThanOrEqual(chargePoint.evseCount!);
              break;
            }
          }
        }
        // Binding: saturated with a session beneath wanting more (a busy EVSE is not a cap's doing).
        const wanting = result.sessions.filter((s) => s.limitedBy.kind !== 'evse' && s.allocatedW < s.requestedPowerW - TOLERANCE);
        for (const n of result.nodes) {
          const expected =
            saturated(input, flow, n.nodeId) && wanting.some((s) => pathOf(input.nodes, s.connectorId).includes(n.nodeId));
          expect(n.binding).toBe(expected);
        }
        expect(result.summary.bindingNodeIds).toEqual(result.nodes.filter((n) => n.binding).map((n) => n.nodeId));
      }),
      RUNS,
    );
  });

  it('is max-min fair within each priority tier (connector-based)', () => {
    fc.assert(
      fc.property(depots({ strategy: 'connector' }), (input) => {
        const result = allocate(input);
        const got = new Map(result.sessions.map((s) => [s.connectorId, s]));
        for (const s of result.sessions) {
          if (s.limitedBy.kind !== 'node') continue;
          // The limit that froze it: no session of its tier beneath that limit, risen above its own
          // minimum, has more than it; every lower tier beneath it is held at its minimum.
          const limit = s.limitedBy.nodeId;
          const tier = priorityOf(input, s.connectorId);
          for (const other of result.sessions) {
            if (other.limitedBy.kind === 'admission' || other.limitedBy.kind === 'evse') continue;
            if (!pathOf(input.nodes, other.connectorId).includes(limit)) continue;
            const otherTier = priorityOf(input, other.connectorId);
            const otherGot = got.get(other.connectorId)!.allocatedW;
            const otherFloor = floorOf(input, other.connectorId);
            if (otherTier === tier && otherGot > otherFloor + TOLERANCE) expect(otherGot).toBeLessThanOrEqual(s.allocatedW + TOLERANCE);
            if (otherTier < tier) expect(otherGot).toBeLessThanOrEqual(otherFloor + TOLERANCE);
          }
        }
      }),
      RUNS,
    );
  });

  it('is fair across charge points first (charger-based)', () => {
    fc.assert(
      fc.property(depots({ strategy: 'charger', extras: false }), (input) => {
        const result = allocate(input);
        const kindOf = new Map(input.nodes.map((n) => [n.id, n.kind]));
        // Claimants: each charge point with sessions (their total), or a connector under none.
        const claimantOf = (connectorId: string) =>
          pathOf(input.nodes, connectorId).filter((v) => kindOf.get(v) === 'CHARGE_POINT').at(-1) ?? connectorId;
        const total = new Map<string, number>();
        for (const s of result.sessions) total.set(claimantOf(s.connectorId), (total.get(claimantOf(s.connectorId)) ?? 0) + s.allocatedW);
        for (const s of result.sessions) {
          if (s.limitedBy.kind !== 'node') continue;
          const claimant = claimantOf(s.connectorId);
          const limit = s.limitedBy.nodeId;
          // Frozen by a limit above its charge point: no claimant beneath that limit got more.
          if (!pathOf(input.nodes, claimant).slice(1).includes(limit)) continue;
          for (const [other, otherTotal] of total) {
            if (pathOf(input.nodes, other).includes(limit)) expect(otherTotal).toBeLessThanOrEqual(total.get(claimant)! + TOLERANCE);
          }
        }
      }),
      RUNS,
    );
  });

  it('gives the same output, to the bit, whatever the order of nodes and sessions', () => {
    fc.assert(
      fc.property(
        depots().chain((input) => fc.tuple(fc.constant(input), shuffledArbitrary(input))),
        ([input, shuffled]) => {
          const a = allocate(input);
          const b = allocate(shuffled);
          expect(b).toStrictEqual(a);
          // JSON keeps every digit of every double: equal text means equal bits.
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
      RUNS,
    );
  });

  it('orders sessions by connector id and nodes by node id (code units), and sums the summary', () => {
    fc.assert(
      fc.property(depots(), (input) => {
        const result = allocate(input);
        const ids = (xs: string[]) => [...xs].sort();
        expect(result.sessions.map((s) => s.connectorId)).toEqual(ids(input.sessions.map((s) => s.connectorId)));
        expect(result.nodes.map((n) => n.nodeId)).toEqual(ids(input.nodes.map((n) => n.id)));
        const requested = input.sessions.reduce((a, s) => a + s.requestedPowerW, 0);
        const allocated = result.sessions.reduce((a, s) => a + s.allocatedW, 0);
        const refused = result.sessions.filter((s) => s.limitedBy.kind === 'admission' || s.limitedBy.kind === 'evse').length;
        expect(result.summary.requestedW).toBeCloseTo(requested, 6);
        expect(result.summary.allocatedW).toBeCloseTo(allocated, 6);
        expect(result.summary.unservedW).toBeCloseTo(requested - allocated, 6);
        expect(result.summary.refused).toBe(refused);
        expect(result.summary.admitted).toBe(input.sessions.length - refused);
      }),
      RUNS,
    );
  });
});
