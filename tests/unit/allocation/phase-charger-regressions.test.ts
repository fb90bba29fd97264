/**
 * Charger-based phase-aware cases where the fast allocator once named the wrong limit, found by
 * comparing it with the reference simulation (`phase-reference.ts`). Each is shrunk to the
 * nodes that matter; the allocation was right in all of them, the reason was not.
 */
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationInput, type LimitedBy, type PowerNode, type Session } from '../../../src/domain/allocation';
import { referencePhaseAllocate } from './phase-reference';

const root: PowerNode = { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null };
const input = (nodes: PowerNode[], sessions: Session[]): AllocationInput => ({ nodes: [root, ...nodes], sessions, strategy: 'charger' });

const cases: [string, AllocationInput, string, number, LimitedBy][] = [
  [
    'a charge point whose watt cap and current cap fill as its connector reaches its own cap: the watt cap is named',
    input(
      [
        { id: 'cp', parentId: 'site', kind: 'CHARGE_POINT', maxPowerW: 2_760, maxCurrentA: 4 },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 2_760 },
      ],
      [{ connectorId: 'cp-1', requestedPowerW: 3_450 }],
    ),
    'cp-1',
    2_760,
    { kind: 'node', nodeId: 'cp' },
  ],
  [
    'a charge point whose three phases fill at once as its connector reaches its own cap: L1 is named, not L3',
    input(
      [
        { id: 'cp', parentId: 'site', kind: 'CHARGE_POINT', maxPowerW: null, maxCurrentA: 4 },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 2_760 },
      ],
      [{ connectorId: 'cp-1', requestedPowerW: 3_450 }],
    ),
    'cp-1',
    2_760,
    { kind: 'node', nodeId: 'cp', phase: 'L1' },
  ],
  [
    'a circuit full from the start with minimums, over a connector whose minimum is its own cap: the circuit is named',
    input(
      [
        { id: 'circuit', parentId: 'site', kind: 'CIRCUIT', maxPowerW: 1_380 },
        { id: 'cp', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: null },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 33_810, maxCurrentA: 2 },
      ],
      [{ connectorId: 'cp-1', requestedPowerW: 6_210, minPowerW: 1_380 }],
    ),
    'cp-1',
    1_380,
    { kind: 'node', nodeId: 'circuit' },
  ],
  [
    'a charge point with no current to give (0 A) over a connector with none either: the charge point is named',
    input(
      [
        { id: 'cp', parentId: 'site', kind: 'CHARGE_POINT', maxPowerW: null, maxCurrentA: 0, phaseRotation: 'TRS' },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 44_850, maxCurrentA: 0, phases: 1 },
      ],
      [{ connectorId: 'cp-1', requestedPowerW: 31_050 }],
    ),
    'cp-1',
    0,
    { kind: 'node', nodeId: 'cp', phase: 'L3' },
  ],
  [
    'a charge point that never rises above its minimums, under a full phase: that phase is named for all its connectors',
    input(
      [
        { id: 'board', parentId: 'site', kind: 'CIRCUIT', maxPowerW: null, maxCurrentA: 3 },
        { id: 'cp', parentId: 'board', kind: 'CHARGE_POINT', maxPowerW: null },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: null, maxCurrentA: 0, phases: 1 },
        { id: 'cp-2', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: null, phases: 1 },
      ],
      [
        { connectorId: 'cp-1', requestedPowerW: 15_180 },
        { connectorId: 'cp-2', requestedPowerW: 690, minPowerW: 1_380 },
      ],
    ),
    'cp-1',
    0,
    { kind: 'node', nodeId: 'board', phase: 'L1' },
  ],
  [
    'a connector held at its own cap by its minimum, beside one that rises until the circuit fills: its own cap is named',
    input(
      [
        { id: 'circuit', parentId: 'site', kind: 'CIRCUIT', maxPowerW: 2_070 },
        { id: 'cp', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: null, phaseRotation: 'TRS' },
        { id: 'cp-1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: null, phases: 1 },
        { id: 'cp-2', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: null, maxCurrentA: 6, phases: 1 },
      ],
      [
        { connectorId: 'cp-1', requestedPowerW: 11_040 },
        { connectorId: 'cp-2', requestedPowerW: 5_520, minPowerW: 1_380 },
      ],
    ),
    'cp-2',
    1_380,
    { kind: 'node', nodeId: 'cp-2', phase: 'L3' },
  ],
];

describe('charger-based phase-aware reasons found by the reference', () => {
  it.each(cases)('%s', (_, given, connectorId, watts, limitedBy) => {
    const fast = allocate(given).sessions.find((s) => s.connectorId === connectorId)!;
    expect(fast.allocatedW).toBeCloseTo(watts, 6);
    expect(fast.limitedBy).toEqual(limitedBy);
    expect(referencePhaseAllocate(given).get(connectorId)).toEqual({ allocatedW: expect.closeTo(watts, 6) as number, limitedBy });
  });
});
