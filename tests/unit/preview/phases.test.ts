/**
 * The phase check and the phase words, on the allocator contract's "DC beside single-phase"
 * example (figures by hand): circuit 60 kW and 63 A → a DC charger wanting 50 kW, and two
 * single-phase 7 360 W chargers wired SRT and STR, so both draw on L2.
 */
import { describe, expect, it } from 'vitest';
import { allocate, fromTopology, type Session } from '../../../src/domain/allocation';
import { bindingPhases, buildOutcome, connectorReason, loadText, phaseCheck, sessionPhase } from '../../../src/domain/preview';
import { buildTopologyIndex, type MicrogridNodeWire } from '../../../src/domain/topology';
import { node, topologyOf } from './depots';

const circuit: MicrogridNodeWire = { ...node('board', 'CIRCUIT', null), name: 'Board B', limit: { max_power_w: 60_000, max_current_a: 63, phases: 3, source: 'DEFAULT_CAPACITY' } };
const single = (id: string, rotation: string): MicrogridNodeWire[] => [
  { ...node(id, 'CHARGE_POINT', 'board', { max_power_w: 7_360 }), asset: { phase_rotation: rotation, power_type: 'AC' } },
  node(`${id}-1`, 'CONNECTOR', id, { max_power_w: 7_360, phases: 1 }, 'AC_1_PHASE'),
];
const topology = topologyOf([
  circuit,
  node('dc', 'CHARGE_POINT', 'board', { max_power_w: 50_000 }),
  node('dc-1', 'CONNECTOR', 'dc', { max_power_w: 50_000 }, 'DC'),
  ...single('s1', 'SRT'),
  ...single('s2', 'STR'),
]);
const sessions: Session[] = [
  { connectorId: 'dc-1', requestedPowerW: 50_000 },
  { connectorId: 's1-1', requestedPowerW: 7_360 },
  { connectorId: 's2-1', requestedPowerW: 7_360 },
];
const index = buildTopologyIndex(topology);
const nodes = fromTopology(topology);

describe('the phase-aware preview of the example', () => {
  const result = allocate({ nodes, sessions, strategy: 'connector' });
  const outcome = buildOutcome(index, sessions, 'connector', result);

  it('names the phase that holds each session, and the phase a single-phase session draws on', () => {
    // 6 210 W each: 63 A on L2 = 9 A (DC's third of 6 210 W / 230 V) + 2 × 27 A.
    expect(connectorReason(index, outcome, 's1-1')).toBe('held at 6.2 kW by circuit Board B on L2 (63 A per phase, binding)');
    expect(sessionPhase(index, 's1-1', sessions[1])).toEqual({ phases: 1, gridPhase: 'L2', rotation: 'SRT' });
    expect(sessionPhase(index, 'dc-1', sessions[0])).toEqual({ phases: 3, gridPhase: null, rotation: null });
    expect(sessionPhase(index, 's1-1', { ...sessions[1]!, phases: 3 })).toMatchObject({ phases: 3, gridPhase: null });
  });

  it('shows the binding phase and each phase’s current against the cap', () => {
    const load = outcome.loadOf.get('board')!;
    expect(bindingPhases(load)).toEqual(['L2']);
    const text = loadText(load);
    expect(text.percent).toBe('100% on L2');
    // L1 and L3 carry the DC charger's 9 A; L2 is full.
    expect(text.phases).toEqual(['L1 9 A of 63 A', 'L2 63 A of 63 A', 'L3 9 A of 63 A']);
  });
});

describe('the phase check: what a watt-only balancer would break', () => {
  it('lists the board’s L2 at 129.6 A on its 63 A cap, then L1 and L3 at the DC charger’s 65.6 A', () => {
    const check = phaseCheck(nodes, sessions, 'connector');
    expect(check.applies).toBe(true);
    // Phase-blind: the DC charger gets 45 280 W, so L2 carries 45 280 / 690 + 2 × 32 = 129.62 A.
    expect(check.allocatedW).toBeCloseTo(60_000, 6);
    expect(check.overloads.map((o) => `${o.nodeId} ${o.phase}`)).toEqual(['board L2', 'board L1', 'board L3']);
    const [overload, l1] = check.overloads;
    expect(l1!.currentA).toBeCloseTo(45_280 / 690, 6);
    expect(overload).toMatchObject({ nodeId: 'board', phase: 'L2', capA: 63 });
    expect(overload!.currentA).toBeCloseTo(45_280 / 690 + 64, 6);
    expect(overload!.overA).toBeCloseTo(45_280 / 690 + 64 - 63, 6);
  });

  it('has nothing to check without current caps, and nothing to list when no phase would go over', () => {
    const uncapped = nodes.map((n) => ({ ...n, maxCurrentA: null }));
    expect(phaseCheck(uncapped, sessions, 'connector')).toEqual({ applies: false, overloads: [], allocatedW: 0 });
    expect(phaseCheck(nodes, [sessions[1]!], 'connector')).toMatchObject({ applies: true, overloads: [] });
  });
});
