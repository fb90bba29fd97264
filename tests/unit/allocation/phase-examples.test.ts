/**
 * The contract's worked examples for phases (230 V), by hand-checked numbers, for both strategies
 * (each charger has one connector, so charge points and connectors claim alike).
 */
import { describe, expect, it } from 'vitest';
import { allocate, type PowerNode, type Session, type Strategy } from '../../../src/domain/allocation';

const node = (id: string, parentId: string | null, kind: string, extra: Partial<PowerNode> = {}): PowerNode => ({
  id,
  parentId,
  kind,
  maxPowerW: null,
  ...extra,
});
/** A charge point with one connector. */
const charger = (id: string, rating: number, phases: 1 | 3, rotation?: string): PowerNode[] => [
  node(id, 'circuit', 'CHARGE_POINT', { maxPowerW: rating, ...(rotation ? { phaseRotation: rotation } : {}) }),
  node(`${id}-1`, id, 'CONNECTOR', { maxPowerW: rating, phases }),
];
const site = (circuit: Partial<PowerNode>, ...chargers: PowerNode[][]): PowerNode[] => [
  node('site', null, 'MICROGRID'),
  node('circuit', 'site', 'CIRCUIT', circuit),
  ...chargers.flat(),
];
const wanting = (watts: number, ...chargers: string[]): Session[] => chargers.map((c) => ({ connectorId: `${c}-1`, requestedPowerW: watts }));

describe.each<Strategy>(['connector', 'charger'])('phase examples, %s-based', (strategy) => {
  const run = (nodes: PowerNode[], sessions: Session[]) => allocate({ nodes, sessions, strategy });

  it('one phase, three chargers: 32 A on L1 shared, 2 453.3 W each, held by the circuit on L1', () => {
    const result = run(site({ maxCurrentA: 32 }, charger('a', 7_360, 1, 'RST'), charger('b', 7_360, 1, 'RST'), charger('c', 7_360, 1, 'RST')), wanting(7_360, 'a', 'b', 'c'));
    for (const s of result.sessions) {
      expect(s.allocatedW).toBeCloseTo(7_360 / 3, 6); // 32 A / 3 × 230 V
      expect(s.limitedBy).toEqual({ kind: 'node', nodeId: 'circuit', phase: 'L1' });
    }
    const circuit = result.nodes.find((n) => n.nodeId === 'circuit')!;
    expect(circuit.currentA![0]).toBeCloseTo(32, 6);
    expect(circuit.currentA!.slice(1)).toEqual([0, 0]);
    expect(circuit.maxCurrentA).toBe(32);
    expect(circuit.binding).toBe(true);
  });

  it('rotated RST, STR, TRS: one charger per phase, 7 360 W each (their requests)', () => {
    const result = run(site({ maxCurrentA: 32 }, charger('a', 7_360, 1, 'RST'), charger('b', 7_360, 1, 'STR'), charger('c', 7_360, 1, 'TRS')), wanting(7_360, 'a', 'b', 'c'));
    for (const s of result.sessions) expect(s).toMatchObject({ allocatedW: 7_360, limitedBy: { kind: 'request' } });
    const circuit = result.nodes.find((n) => n.nodeId === 'circuit')!;
    expect(circuit.currentA!.map((a) => +a.toFixed(9))).toEqual([32, 32, 32]);
  });

  it('mixed phases under 16 A: 2 760 W each (4 A and 12 A on L1), circuit on L1', () => {
    const result = run(site({ maxCurrentA: 16 }, charger('three', 22_080, 3), charger('one', 7_360, 1)), wanting(11_000, 'three', 'one'));
    for (const s of result.sessions) {
      expect(s.allocatedW).toBeCloseTo(2_760, 6);
      expect(s.limitedBy).toEqual({ kind: 'node', nodeId: 'circuit', phase: 'L1' });
    }
    const current = result.nodes.find((n) => n.nodeId === 'circuit')!.currentA!;
    expect(current[0]).toBeCloseTo(16, 6);
    expect(current[1]).toBeCloseTo(4, 6);
  });

  it('watt cap first: 11 000 W and 16 A, two three-phase cars get 5 500 W (7.97 A), held by the watt cap', () => {
    const result = run(site({ maxPowerW: 11_000, maxCurrentA: 16 }, charger('a', 22_080, 3), charger('b', 22_080, 3)), wanting(11_000, 'a', 'b'));
    for (const s of result.sessions) expect(s).toMatchObject({ allocatedW: 5_500, limitedBy: { kind: 'node', nodeId: 'circuit' } });
    expect(result.sessions[0]!.limitedBy).not.toHaveProperty('phase');
    expect(result.nodes.find((n) => n.nodeId === 'circuit')!.currentA![0]).toBeCloseTo(11_000 / 690, 9);
  });

  it('DC beside single-phase chargers on L2: 6 210 W each, circuit on L2 (phase-blind: 45 280 W and 129.6 A)', () => {
    const nodes = site({ maxPowerW: 60_000, maxCurrentA: 63 }, charger('dc', 50_000, 3), charger('s1', 7_360, 1, 'SRT'), charger('s2', 7_360, 1, 'STR'));
    const sessions = [...wanting(50_000, 'dc'), ...wanting(7_360, 's1', 's2')];
    const result = run(nodes, sessions);
    for (const s of result.sessions) {
      expect(s.allocatedW).toBeCloseTo(6_210, 6); // 63 A = W/690 + 2 W/230 on L2
      expect(s.limitedBy).toEqual({ kind: 'node', nodeId: 'circuit', phase: 'L2' });
    }
    const blind = run(nodes.map(({ maxCurrentA: _, ...n }) => n), sessions);
    expect(blind.sessions.map((s) => s.allocatedW)).toEqual([45_280, 7_360, 7_360]);
    expect(blind.nodes.find((n) => n.nodeId === 'circuit')!.currentA![1]).toBeCloseTo(45_280 / 690 + 64, 9);
  });
});

describe('phase details', () => {
  it('a one-phase car at a three-phase connector draws on its charge point’s L1, and an unknown rotation counts as RST', () => {
    const nodes = site({ maxCurrentA: 10 }, charger('a', 22_080, 3, 'TSR'), charger('b', 22_080, 3, 'L3L1L2'));
    const result = allocate({ nodes, strategy: 'connector', sessions: wanting(22_080, 'a', 'b').map((s) => ({ ...s, phases: 1 })) });
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([2_300, 2_300]);
    expect(result.sessions.map((s) => s.limitedBy)).toEqual([
      { kind: 'node', nodeId: 'circuit', phase: 'L3' },
      { kind: 'node', nodeId: 'circuit', phase: 'L1' },
    ]);
  });

  it('admits a minimum only where it fits under every phase’s current cap', () => {
    // 10 A on L1: two single-phase cars at 6 A minimum each do not both fit.
    const nodes = site({ maxCurrentA: 10 }, charger('a', 7_360, 1), charger('b', 7_360, 1), charger('c', 7_360, 1, 'SRT'));
    const sessions = wanting(7_360, 'a', 'b', 'c').map((s) => ({ ...s, minPowerW: 1_380 }));
    const result = allocate({ nodes, sessions, strategy: 'connector' });
    expect(result.sessions.map((s) => [s.allocatedW, s.limitedBy.kind])).toEqual([
      [2_300, 'node'],
      [0, 'admission'],
      [2_300, 'node'],
    ]);
  });
});
