/**
 * Properties of phase-aware allocation over hundreds of random depots with mixed single- and
 * three-phase sessions, rotations, watt and current caps, priorities and minimums. Currents are
 * worked out here from the contract's rules (`drawOf`), never read from the allocator's bookkeeping.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationInput, type AllocationResult, type Phase, type PowerNode } from '../../../src/domain/allocation';
import { depotArbitrary, pathOf, shuffledArbitrary } from './arbitraries';
import { phaseDepotArbitrary } from './phase-arbitraries';
import { drawOf } from './phase-reference';

const TOLERANCE = 1e-6;
const RUNS = { numRuns: 300 };
const PHASES: readonly Phase[] = ['L1', 'L2', 'L3'];

const depots = () => fc.oneof(phaseDepotArbitrary(), phaseDepotArbitrary({ continuous: true }));

/** Per node: watts, and amperes on each phase, summed here from the sessions' allocations. */
function loads(input: AllocationInput, result: AllocationResult): Map<string, { watts: number } & Record<Phase, number>> {
  const load = new Map(input.nodes.map((n) => [n.id, { watts: 0, L1: 0, L2: 0, L3: 0 }]));
  for (const s of result.sessions) {
    const draw = drawOf(input.nodes, input.sessions.find((x) => x.connectorId === s.connectorId)!);
    for (const v of pathOf(input.nodes, s.connectorId)) {
      const l = load.get(v)!;
      l.watts += s.allocatedW;
      for (const p of PHASES) l[p] += s.allocatedW * draw[p];
    }
  }
  return load;
}

const hasPhaseData = (input: AllocationInput): boolean =>
  input.nodes.some((n) => n.maxCurrentA != null || n.phases != null || n.phaseRotation != null) || input.sessions.some((s) => s.phases != null);
const outermostChargePoint = (input: AllocationInput, connectorId: string): string | undefined =>
  pathOf(input.nodes, connectorId).filter((v) => nodeOf(input, v).kind === 'CHARGE_POINT').at(-1);
const nodeOf = (input: AllocationInput, id: string): PowerNode => input.nodes.find((n) => n.id === id)!;

