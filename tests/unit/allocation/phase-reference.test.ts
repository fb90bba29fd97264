/**
 * Phase-aware allocation, both strategies, against a slow, literal simulation of progressive
 * filling with per-phase caps (`phase-reference.ts`) on small random depots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type Strategy } from '../../../src/domain/allocation';
import { phaseDepotArbitrary } from './phase-arbitraries';
import { referencePhaseAllocate } from './phase-reference';
import { expectReferenceOutcomes } from './reference';

describe.each<Strategy>(['connector', 'charger'])('%s-based phase-aware allocation matches the reference simulation', (strategy) => {
  it.each([
    ['whole amperes (many ties)', false],
    ['any real watts', true],
  ])('gives every session the same power and the same reason: %s', (_, continuous) => {
    fc.assert(
      fc.property(phaseDepotArbitrary({ maxNodes: 12, strategy, continuous }), (input) => {
        expectReferenceOutcomes(allocate(input), referencePhaseAllocate(input));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the phase reference simulation itself', () => {
  it('reproduces the contract’s DC example by hand-checked numbers', () => {
    const nodes = [
      { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null },
      { id: 'circuit', parentId: 'site', kind: 'CIRCUIT', maxPowerW: 60_000, maxCurrentA: 63 },
      { id: 'dc', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 50_000 },
      { id: 'dc-1', parentId: 'dc', kind: 'CONNECTOR', maxPowerW: 50_000, phases: 3 as const },
      { id: 's1', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 7_360, phaseRotation: 'SRT' },
      { id: 's1-1', parentId: 's1', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 as const },
      { id: 's2', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 7_360, phaseRotation: 'STR' },
      { id: 's2-1', parentId: 's2', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 as const },
    ];
    const sessions = [
      { connectorId: 'dc-1', requestedPowerW: 50_000 },
      { connectorId: 's1-1', requestedPowerW: 7_360 },
      { connectorId: 's2-1', requestedPowerW: 7_360 },
    ];
    const slow = referencePhaseAllocate({ nodes, sessions, strategy: 'connector' });
    for (const outcome of slow.values()) {
      expect(outcome.allocatedW).toBeCloseTo(6_210, 6);
      expect(outcome.limitedBy).toEqual({ kind: 'node', nodeId: 'circuit', phase: 'L2' });
    }
  });

  it('splits a charge point’s share fairly among a three-phase and a single-phase connector (charger-based)', () => {
    // One claimant: x W each draws x/690 + x/230 A on L1, so 16 A gives x = 2 760 W.
    const slow = referencePhaseAllocate({
      strategy: 'charger',
      nodes: [
        { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null },
        { id: 'circuit', parentId: 'site', kind: 'CIRCUIT', maxPowerW: null, maxCurrentA: 16 },
        { id: 'cp', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: null },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 22_080, phases: 3 },
        { id: 'cp-2', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 7_360, phases: 1 },
      ],
      sessions: [
        { connectorId: 'cp-1', requestedPowerW: 11_000 },
        { connectorId: 'cp-2', requestedPowerW: 11_000 },
      ],
    });
    for (const outcome of slow.values()) {
      expect(outcome.allocatedW).toBeCloseTo(2_760, 6);
      expect(outcome.limitedBy).toEqual({ kind: 'node', nodeId: 'circuit', phase: 'L1' });
    }
  });
});
