/**
 * React's side of the view store: the store of the topology on screen, by context, and hooks that
 * subscribe a component to the one slice it draws, so a change re-renders only what it touches.
 */
import { createContext, useContext, useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { sameTree, type NodeId, type TopologyIndex } from '../domain/topology';
import { readStoredView, storedExpansion, writeStoredView, type StoredView } from './stored-view';
import { createViewStore, type ViewState, type ViewStore } from './view-store';

export const ViewStoreContext = createContext<ViewStore | null>(null);

export function useViewStore(): ViewStore {
  const store = useContext(ViewStoreContext);
  if (store === null) throw new Error('This view must be rendered inside a ViewStoreContext provider.');
  return store;
}

/** The selected slice; re-renders only when `select(state)` gives a different value (`Object.is`). */
export function useViewState<T>(select: (state: ViewState) => T): T {
  const store = useViewStore();
  const read = () => select(store.getState());
  return useSyncExternalStore(store.subscribe, read, read);
}

export const selectSelectedId = (state: ViewState): NodeId | null => state.selectedId;
export const selectExpanded = (state: ViewState): ReadonlySet<NodeId> => state.expanded;

/**
 * Keeps the store's selection and an outside one (the URL's node) in step: the outside value is
 * applied to the store when it changes, and each selection made in a view is reported through
 * `onChange` once, at the end of the task that made it (so a select-then-clear in one keystroke
 * reports nothing).
 */
export function useSelectionSync(store: ViewStore, outside: NodeId | null, onChange: (id: NodeId | null) => void): void {
  const reported = useRef<NodeId | null>(null);
  const onChangeRef = useRef(onChange);
  useLayoutEffect(() => {
    onChangeRef.current = onChange;
  });

  useLayoutEffect(() => {
    store.select(outside);
    // An outside id the topology lacks selects nothing; that is not a change to report back.
    reported.current = store.getState().selectedId;
  }, [store, outside]);

  useLayoutEffect(() => {
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const { selectedId } = store.getState();
      if (selectedId === reported.current) return;
      reported.current = selectedId;
      onChangeRef.current(selectedId);
    };
    return store.subscribe(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(flush);
    });
  }, [store]);
}

/**
 * The store for `index`: created once per topology (a refetch that brings a new index brings a new
 * store, carrying the selection, the expansion and the fold over) and kept across renders. With
 * `rememberAs` (a depot id), it starts from what was stored for that depot (see `stored-view.ts`).
 */
export function useViewStoreFor(index: TopologyIndex, selectedId: NodeId | null, rememberAs: string | null = null): ViewStore {
  const [store, setStore] = useState(() => {
    const stored = rememberAs === null ? {} : readStoredView(rememberAs);
    return createViewStore(index, { selectedId, expanded: storedExpansion(index, stored.expanded), problemsFolded: stored.problemsFolded });
  });
  if (store.index === index) return store;
  const before = store.getState();
  const next = createViewStore(index, {
    selectedId: before.selectedId ?? selectedId,
    // The same tree (an edit of a name): the very expansion, so nothing drawn from it changes.
    expanded: sameTree(store.index, index) ? before.expanded : storedExpansion(index, [...before.expanded]),
    problemsFolded: before.problemsFolded,
  });
  setStore(next);
  return next;
}

/**
 * Keeps what the user changed in `store` (the expansion, the problems fold) in localStorage under
 * `rememberAs`, for the next visit; nothing is written until something changes.
 */
export function useRememberView(store: ViewStore, rememberAs: string | null): void {
  useEffect(() => {
    if (rememberAs === null) return;
    let last = store.getState();
    let scheduled = false;
    const flush = () => {
      scheduled = false;
      const now = store.getState();
      const patch: StoredView = {
        ...(now.expanded !== last.expanded && { expanded: [...now.expanded] }),
        ...(now.problemsFolded !== last.problemsFolded && { problemsFolded: now.problemsFolded }),
      };
      last = now;
      if (Object.keys(patch).length > 0) writeStoredView(rememberAs, patch);
    };
    const stop = store.subscribe(() => {
      if (scheduled) return;
      scheduled = true;
      queueMicrotask(flush);
    });
    return () => {
      stop();
      if (scheduled) flush();
    };
  }, [store, rememberAs]);
}

export const selectProblemsFolded = (state: ViewState): boolean => state.problemsFolded;
