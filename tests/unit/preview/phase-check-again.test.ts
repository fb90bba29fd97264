/**
 * The phase check keeps its phase-blind copy of a nodes array between calls: checking the same
 * nodes again, with other sessions, or after a node changed in place, gives what a check of a
 * fresh copy gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PowerNode, Session } from '../../../src/domain/allocation';
import { phaseCheck } from '../../../src/domain/preview';
import { phaseDepotArbitrary } from '../allocation/phase-arbitraries';

const checkFresh = (nodes: readonly PowerNode[], sessions: readonly Session[], strategy: 'connector' | 'charger') =>
  phaseCheck(structuredClone(nodes), sessions, strategy);

describe('checking the same nodes again', () => {
  it('gives what a check of a fresh copy gives, with other sessions each time', () => {
    fc.assert(
      fc.property(phaseDepotArbitrary(), fc.array(fc.constantFrom(0, 0.5, 1, 3), { minLength: 1, maxLength: 3 }), ({ nodes, sessions, strategy }, scales) => {
        expect(phaseCheck(nodes, sessions, strategy)).toEqual(checkFresh(nodes, sessions, strategy));
        for (const scale of scales) {
          const next = sessions.map((s) => ({ ...s, requestedPowerW: Math.round(s.requestedPowerW * scale) }));
          expect(phaseCheck(nodes, next, strategy)).toEqual(checkFresh(nodes, next, strategy));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('sees a watt cap changed in place', () => {
    const nodes: PowerNode[] = [
      { id: 'root', parentId: null, kind: 'MICROGRID', maxPowerW: 44_000, maxCurrentA: 32 },
      { id: 'cp', parentId: 'root', kind: 'CHARGE_POINT', maxPowerW: null, phaseRotation: 'RST' },
      { id: 'c1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 22_000, phases: 1 },
      { id: 'c2', parentId: 'root', kind: 'CONNECTOR', maxPowerW: 22_000, phases: 1 },
    ];
    const sessions: Session[] = [
      { connectorId: 'c1', requestedPowerW: 7_360 },
      { connectorId: 'c2', requestedPowerW: 7_360 },
    ];
    const before = phaseCheck(nodes, sessions, 'connector');
    expect(before.overloads.map((o) => o.nodeId)).toEqual(['root']);
    nodes[0]!.maxPowerW = 7_360;
    const after = phaseCheck(nodes, sessions, 'connector');
    expect(after).toEqual(checkFresh(nodes, sessions, 'connector'));
    expect(after.allocatedW).toBe(7_360);
  });
});
