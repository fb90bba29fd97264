/**
 * `?depot=&node=` as a tiny external store. The URL is the source of truth, so a shared link,
 * a reload and back/forward all show the same view; components read it with `useUrlState`.
 */
import { useSyncExternalStore } from 'react';

export interface UrlState {
  depot: string | null;
  node: string | null;
}

export type HistoryMode = 'push' | 'replace';

const EMPTY: UrlState = Object.freeze({ depot: null, node: null });

function param(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const depot = param(params, 'depot');
  // A node means nothing without its depot.
  return { depot, node: depot === null ? null : param(params, 'node') };
}

/** The search string for `state`, keeping any other parameters the URL carries. */
export function searchFor(state: UrlState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of ['depot', 'node'] as const) {
    const value = state[key];
    if (value === null) params.delete(key);
    else params.set(key, value);
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

const listeners = new Set<() => void>();
let cached: { search: string; state: UrlState } | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

// Same search string, same object: useSyncExternalStore compares snapshots by identity.
function getSnapshot(): UrlState {
  const { search } = window.location;
  if (cached === null || cached.search !== search) cached = { search, state: parseUrlState(search) };
  return cached.state;
}

export function navigate(state: UrlState, mode: HistoryMode = 'push'): void {
  const { pathname, search, hash } = window.location;
  const next = searchFor(state, search);
  if (next === search) return;
  const url = `${pathname}${next}${hash}`;
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
  notify();
}

export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribe, getSnapshot, () => EMPTY);
}
