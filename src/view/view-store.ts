/**
 * One small store per loaded topology: what is selected, what is expanded, and the slots the
 * preview and the problems panel keep. Every view (graph, tree, search, details) reads it through
 * selectors and writes through its actions, so collapsing a node in one view collapses it in all.
 * Plain TypeScript: no React here (see `use-view.ts` for the hooks).
 */
import type { PreviewOutcome } from '../domain/preview/outcome';
import { ancestorsOf, defaultExpanded, type NodeId, type TopologyIndex } from '../domain/topology';

export type Strategy = 'connector' | 'charger';

/** The allocation preview's inputs, as their URL forms: null while the preview is off. */
export interface PreviewSlot {
  /** `preview`: one strategy; `compare`: both side by side. */
  readonly mode: 'preview' | 'compare';
  /** The preset's URL form: `rated`, `plugged-<percent>-<seed>`, `scenario`. */
  readonly sessions: string;
  readonly strategy: Strategy;
  /** The edits' URL form ('' for none). */
  readonly edits: string;
}

const samePreview = (a: PreviewSlot, b: PreviewSlot) =>
  a.mode === b.mode && a.sessions === b.sessions && a.strategy === b.strategy && a.edits === b.edits;

export interface ProblemsFilter {
  readonly text: string;
  /** Severities hidden from the list; empty shows all. */
  readonly hidden: readonly string[];
}

export interface ViewState {
  readonly selectedId: NodeId | null;
  /** Items whose children are drawn, in the graph and the tree alike. */
  readonly expanded: ReadonlySet<NodeId>;
  readonly preview: PreviewSlot | null;
  /** The allocation of the preview's inputs, once computed; null while the preview is off. */
  readonly allocation: PreviewOutcome | null;
  readonly problemsFilter: ProblemsFilter;
  /** Whether the problems list is folded away (its heading and counts stay). */
  readonly problemsFolded: boolean;
}

export interface ViewStore {
  readonly index: TopologyIndex;
  getState(): ViewState;
  subscribe(listener: () => void): () => void;
  /** Selects a node (or clears with null) and expands its ancestors, so every view can show it. */
  select(id: NodeId | null): void;
  setExpanded(id: NodeId, open: boolean): void;
  toggle(id: NodeId): void;
  expandAll(ids: readonly NodeId[]): void;
  /** Sets the preview's inputs; turning the preview off drops its allocation too. */
  setPreview(preview: PreviewSlot | null): void;
  setAllocation(allocation: PreviewOutcome | null): void;
  setProblemsFilter(filter: ProblemsFilter): void;
  setProblemsFolded(folded: boolean): void;
}

export interface ViewStoreInit {
  selectedId?: NodeId | null;
  /** Where to start instead of the default expansion (e.g. as the user left it); ids must be the index's. */
  expanded?: ReadonlySet<NodeId> | null;
  problemsFolded?: boolean;
}

const NO_FILTER: ProblemsFilter = Object.freeze({ text: '', hidden: Object.freeze([]) as readonly string[] });

/** The set with every ancestor of `id` in it; the same set when nothing was missing. */
function withAncestors(index: TopologyIndex, expanded: ReadonlySet<NodeId>, id: NodeId): ReadonlySet<NodeId> {
  const closed = ancestorsOf(index, id).filter((a) => !expanded.has(a));
  if (closed.length === 0) return expanded;
  const next = new Set(expanded);
  for (const a of closed) next.add(a);
  return next;
}

export function createViewStore(index: TopologyIndex, initial: ViewStoreInit = {}): ViewStore {
  const selectedId = initial.selectedId !== undefined && initial.selectedId !== null && index.nodes.has(initial.selectedId) ? initial.selectedId : null;
  const start = initial.expanded ?? defaultExpanded(index);
  let state: ViewState = {
    selectedId,
    expanded: selectedId === null ? start : withAncestors(index, start, selectedId),
    preview: null,
    allocation: null,
    problemsFilter: NO_FILTER,
    problemsFolded: initial.problemsFolded ?? false,
  };
  const listeners = new Set<() => void>();
  const set = (next: ViewState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };
  const setExpandedSet = (expanded: ReadonlySet<NodeId>) => {
    if (expanded !== state.expanded) set({ ...state, expanded });
  };
  const setExpanded = (id: NodeId, open: boolean) => {
    if (state.expanded.has(id) === open) return;
    const expanded = new Set(state.expanded);
    if (open) expanded.add(id);
    else expanded.delete(id);
    setExpandedSet(expanded);
  };

  return {
    index,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    select(id) {
      const known = id !== null && index.nodes.has(id) ? id : null;
      const expanded = known === null ? state.expanded : withAncestors(index, state.expanded, known);
      if (known === state.selectedId && expanded === state.expanded) return;
      set({ ...state, selectedId: known, expanded });
    },
    setExpanded,
    toggle: (id) => setExpanded(id, !state.expanded.has(id)),
    expandAll(ids) {
      const closed = ids.filter((id) => !state.expanded.has(id));
      if (closed.length === 0) return;
      const expanded = new Set(state.expanded);
      for (const id of closed) expanded.add(id);
      setExpandedSet(expanded);
    },
    setPreview(preview) {
      if (preview === state.preview) return;
      if (preview !== null && state.preview !== null && samePreview(preview, state.preview)) return;
      set({ ...state, preview, allocation: preview === null ? null : state.allocation });
    },
    setAllocation(allocation) {
      if (allocation === state.allocation) return;
      set({ ...state, allocation: state.preview === null ? null : allocation });
    },
    setProblemsFilter(filter) {
      if (filter.text === state.problemsFilter.text && filter.hidden.join('\n') === state.problemsFilter.hidden.join('\n')) return;
      set({ ...state, problemsFilter: filter });
    },
    setProblemsFolded(folded) {
      if (folded !== state.problemsFolded) set({ ...state, problemsFolded: folded });
    },
  };
}
