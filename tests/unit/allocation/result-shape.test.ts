/**
 * The result is plain data in the contract's shape: whatever builds its rows, a caller that
 * serialises, clones or compares it sees exactly the contract's fields, in the contract's order.
 */
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationResult, type PowerNode } from '../../../src/domain/allocation';

const nodes: PowerNode[] = [
  { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: 30_000 },
  { id: 'cp', parentId: 'site', kind: 'CHARGE_POINT', maxPowerW: null, evseCount: 1 },
  { id: 'c1', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 22_080 },
  { id: 'c2', parentId: 'cp', kind: 'CONNECTOR', maxPowerW: 22_080 },
  { id: 'c3', parentId: 'site', kind: 'CONNECTOR', maxPowerW: 22_080 },
];
const result: AllocationResult = allocate({
  strategy: 'connector',
  nodes,
  sessions: [
    { connectorId: 'c1', requestedPowerW: 22_080 },
    { connectorId: 'c2', requestedPowerW: 7_000 },
    { connectorId: 'c3', requestedPowerW: 22_080 },
  ],
});

describe('the result', () => {
  it('has each row with exactly the contract fields, in its order', () => {
    for (const row of result.sessions) expect(Object.keys(row)).toEqual(['connectorId', 'requestedPowerW', 'allocatedW', 'limitedBy']);
    for (const row of result.nodes) expect(Object.keys(row)).toEqual(['nodeId', 'maxPowerW', 'flowW', 'headroomW', 'binding']);
  });

  it('survives JSON and structured clone unchanged, down to the last field', () => {
    const json = JSON.parse(JSON.stringify(result)) as AllocationResult;
    expect(json).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
    // The clone's rows are plain objects: the same data as the rows themselves, field for field.
    expect(json.sessions[0]).toEqual({ ...result.sessions[0] });
    expect(json.nodes.find((n) => n.nodeId === 'site')).toEqual({ nodeId: 'site', maxPowerW: 30_000, flowW: 30_000, headroomW: 0, binding: true });
  });

  it('explains every session: one EVSE busy, the others held by the site cap', () => {
    expect(result.sessions.map((s) => [s.connectorId, s.allocatedW, s.limitedBy])).toEqual([
      ['c1', 15_000, { kind: 'node', nodeId: 'site' }],
      ['c2', 0, { kind: 'evse', nodeId: 'cp' }],
      ['c3', 15_000, { kind: 'node', nodeId: 'site' }],
    ]);
  });
});
