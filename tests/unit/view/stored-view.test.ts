// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId } from '../../../src/domain/topology';
import { createViewStore, isBoolean, readPreference, readStoredView, storedExpansion, writePreference, writeStoredView } from '../../../src/view';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';

const KEY = 'depot-microgrid.view.dep-1';
const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 2, connectorsPerCharger: 2 }));

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the stored view', () => {
  it('is kept per depot, each write merged into what is there', () => {
    writeStoredView('dep-1', { expanded: ['circ-1-1'] });
    writeStoredView('dep-1', { problemsFolded: true });
    writeStoredView('dep-2', { problemsFolded: false });
    expect(readStoredView('dep-1')).toEqual({ expanded: ['circ-1-1'], problemsFolded: true });
    expect(readStoredView('dep-2')).toEqual({ problemsFolded: false });
    expect(readStoredView('dep-3')).toEqual({});
  });

  it('reads anything malformed as nothing stored', () => {
    for (const raw of ['{', 'null', '[1,2]', '"text"', '{"expanded":"cp-1"}', '{"expanded":[1,2]}', '{"problemsFolded":"yes"}']) {
      localStorage.setItem(KEY, raw);
      expect(readStoredView('dep-1'), raw).toEqual({});
    }
    localStorage.setItem(KEY, '{"expanded":["a"],"problemsFolded":1}');
    expect(readStoredView('dep-1')).toEqual({ expanded: ['a'] });
  });

  it('never throws when storage does: blocked, private mode, full', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(readStoredView('dep-1')).toEqual({});
    expect(() => writeStoredView('dep-1', { problemsFolded: true })).not.toThrow();
  });

  it('keeps of a stored expansion only the nodes the topology still has', () => {
    expect(storedExpansion(index, undefined)).toBeNull();
    expect(storedExpansion(index, [])).toEqual(new Set());
    expect(storedExpansion(index, ['circ-1-1', 'gone-node'])).toEqual(new Set([asNodeId('circ-1-1')]));
    // Nothing of it left: the topology changed, so the default applies.
    expect(storedExpansion(index, ['gone-node', 'also-gone'])).toBeNull();
  });
});

describe("the graph's stored viewport", () => {
  it('is kept beside the rest of the depot view', () => {
    writeStoredView('dep-1', { expanded: ['circ-1-1'] });
    writeStoredView('dep-1', { viewport: { x: 120.5, y: -40, zoom: 0.3, selectedId: 'cp-3' } });
    expect(readStoredView('dep-1')).toEqual({ expanded: ['circ-1-1'], viewport: { x: 120.5, y: -40, zoom: 0.3, selectedId: 'cp-3' } });
    writeStoredView('dep-1', { viewport: { x: 0, y: 0, zoom: 1, selectedId: null } });
    expect(readStoredView('dep-1').viewport).toEqual({ x: 0, y: 0, zoom: 1, selectedId: null });
  });

  it('reads a malformed viewport as none, keeping the rest', () => {
    for (const viewport of ['"far"', '{"x":1,"y":2}', '{"x":1,"y":2,"zoom":0,"selectedId":null}', '{"x":1,"y":2,"zoom":-1,"selectedId":null}', '{"x":"1","y":2,"zoom":1,"selectedId":null}', '{"x":1,"y":2,"zoom":1,"selectedId":7}', '{"x":1e999,"y":2,"zoom":1,"selectedId":null}']) {
      localStorage.setItem(KEY, `{"problemsFolded":true,"viewport":${viewport}}`);
      expect(readStoredView('dep-1'), viewport).toEqual({ problemsFolded: true });
    }
  });
});

describe('a stored layout preference', () => {
  it('reads back what was written, for every depot', () => {
    expect(readPreference('graph.minimap-open', true, isBoolean)).toBe(true);
    writePreference('graph.minimap-open', false);
    expect(readPreference('graph.minimap-open', true, isBoolean)).toBe(false);
  });

  it('reads anything malformed, or storage that throws, as the default', () => {
    localStorage.setItem('depot-microgrid.layout.graph.minimap-open', '"no"');
    expect(readPreference('graph.minimap-open', true, isBoolean)).toBe(true);
    localStorage.setItem('depot-microgrid.layout.graph.minimap-open', '{');
    expect(readPreference('graph.minimap-open', true, isBoolean)).toBe(true);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    expect(readPreference('graph.minimap-open', true, isBoolean)).toBe(true);
    expect(() => writePreference('graph.minimap-open', false)).not.toThrow();
  });
});

describe('the view store, started from a stored view', () => {
  it('starts from the given expansion and fold, opening the way to the selection', () => {
    const store = createViewStore(index, { expanded: new Set([asNodeId('circ-1-1')]), problemsFolded: true, selectedId: asNodeId('cp-3-c1') });
    const { expanded, problemsFolded } = store.getState();
    expect(expanded.has(asNodeId('circ-1-1'))).toBe(true);
    expect(expanded.has(asNodeId('cp-3'))).toBe(true);
    expect(problemsFolded).toBe(true);
    store.setProblemsFolded(false);
    expect(store.getState().problemsFolded).toBe(false);
  });
});
