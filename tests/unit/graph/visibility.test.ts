import { describe, expect, it } from 'vitest';
import { asNodeId } from '../../../src/domain/topology';
import { defaultCollapsed, expandAncestors, isHidden, toggleCollapsed } from '../../../src/features/graph/visibility';
import { generateDepot } from './depot-fixture';
import { indexOf } from './helpers';

const id = asNodeId;

describe('defaultCollapsed', () => {
  it('collapses nothing at or below 200 connectors', () => {
    // 1 × 2 × 50 × 2 = 200 connectors
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 50, connectorsPerCharger: 2 }));
    expect(defaultCollapsed(index).size).toBe(0);
  });

  it('folds connectors into every charger above 200 connectors', () => {
    // 1 × 1 × 67 × 3 = 201 connectors
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 67, connectorsPerCharger: 3 }));
    const collapsed = defaultCollapsed(index);
    expect(collapsed.size).toBe(67);
    expect(collapsed.has(id('cp-1'))).toBe(true);
    expect(collapsed.has(id('cp-67'))).toBe(true);
    expect(collapsed.has(id('circ-1-1'))).toBe(false);
  });
});

describe('expandAncestors', () => {
  const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 2, connectorsPerCharger: 2 }));

  it('opens every collapsed ancestor and keeps other collapsed nodes', () => {
    const collapsed = new Set([id('gc-1'), id('cp-1'), id('cp-2')]);
    const next = expandAncestors(index, collapsed, id('cp-1-c2'));
    expect([...next].sort()).toEqual(['cp-2']);
    expect(isHidden(index, next, id('cp-1-c2'))).toBe(false);
    expect(isHidden(index, next, id('cp-2-c1'))).toBe(true);
  });

  it('returns the same set when the path is already open', () => {
    const collapsed = new Set([id('cp-2')]);
    expect(expandAncestors(index, collapsed, id('cp-1-c1'))).toBe(collapsed);
  });

  it('does not expand the node itself', () => {
    const collapsed = new Set([id('cp-1')]);
    expect(expandAncestors(index, collapsed, id('cp-1'))).toBe(collapsed);
  });
});

describe('toggleCollapsed', () => {
  it('adds and removes without touching the given set', () => {
    const start = new Set([id('a')]);
    expect([...toggleCollapsed(start, id('b'))].sort()).toEqual(['a', 'b']);
    expect([...toggleCollapsed(start, id('a'))]).toEqual([]);
    expect([...start]).toEqual(['a']);
  });
});