describe('phase-aware allocation on random depots', () => {
  it('exceeds no watt cap and no phase’s current cap, nor any request, and reports the currents', () => {
    fc.assert(
      fc.property(depots(), (input) => {
        const result = allocate(input);
        const load = loads(input, result);
        for (const n of input.nodes) {
          const l = load.get(n.id)!;
          if (n.maxPowerW != null) expect(l.watts).toBeLessThanOrEqual(n.maxPowerW + TOLERANCE);
          for (const p of PHASES) if (n.maxCurrentA != null) expect(l[p]).toBeLessThanOrEqual(n.maxCurrentA + TOLERANCE);
          const row = result.nodes.find((x) => x.nodeId === n.id)!;
          if (!hasPhaseData(input)) {
            expect(row).not.toHaveProperty('currentA');
            continue;
          }
          expect(row.maxCurrentA).toBe(n.maxCurrentA ?? null);
          PHASES.forEach((p, k) => expect(row.currentA![k]).toBeCloseTo(l[p], 6));
        }
        for (const s of result.sessions) expect(s.allocatedW).toBeLessThanOrEqual(s.requestedPowerW + TOLERANCE);
      }),
      RUNS,
    );
  });

  it('leaves every session at its request, refused, or beneath a full cap that its reason names, with the phase for a current cap', () => {
    fc.assert(
      fc.property(depots(), (input) => {
        const result = allocate(input);
        const load = loads(input, result);
        for (const s of result.sessions) {
          const reason = s.limitedBy;
          if (reason.kind === 'request') expect(s.allocatedW).toBe(s.requestedPowerW);
          if (reason.kind === 'admission' || reason.kind === 'evse') expect(s.allocatedW).toBe(0);
          if (reason.kind !== 'node') continue;
          expect(s.allocatedW).toBeLessThan(s.requestedPowerW);
          expect(pathOf(input.nodes, s.connectorId)).toContain(reason.nodeId);
          const n = nodeOf(input, reason.nodeId);
          const l = load.get(reason.nodeId)!;
          if (reason.phase === undefined) {
            expect(l.watts).toBeGreaterThanOrEqual(n.maxPowerW! - TOLERANCE);
          } else {
            expect(l[reason.phase]).toBeGreaterThanOrEqual(n.maxCurrentA! - TOLERANCE);
            // The cap holds back only a claimant that draws on that phase: the session itself, or
            // (charger-based) its charge point, through any of its sessions.
            const claimant = input.strategy === 'charger' ? (outermostChargePoint(input, s.connectorId) ?? s.connectorId) : s.connectorId;
            const drawn = input.sessions
              .filter((x) => pathOf(input.nodes, x.connectorId).includes(claimant))
              .map((x) => drawOf(input.nodes, x)[reason.phase!]);
            expect(Math.max(...drawn)).toBeGreaterThan(0);
          }
        }
      }),
      RUNS,
    );
  });

  it('is max-min fair within a tier: a session held by a full cap has no less than any other rising under that cap', () => {
    fc.assert(
      fc.property(phaseDepotArbitrary({ strategy: 'connector' }), (input) => {
        const result = allocate(input);
        const session = (id: string) => input.sessions.find((x) => x.connectorId === id)!;
        for (const s of result.sessions) {
          const reason = s.limitedBy;
          if (reason.kind !== 'node') continue;
          const tier = session(s.connectorId).priority ?? 0;
          for (const o of result.sessions) {
            const other = session(o.connectorId);
            if ((other.priority ?? 0) !== tier || o.limitedBy.kind === 'admission' || o.limitedBy.kind === 'evse') continue;
            if (!pathOf(input.nodes, o.connectorId).includes(reason.nodeId)) continue;
            if (reason.phase !== undefined && drawOf(input.nodes, other)[reason.phase] === 0) continue;
            // Only a minimum above the common level may leave another higher.
            const floor = Math.min(other.minPowerW ?? 0, other.requestedPowerW);
            if (o.allocatedW > s.allocatedW + TOLERANCE) expect(o.allocatedW).toBeCloseTo(floor, 6);
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
          expect(JSON.stringify(allocate(shuffled))).toBe(JSON.stringify(allocate(input)));
        },
      ),
      RUNS,
    );
  });
});

describe('phase data on phase-blind depots', () => {
  const blind = () => fc.oneof(depotArbitrary(), depotArbitrary({ continuous: true }));

  it('without current caps, phases and rotations change no allocation, reason or flow, to the bit', () => {
    fc.assert(
      fc.property(blind(), fc.constantFrom<1 | 3>(1, 3), fc.constantFrom('RST', 'STR', 'TSR'), (input, phases, rotation) => {
        const withPhases: AllocationInput = {
          ...input,
          nodes: input.nodes.map((n) => (n.kind === 'CONNECTOR' ? { ...n, phases } : n.kind === 'CHARGE_POINT' ? { ...n, phaseRotation: rotation } : n)),
        };
        const before = allocate(input);
        const after = allocate(withPhases);
        expect(after.sessions).toEqual(before.sessions);
        expect(after.summary).toEqual(before.summary);
        expect(after.nodes.map(({ currentA: _c, maxCurrentA: _m, ...rest }) => rest)).toEqual(before.nodes);
        expect(before.nodes.every((n) => !('currentA' in n) && !('maxCurrentA' in n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('current caps too large to bind give the phase-blind allocation and reasons (the phase-aware filling agrees with the tree one)', () => {
    fc.assert(
      fc.property(blind(), (input) => {
        const capped: AllocationInput = { ...input, nodes: input.nodes.map((n) => ({ ...n, maxCurrentA: 1e9 })) };
        const before = allocate(input);
        const after = allocate(capped);
        after.sessions.forEach((s, i) => {
          expect(s.allocatedW).toBeCloseTo(before.sessions[i]!.allocatedW, 6);
          // Charger-based, a charge point whose minimums are already all it can take stops before
          // filling starts, where several caps may be full at once: the two fillings may name
          // different ones of those (each full, on its path, as the other property checks).
          const session = input.sessions.find((x) => x.connectorId === s.connectorId)!;
          const atFloor = s.allocatedW === Math.min(session.minPowerW ?? 0, session.requestedPowerW);
          if (input.strategy === 'connector' || !atFloor) expect(s.limitedBy).toEqual(before.sessions[i]!.limitedBy);
        });
        expect(after.nodes.map((n) => n.binding)).toEqual(before.nodes.map((n) => n.binding));
      }),
      RUNS,
    );
  });
});
