import { describe, expect, it } from 'vitest';
import { asNodeId, issuesBeneath, issuesBeneathOf, issuesBeneathText } from '../../../src/domain/topology';
import { indexOf } from '../../fixtures/tree';

const warn = (id: string, severity: 'error' | 'warning' = 'warning') => ({
  code: 'X',
  severity,
  message: 'm',
  entity: { type: 'T', id },
});

const nodes = [
  { id: 'mg', kind: 'MICROGRID', parent_id: null },
  { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg' },
  { id: 'c-a', kind: 'CIRCUIT', parent_id: 'gc' },
  { id: 'c-b', kind: 'CIRCUIT', parent_id: 'gc' },
  { id: 'cp-1', kind: 'CHARGE_POINT', parent_id: 'c-a' },
  { id: 'cp-1-1', kind: 'CONNECTOR', parent_id: 'cp-1' },
];

describe('issues beneath a node', () => {
  it('counts the issues of every descendant, not its own, and keeps the worst severity', () => {
    const index = indexOf(nodes, [warn('c-a'), warn('cp-1'), warn('cp-1-1', 'error'), warn('c-b')]);
    const map = issuesBeneath(index);
    expect(map.get(asNodeId('mg'))).toEqual({ worst: 'error', count: 4 });
    expect(map.get(asNodeId('gc'))).toEqual({ worst: 'error', count: 4 });
    expect(map.get(asNodeId('c-a'))).toEqual({ worst: 'error', count: 2 });
    expect(map.get(asNodeId('cp-1'))).toEqual({ worst: 'error', count: 1 });
    expect(map.has(asNodeId('c-b'))).toBe(false);
    expect(issuesBeneathOf(index, asNodeId('cp-1-1'))).toBeNull();
    expect(issuesBeneathText({ worst: 'warning', count: 1 })).toBe('1 issue beneath, worst a warning');
  });

  it('is the same whatever order the nodes and warnings arrive in', () => {
    const a = issuesBeneath(indexOf(nodes, [warn('c-a'), warn('cp-1-1')]));
    const b = issuesBeneath(indexOf([...nodes].reverse(), [warn('cp-1-1'), warn('c-a')]));
    expect(new Map([...b].sort())).toEqual(new Map([...a].sort()));
  });
});
