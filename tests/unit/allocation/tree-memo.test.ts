/**
 * The prepared tree kept between calls: allocating the same nodes array again and again, with
 * other sessions and strategies, gives exactly what a first call on a copy gives; and a node
 * changed in place between calls is seen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationInput, type PowerNode, type Session } from '../../../src/domain/allocation';
import { depotArbitrary } from './arbitraries';
import { phaseDepotArbitrary } from './phase-arbitraries';

/** A first call: nodes the allocator has never seen. */
const fresh = (input: AllocationInput) => allocate(structuredClone(input));

/** Another session set on the same connectors: some unplugged, requests scaled. */
function otherSessions(sessions: readonly Session[], keep: readonly boolean[], scale: number): Session[] {
  return sessions.filter((_, i) => keep[i % keep.length]).map((s) => ({ ...s, requestedPowerW: Math.round(s.requestedPowerW * scale) }));
}

const sequence = fc.array(fc.record({ keep: fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), scale: fc.constantFrom(0, 0.5, 1, 2), other: fc.boolean() }), {
  minLength: 1,
  maxLength: 4,
});

describe('allocating the same nodes again', () => {
  for (const [name, depots] of [
    ['watts only', depotArbitrary()],
    ['with phases and current caps', phaseDepotArbitrary()],
  ] as const) {
    it(`gives exactly a first call's result, whatever came before (${name})`, () => {
      fc.assert(
        fc.property(depots, sequence, (input, steps) => {
          expect(allocate(input)).toEqual(fresh(input));
          for (const { keep, scale, other } of steps) {
            const strategy = other ? (input.strategy === 'connector' ? 'charger' : 'connector') : input.strategy;
            const next = { nodes: input.nodes, sessions: otherSessions(input.sessions, keep, scale), strategy };
            expect(allocate(next)).toEqual(fresh(next));
          }
        }),
        { numRuns: 150 },
      );
    });
  }

  it('sees a node changed in place between calls: a cap, a parent, a current cap', () => {
    const nodes: PowerNode[] = [
      { id: 'root', parentId: null, kind: 'MICROGRID', maxPowerW: 20_000 },
      { id: 'cp', parentId: 'root', kind: 'CHARGE_POINT', maxPowerW: null },
      { id: 'c1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 11_000 },
      { id: 'c2', parentId: 'root', kind: 'CONNECTOR', maxPowerW: 11_000 },
    ];
    const sessions: Session[] = [
      { connectorId: 'c1', requestedPowerW: 11_000 },
      { connectorId: 'c2', requestedPowerW: 11_000 },
    ];
    const input = { nodes, sessions, strategy: 'connector' as const };
    const served = (id: string) => allocate(input).sessions.find((s) => s.connectorId === id)!.allocatedW;
    expect(served('c1')).toBe(10_000);
    nodes[0]!.maxPowerW = 12_000;
    expect(served('c1')).toBe(6_000);
    nodes[3]!.parentId = 'cp';
    nodes[1]!.maxPowerW = 8_000;
    expect(served('c1')).toBe(4_000);
    nodes[1]!.maxCurrentA = 5;
    expect(allocate(input)).toEqual(fresh(input));
    // A node swapped for another object with other values, in the same array.
    nodes[2] = { ...nodes[2]!, maxPowerW: 1_000 };
    expect(served('c1')).toBe(1_000);
    expect(allocate(input)).toEqual(fresh(input));
  });

  it('sees each field the allocator reads changed in place, one at a time', () => {
    // Two single-phase chargers on one circuit with a current cap: every field below changes the answer.
    const depot = (): PowerNode[] => [
      { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null },
      { id: 'circuit', parentId: 'site', kind: 'CIRCUIT', maxPowerW: 30_000, maxCurrentA: 32 },
      { id: 'a', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 7_360, phaseRotation: 'RST', evseCount: 2 },
      { id: 'a-1', parentId: 'a', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 },
      { id: 'a-2', parentId: 'a', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 },
      { id: 'b', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 7_360, phaseRotation: 'RST' },
      { id: 'b-1', parentId: 'b', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 },
    ];
    const sessions: Session[] = ['a-1', 'a-2', 'b-1'].map((connectorId) => ({ connectorId, requestedPowerW: 7_360 }));
    const changes: ReadonlyArray<[string, (nodes: PowerNode[]) => void]> = [
      ['id', (nodes) => (nodes[6]!.id = 'b-9')],
      ['parentId', (nodes) => (nodes[4]!.parentId = 'b')],
      ['kind', (nodes) => (nodes[4]!.kind = 'CIRCUIT')],
      ['maxPowerW', (nodes) => (nodes[1]!.maxPowerW = 3_000)],
      ['evseCount', (nodes) => (nodes[2]!.evseCount = 1)],
      ['maxCurrentA', (nodes) => (nodes[1]!.maxCurrentA = 16)],
      ['phases', (nodes) => (nodes[6]!.phases = 3)],
      ['phaseRotation', (nodes) => (nodes[5]!.phaseRotation = 'STR')],
    ];
    const outcome = (input: AllocationInput): unknown => {
      try {
        return allocate(input);
      } catch (error) {
        return String(error);
      }
    };
    for (const [field, change] of changes) {
      const input = { nodes: depot(), sessions, strategy: 'connector' as const };
      const before = outcome(input);
      change(input.nodes);
      const after = outcome({ ...input, nodes: structuredClone(input.nodes) });
      expect(after, `${field}: the change itself changes the answer`).not.toEqual(before);
      expect(outcome(input), field).toEqual(after);
    }
  });

  it('reports a node made invalid in place, as a first call does', () => {
    const nodes: PowerNode[] = [
      { id: 'root', parentId: null, kind: 'MICROGRID', maxPowerW: 20_000 },
      { id: 'c1', parentId: 'root', kind: 'CONNECTOR', maxPowerW: 11_000 },
    ];
    const input = { nodes, sessions: [{ connectorId: 'c1', requestedPowerW: 5_000 }], strategy: 'connector' as const };
    expect(allocate(input).summary.allocatedW).toBe(5_000);
    nodes[1]!.parentId = 'nowhere';
    expect(() => allocate(input)).toThrow(/parent "nowhere" does not exist/);
    nodes[1]!.parentId = 'root';
    expect(allocate(input).summary.allocatedW).toBe(5_000);
  });
});
