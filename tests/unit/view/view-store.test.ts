import { describe, expect, it, vi } from 'vitest';
import { asNodeId, defaultExpanded } from '../../../src/domain/topology';
import { createViewStore } from '../../../src/view';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';

const id = asNodeId;

describe('the first view', () => {
  it('opens everything on a small depot', () => {
    // 1 × 2 × 50 × 2 = 200 connectors: every node with children starts expanded.
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 50, connectorsPerCharger: 2 }));
    const withChildren = [...index.children.keys()];
    const { expanded } = createViewStore(index).getState();
    expect([...expanded].sort()).toEqual(withChildren.sort());
  });

  it('folds connectors into every charger above 200 connectors', () => {
    // 1 × 1 × 67 × 3 = 201 connectors
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 67, connectorsPerCharger: 3 }));
    const { expanded } = createViewStore(index).getState();
    expect(expanded.has(id('cp-1'))).toBe(false);
    expect(expanded.has(id('cp-67'))).toBe(false);
    expect(expanded.has(id('circ-1-1'))).toBe(true);
  });

  it('opens the path to a node selected from the start', () => {
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 67, connectorsPerCharger: 3 }));
    const store = createViewStore(index, { selectedId: id('cp-5-c2') });
    expect(store.getState().selectedId).toBe('cp-5-c2');
    expect(store.getState().expanded.has(id('cp-5'))).toBe(true);
    expect(store.getState().expanded.has(id('cp-6'))).toBe(false);
  });
});

describe('selection', () => {
  const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 2, connectorsPerCharger: 2 }));

  it('opens every collapsed ancestor of the selected node and keeps other collapsed nodes', () => {
    const store = createViewStore(index);
    for (const n of ['gc-1', 'cp-1', 'cp-2']) store.setExpanded(id(n), false);
    store.select(id('cp-1-c2'));
    const { expanded } = store.getState();
    expect(expanded.has(id('gc-1'))).toBe(true);
    expect(expanded.has(id('cp-1'))).toBe(true);
    expect(expanded.has(id('cp-2'))).toBe(false);
  });

  it('keeps the same expanded set when the path is already open, and a collapsed selected node collapsed', () => {
    const store = createViewStore(index);
    store.setExpanded(id('cp-1'), false);
    const before = store.getState().expanded;
    store.select(id('cp-1'));
    expect(store.getState().expanded).toBe(before);
    expect(store.getState().expanded.has(id('cp-1'))).toBe(false);
  });

  it('selects nothing for an id the topology lacks', () => {
    const store = createViewStore(index, { selectedId: id('cp-1') });
    store.select(id('nope'));
    expect(store.getState().selectedId).toBeNull();
  });

  it('tells subscribers of a change, and only of a change', () => {
    const store = createViewStore(index);
    const listener = vi.fn();
    const stop = store.subscribe(listener);
    store.select(id('cp-2'));
    store.select(id('cp-2'));
    store.setExpanded(id('cp-2'), true);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    store.select(null);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('expansion', () => {
  const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 2, connectorsPerCharger: 2 }));

  it('toggles one node and leaves the rest', () => {
    const store = createViewStore(index);
    const start = defaultExpanded(index);
    store.toggle(id('cp-2'));
    expect(store.getState().expanded.has(id('cp-2'))).toBe(false);
    expect([...store.getState().expanded].sort()).toEqual([...start].filter((n) => n !== 'cp-2').sort());
    store.toggle(id('cp-2'));
    expect([...store.getState().expanded].sort()).toEqual([...start].sort());
  });

  it('expands several at once', () => {
    const store = createViewStore(index);
    store.setExpanded(id('cp-1'), false);
    store.setExpanded(id('cp-2'), false);
    store.expandAll([id('cp-1'), id('cp-2')]);
    expect(store.getState().expanded.has(id('cp-1'))).toBe(true);
    expect(store.getState().expanded.has(id('cp-2'))).toBe(true);
  });
});

describe('slots for the preview and the problems filter', () => {
  const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 1, connectorsPerCharger: 1 }));

  it('start empty and hold what they are given', () => {
    const store = createViewStore(index);
    expect(store.getState().preview).toBeNull();
    expect(store.getState().problemsFilter).toEqual({ text: '', hidden: [] });
    store.setPreview({ mode: 'preview', sessions: 'rated', strategy: 'charger', edits: '' });
    store.setProblemsFilter({ text: 'bay', hidden: ['warning'] });
    expect(store.getState().preview).toEqual({ mode: 'preview', sessions: 'rated', strategy: 'charger', edits: '' });
    expect(store.getState().problemsFilter).toEqual({ text: 'bay', hidden: ['warning'] });
  });
});
