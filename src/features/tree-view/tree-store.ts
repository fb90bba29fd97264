/**
 * The tree's own state (expanded items, the roving tab stop, the selection it was told about) in
 * a tiny external store. Each row subscribes to the three bits that concern it, so a selection
 * change re-renders the two rows whose look changes, not every row of a 15,000-node depot.
 */
import type { NodeId, TopologyIndex } from '../../domain/topology';
import { defaultExpanded, treeParent, treeTops } from './tree-model';

export interface TreeState {
  readonly expanded: ReadonlySet<NodeId>;
  /** The one item with tabIndex 0; always a visible item (or null for an empty tree). */
  readonly focusedId: NodeId | null;
  readonly selectedId: NodeId | null;
}

export const ROW_SELECTED = 1;
export const ROW_FOCUSED = 2;
export const ROW_EXPANDED = 4;

export interface TreeStore {
  getState(): TreeState;
  subscribe(listener: () => void): () => void;
  /** The row's bits (ROW_*): a number, so unchanged rows compare equal and skip rendering. */
  rowBits(id: NodeId): number;
  setFocused(id: NodeId): void;
  setExpanded(id: NodeId, open: boolean): void;
  expandAll(ids: readonly NodeId[]): void;
  /** Selection from the props: expands its ancestors; moves the tab stop when asked. */
  select(id: NodeId | null, moveTabStop: boolean): void;
}

/** Is `ancestor` a strict tree ancestor of `id`? */
function isBelow(index: TopologyIndex, id: NodeId, ancestor: NodeId): boolean {
  for (let p = treeParent(index, id); p !== null; p = treeParent(index, p)) if (p === ancestor) return true;
  return false;
}

export function createTreeStore(index: TopologyIndex): TreeStore {
  const { roots, unplaced } = treeTops(index);
  let state: TreeState = {
    expanded: defaultExpanded(index),
    focusedId: roots[0] ?? unplaced[0] ?? null,
    selectedId: null,
  };
  const listeners = new Set<() => void>();
  const set = (next: TreeState) => {
    if (next === state) return;
    state = next;
    for (const l of listeners) l();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    rowBits(id) {
      return (
        (state.selectedId === id ? ROW_SELECTED : 0) |
        (state.focusedId === id ? ROW_FOCUSED : 0) |
        (state.expanded.has(id) ? ROW_EXPANDED : 0)
      );
    },
    setFocused(id) {
      if (state.focusedId !== id) set({ ...state, focusedId: id });
    },
    setExpanded(id, open) {
      if (state.expanded.has(id) === open) return;
      const expanded = new Set(state.expanded);
      if (open) expanded.add(id);
      else expanded.delete(id);
      // The tab stop must stay on a visible item: a collapse that hides it pulls it up.
      const focusedId = !open && state.focusedId !== null && isBelow(index, state.focusedId, id) ? id : state.focusedId;
      set({ ...state, expanded, focusedId });
    },
    expandAll(ids) {
      const closed = ids.filter((id) => !state.expanded.has(id));
      if (closed.length === 0) return;
      set({ ...state, expanded: new Set([...state.expanded, ...closed]) });
    },
    select(id, moveTabStop) {
      if (id === null || !index.depth.has(id)) {
        if (state.selectedId !== id) set({ ...state, selectedId: id });
        return;
      }
      const ancestors = index.pathTo(id).slice(0, -1);
      const closed = ancestors.filter((a) => !state.expanded.has(a));
      const expanded = closed.length > 0 ? new Set([...state.expanded, ...closed]) : state.expanded;
      const focusedId = moveTabStop ? id : state.focusedId;
      if (expanded === state.expanded && focusedId === state.focusedId && id === state.selectedId) return;
      set({ expanded, focusedId, selectedId: id });
    },
  };
}
