/**
 * Ids whose hashes collide: a lookup that meets the other id in the table must go on probing,
 * for parents and for sessions alike.
 */
import { describe, expect, it } from 'vitest';
import { allocate, AllocationInputError, type PowerNode } from '../../../src/domain/allocation';
import { hashOf } from '../../../src/domain/allocation/id-table';

// Two ids with one hash (found by search; the first assertion keeps this true).
const A = 'cp-87899';
const B = 'cp-729632';

const node = (id: string, parentId: string | null, kind: string, maxPowerW: number | null): PowerNode => ({ id, parentId, kind, maxPowerW });

describe('ids with colliding hashes', () => {
  it('collide', () => {
    expect(hashOf(A)).toBe(hashOf(B));
  });

  it('find the right parent and connector whichever is placed first', () => {
    for (const [first, second] of [
      [A, B],
      [B, A],
    ] as const) {
      const nodes = [
        node('site', null, 'MICROGRID', null),
        node(first, 'site', 'CIRCUIT', 1_000),
        node(second, 'site', 'CIRCUIT', 2_000),
        node(`${first}-1`, first, 'CONNECTOR', 22_080),
        node(`${second}-1`, second, 'CONNECTOR', 22_080),
      ];
      const result = allocate({
        strategy: 'connector',
        nodes,
        sessions: [
          { connectorId: `${first}-1`, requestedPowerW: 5_000 },
          { connectorId: `${second}-1`, requestedPowerW: 5_000 },
        ],
      });
      const got = Object.fromEntries(result.sessions.map((s) => [s.connectorId, s.allocatedW]));
      expect(got).toEqual({ [`${first}-1`]: 1_000, [`${second}-1`]: 2_000 });
      const flow = Object.fromEntries(result.nodes.map((n) => [n.nodeId, n.flowW]));
      expect(flow[first]).toBe(1_000);
      expect(flow[second]).toBe(2_000);
    }
  });

  it('report an id that is missing though another with its hash is present', () => {
    const nodes = [node('site', null, 'MICROGRID', null), node(A, 'site', 'CONNECTOR', 22_080), node('orphan', B, 'CONNECTOR', 22_080)];
    let problems: readonly string[] = [];
    try {
      allocate({ strategy: 'connector', nodes, sessions: [{ connectorId: B, requestedPowerW: 1_000 }] });
    } catch (error) {
      expect(error).toBeInstanceOf(AllocationInputError);
      problems = (error as AllocationInputError).problems;
    }
    expect(problems).toEqual([`node "orphan": parent "${B}" does not exist`, `session on "${B}": no such node`]);
  });
});
