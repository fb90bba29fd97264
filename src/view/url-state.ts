/**
 * `?depot=&node=&problem=&view=` as a tiny external store. The URL is the source of truth, so a shared link,
 * a reload and back/forward all show the same view; components read it with `useUrlState`.
 */
import { useSyncExternalStore } from 'react';

export interface UrlState {
  depot: string | null;
  node: string | null;
  /** The chosen problem's position in the problems panel's full list (`problem=<index>`). */
  problem: number | null;
  /** A screen other than a depot's, e.g. `site-file`; or, on a depot, `preview` or `compare`. */
  view: string | null;
  /** The allocation preview's session preset (`rated`, `plugged-<percent>-<seed>`, `scenario`). */
  sessions: string | null;
  /** The allocation preview's strategy (`connector` or `charger`). */
  strategy: string | null;
  /** The allocation preview's per-connector edits, in their compact form. */
  edits: string | null;
}

/** What `navigate` changes: the keys it is given; the others stay as the URL has them. */
export type UrlPatch = Partial<UrlState>;

export type HistoryMode = 'push' | 'replace';

const EMPTY: UrlState = Object.freeze({ depot: null, node: null, problem: null, view: null, sessions: null, strategy: null, edits: null });

function param(params: URLSearchParams, name: string): string | null {
  const value = params.get(name)?.trim();
  return value ? value : null;
}

/** A position: a plain non-negative integer ("3"), nothing else ("03", "-1", "1e3" are ignored). */
function position(params: URLSearchParams, name: string): number | null {
  const value = param(params, name);
  return value !== null && /^(0|[1-9]\d{0,8})$/.test(value) ? Number(value) : null;
}

export function parseUrlState(search: string): UrlState {
  const params = new URLSearchParams(search);
  const depot = param(params, 'depot');
  const view = param(params, 'view');
  // A node or a problem means nothing without the depot (or the checked file) it belongs to;
  // the preview's keys nothing without a depot.
  const edits = params.get('edits');
  return {
    depot,
    node: depot === null && view === null ? null : param(params, 'node'),
    problem: depot === null && view === null ? null : position(params, 'problem'),
    view,
    sessions: depot === null ? null : param(params, 'sessions'),
    strategy: depot === null ? null : param(params, 'strategy'),
    edits: depot === null || edits === null || edits === '' ? null : edits,
  };
}

const KEYS = ['depot', 'node', 'problem', 'view', 'sessions', 'strategy', 'edits'] as const;

/** The search string for `patch`, keeping any other parameters the URL carries. */
export function searchFor(patch: UrlPatch, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const key of KEYS) {
    if (!(key in patch)) continue;
    const value = patch[key];
    if (value === null || value === undefined) params.delete(key);
    else params.set(key, String(value));
  }
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

const listeners = new Set<() => void>();
let cached: { search: string; state: UrlState } | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

/** Calls `listener` after each change of the URL (by `navigate`, or back and forward); returns the unsubscribe. */
export function subscribeUrl(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

// Same search string, same object: useSyncExternalStore compares snapshots by identity.
/** The URL's state now (the same object while the search string stays the same). */
export function currentUrlState(): UrlState {
  const { search } = window.location;
  if (cached === null || cached.search !== search) cached = { search, state: parseUrlState(search) };
  return cached.state;
}

export function navigate(state: UrlPatch, mode: HistoryMode = 'push'): void {
  const { pathname, search, hash } = window.location;
  const next = searchFor(state, search);
  if (next === search) return;
  const url = `${pathname}${next}${hash}`;
  if (mode === 'push') window.history.pushState(window.history.state, '', url);
  else window.history.replaceState(window.history.state, '', url);
  notify();
}

export function useUrlState(): UrlState {
  return useSyncExternalStore(subscribeUrl, currentUrlState, () => EMPTY);
}

/**
 * One part of the URL state: re-renders only when `select` gives a different value (`Object.is`),
 * so a change of another key (e.g. the preview's) leaves the component alone. `select` must return
 * a primitive or an object kept across calls for the same input.
 */
export function useUrlSelector<T>(select: (state: UrlState) => T): T {
  return useSyncExternalStore(
    subscribeUrl,
    () => select(currentUrlState()),
    () => select(EMPTY),
  );
}

/** One key of the URL state (see `useUrlSelector`). */
export function useUrlParam<K extends keyof UrlState>(key: K): UrlState[K] {
  return useUrlSelector((state) => state[key]);
}
