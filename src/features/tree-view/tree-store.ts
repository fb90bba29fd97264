/**
 * The tree's own state over the shared view store: the roving tab stop. Selection and expansion
 * are the view store's; this adds the one item with tabIndex 0, kept on a visible item whatever
 * any view collapses. Each row subscribes to its own bits, so a change re-renders the rows whose
 * look changes, not every row of a 15,000-node depot.
 */
import { ancestorsOf, treeTops, type NodeId } from '../../domain/topology';
import type { ViewStore } from '../../view';

export const ROW_SELECTED = 1;
export const ROW_FOCUSED = 2;
export const ROW_EXPANDED = 4;

export interface TreeStore {
  readonly view: ViewStore;
  subscribe(listener: () => void): () => void;
  /** The one item with tabIndex 0: always a visible item (or null for an empty tree). */
  focusedId(): NodeId | null;
  /** The row's bits (ROW_*): a number, so unchanged rows compare equal and skip rendering. */
  rowBits(id: NodeId): number;
  setFocused(id: NodeId): void;
  /** Whether focus is inside the tree: while it is, a new selection leaves the tab stop alone. */
  setHoldsFocus(inside: boolean): void;
}

export function createTreeStore(view: ViewStore): TreeStore {
  const { index } = view;
  const { roots, unplaced } = treeTops(index);
  let seenSelection = view.getState().selectedId;
  let holdsFocus = false;
  let wanted: NodeId | null = seenSelection ?? roots[0] ?? unplaced[0] ?? null;
  const listeners = new Set<() => void>();

  // The wanted item, or its highest collapsed ancestor when a collapse (in any view) hid it.
  // Worked out when read, so a selection moves the tab stop in the same render that shows it.
  let cache: { expanded: ReadonlySet<NodeId>; wanted: NodeId | null; shown: NodeId | null } | null = null;
  const focusedId = (): NodeId | null => {
    const { expanded, selectedId } = view.getState();
    if (selectedId !== seenSelection) {
      seenSelection = selectedId;
      if (selectedId !== null && !holdsFocus) wanted = selectedId;
    }
    if (cache === null || cache.expanded !== expanded || cache.wanted !== wanted) {
      const hiddenBy = wanted === null ? undefined : ancestorsOf(index, wanted).find((a) => !expanded.has(a));
      // Pulled up for good: expanding again later does not send the tab stop back down.
      if (hiddenBy !== undefined) wanted = hiddenBy;
      cache = { expanded, wanted, shown: wanted };
    }
    return cache.shown;
  };

  return {
    view,
    subscribe(listener) {
      listeners.add(listener);
      const stop = view.subscribe(listener);
      return () => {
        listeners.delete(listener);
        stop();
      };
    },
    focusedId,
    rowBits(id) {
      const { selectedId, expanded } = view.getState();
      return (selectedId === id ? ROW_SELECTED : 0) | (focusedId() === id ? ROW_FOCUSED : 0) | (expanded.has(id) ? ROW_EXPANDED : 0);
    },
    setHoldsFocus(inside) {
      holdsFocus = inside;
    },
    setFocused(id) {
      const before = focusedId();
      wanted = id;
      if (focusedId() === before) return;
      for (const listener of [...listeners]) listener();
    },
  };
}
