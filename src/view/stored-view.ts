/**
 * What a user expects to find again after a reload, kept per depot in localStorage: which items
 * are expanded, whether the problems list is folded, and where the graph was looking. Storage is a convenience, never a
 * dependency: private mode, a full quota, a value another version wrote or someone edited, all
 * read as "nothing stored", and a failed write is dropped.
 */
import type { NodeId, TopologyIndex } from '../domain/topology';

const PREFIX = 'depot-microgrid.view.';

export interface StoredView {
  /** The expanded items, as last left; absent when never changed. */
  readonly expanded?: readonly string[];
  /** Whether the problems list was folded away. */
  readonly problemsFolded?: boolean;
  /** The graph's view as last left. */
  readonly viewport?: StoredViewport;
}

/**
 * The graph's view: the flow point at the middle of the pane and the zoom (so a pane of another
 * size shows the same middle), with the node selected then: the view is given back only to the
 * same selection (a link to another node shows that node instead).
 */
export interface StoredViewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly selectedId: string | null;
}

function viewportOf(value: unknown): StoredViewport | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { x, y, zoom, selectedId } = value as Record<string, unknown>;
  if (typeof x !== 'number' || typeof y !== 'number' || typeof zoom !== 'number') return undefined;
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(zoom) || zoom <= 0) return undefined;
  if (selectedId !== null && typeof selectedId !== 'string') return undefined;
  return { x, y, zoom, selectedId };
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // access itself can throw (blocked storage)
  }
}

const keyOf = (depotId: string) => `${PREFIX}${depotId}`;

/** What is stored for the depot; `{}` when nothing (readable) is. */
export function readStoredView(depotId: string): StoredView {
  try {
    const raw = storage()?.getItem(keyOf(depotId));
    if (raw === null || raw === undefined) return {};
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    const record = value as Record<string, unknown>;
    const out: { expanded?: readonly string[]; problemsFolded?: boolean; viewport?: StoredViewport } = {};
    if (Array.isArray(record.expanded) && record.expanded.every((id) => typeof id === 'string')) out.expanded = record.expanded as string[];
    if (typeof record.problemsFolded === 'boolean') out.problemsFolded = record.problemsFolded;
    const viewport = viewportOf(record.viewport);
    if (viewport) out.viewport = viewport;
    return out;
  } catch {
    return {};
  }
}

/** Merges `patch` into what is stored for the depot; a failure (quota, blocked) is ignored. */
export function writeStoredView(depotId: string, patch: StoredView): void {
  try {
    const store = storage();
    if (!store) return;
    store.setItem(keyOf(depotId), JSON.stringify({ ...readStoredView(depotId), ...patch }));
  } catch {
    // Nothing to do: the page works as before, it just will not remember this.
  }
}

/**
 * The stored expansion, as far as it still fits the topology: ids it no longer has are dropped,
 * and a stored list none of whose ids remain is no expansion at all (null: use the default).
 */
export function storedExpansion(index: TopologyIndex, stored: readonly string[] | undefined): ReadonlySet<NodeId> | null {
  if (stored === undefined) return null;
  const known = stored.filter((id) => index.nodes.has(id as NodeId)) as NodeId[];
  if (stored.length > 0 && known.length === 0) return null;
  return new Set(known);
}
