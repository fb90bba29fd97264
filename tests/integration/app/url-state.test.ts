// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildTopologyIndex } from '../../../src/domain/topology';
import { useFollowPreviewUrl } from '../../../src/view/preview-url';
import { navigate, parseUrlState, searchFor, useUrlState } from '../../../src/view/url-state';
import { createViewStore } from '../../../src/view/view-store';
import { depotTopology } from '../../unit/preview/depots';

afterEach(() => window.history.replaceState(null, '', '/'));

describe('url state', () => {
  it('parses depot and node, decoding them', () => {
    expect(parseUrlState('?depot=a%2Fb%20c%3F&node=cp-017')).toEqual({ depot: 'a/b c?', node: 'cp-017', problem: null, view: null, sessions: null, strategy: null, edits: null });
    expect(parseUrlState('?node=cp-017')).toEqual({ depot: null, node: null, problem: null, view: null, sessions: null, strategy: null, edits: null });
    expect(parseUrlState('?depot=&node=')).toEqual({ depot: null, node: null, problem: null, view: null, sessions: null, strategy: null, edits: null });
  });

  it('writes them encoded and keeps other parameters', () => {
    expect(searchFor({ depot: 'a/b c?', node: null }, '?lang=en&node=x')).toBe('?lang=en&depot=a%2Fb+c%3F');
    expect(searchFor({ depot: null, node: null }, '?depot=x')).toBe('');
  });

  it('parses the chosen problem as a position, with a depot or a view', () => {
    expect(parseUrlState('?depot=error-many&problem=3')).toMatchObject({ depot: 'error-many', problem: 3 });
    expect(parseUrlState('?view=site-file&problem=0')).toEqual({ depot: null, node: null, problem: 0, view: 'site-file', sessions: null, strategy: null, edits: null });
    for (const bad of ['-1', '03', '1e3', 'x', '', '1.5']) expect(parseUrlState(`?depot=d&problem=${bad}`).problem).toBeNull();
    expect(parseUrlState('?problem=2').problem).toBeNull();
  });

  it('reads the preview keys only with a depot, keeping the edits verbatim', () => {
    expect(parseUrlState('?depot=welshpool&view=preview&sessions=plugged-40-7&strategy=charger&edits=x_cp-001-1*r5000_cp-002-1')).toEqual({
      depot: 'welshpool',
      node: null,
      problem: null,
      view: 'preview',
      sessions: 'plugged-40-7',
      strategy: 'charger',
      edits: 'x_cp-001-1*r5000_cp-002-1',
    });
    expect(parseUrlState('?sessions=rated&strategy=charger&edits=x_a')).toMatchObject({ sessions: null, strategy: null, edits: null });
    expect(searchFor({ sessions: 'rated', strategy: 'connector', edits: null }, '?depot=d&edits=x_a')).toBe('?depot=d&sessions=rated&strategy=connector');
  });

  it('changes only the keys it is given', () => {
    expect(searchFor({ problem: 4 }, '?depot=d&node=n')).toBe('?depot=d&node=n&problem=4');
    expect(searchFor({ problem: null }, '?depot=d&problem=4')).toBe('?depot=d');
  });

  it('push adds a history entry, replace does not, and back restores the earlier state', async () => {
    const { result } = renderHook(() => useUrlState());
    const before = window.history.length;
    act(() => navigate({ depot: 'welshpool', node: null }));
    act(() => navigate({ depot: 'welshpool', node: 'cp-017' }));
    expect(result.current).toEqual({ depot: 'welshpool', node: 'cp-017', problem: null, view: null, sessions: null, strategy: null, edits: null });
    expect(window.history.length).toBe(before + 2);
    act(() => navigate({ depot: 'welshpool', node: 'cp-018' }, 'replace'));
    expect(window.history.length).toBe(before + 2);
    expect(window.location.search).toBe('?depot=welshpool&node=cp-018');

    await act(async () => {
      const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
      window.history.back();
      await popped;
    });
    expect(result.current).toEqual({ depot: 'welshpool', node: null, problem: null, view: null, sessions: null, strategy: null, edits: null });
  });
});

describe('the preview slot following the URL', () => {
  it('reaches the view store in the task that changed the URL, before anything renders', () => {
    window.history.replaceState(null, '', '/?depot=welshpool&view=preview');
    const store = createViewStore(buildTopologyIndex(depotTopology('welshpool')));
    let renders = 0;
    const { unmount } = renderHook(() => {
      renders++;
      useFollowPreviewUrl(store, true);
    });
    const before = renders;
    // No act(): nothing React runs may come between the URL's change and the store's.
    navigate({ strategy: 'charger', edits: 'x_cp-001-1' });
    expect(store.getState().preview).toEqual({ mode: 'preview', sessions: 'rated', strategy: 'charger', edits: 'x_cp-001-1' });
    expect(renders).toBe(before);
    navigate({ view: null });
    expect(store.getState().preview).toBeNull();
    unmount();
    navigate({ view: 'compare' });
    expect(store.getState().preview).toBeNull();
  });

  it('leaves the store alone where the screen offers no preview', () => {
    window.history.replaceState(null, '', '/?depot=welshpool');
    const store = createViewStore(buildTopologyIndex(depotTopology('welshpool')));
    renderHook(() => useFollowPreviewUrl(store, false));
    navigate({ view: 'preview' });
    expect(store.getState().preview).toBeNull();
  });
});
