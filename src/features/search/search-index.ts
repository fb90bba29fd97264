/**
 * Finding nodes by name, id or OCPP id. Pure. The index is built once per topology; each query
 * scans it once, so typing stays fast on depots of thousands of nodes.
 */
import { kindLabel, type NodeId, type NodeKind, type TopologyIndex } from '../../domain/topology';

export interface SearchEntry {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly kindText: string;
  readonly name: string | null;
  readonly ocppId: string | null;
  /** Lower-cased fields to match against: id, name, OCPP id. */
  readonly keys: readonly string[];
}

export interface SearchResult {
  readonly matches: readonly SearchEntry[];
  /** All matches, including those past the limit. */
  readonly total: number;
}

export const SEARCH_LIMIT = 50;

export function buildSearchIndex(index: TopologyIndex): readonly SearchEntry[] {
  return index.order.map((id) => {
    const node = index.nodes.get(id);
    const kind: NodeKind = node?.kind ?? 'UNKNOWN';
    const name = node?.name ?? null;
    const ocpp = node?.asset.ocpp_id;
    const ocppId = typeof ocpp === 'string' && ocpp !== '' ? ocpp : null;
    const keys = [id, name, ocppId].filter((k): k is string => k !== null).map((k) => k.toLowerCase());
    return { id, kind, kindText: kindLabel(kind), name, ocppId, keys };
  });
}

/**
 * 0: the id equals the query; 1: the name or OCPP id equals it; 2: a field starts with it;
 * 3: a field contains it; -1: no match. `keys[0]` is always the id.
 */
function rank(entry: SearchEntry, query: string): number {
  let best = -1;
  for (let i = 0; i < entry.keys.length; i++) {
    const key = entry.keys[i]!;
    const r = key === query ? (i === 0 ? 0 : 1) : key.startsWith(query) ? 2 : key.includes(query) ? 3 : -1;
    if (r !== -1 && (best === -1 || r < best)) best = r;
  }
  return best;
}

/**
 * Matches ranked exact id, exact name or OCPP id, then prefix, then substring; ties keep the tree's order (the index's
 * pre-order), so the same query on the same topology always lists the same nodes.
 */
export function searchNodes(entries: readonly SearchEntry[], rawQuery: string, limit = SEARCH_LIMIT): SearchResult {
  const query = rawQuery.trim().toLowerCase();
  if (query === '') return { matches: [], total: 0 };
  const buckets: SearchEntry[][] = [[], [], [], []];
  for (const entry of entries) {
    const r = rank(entry, query);
    if (r >= 0) buckets[r]!.push(entry);
  }
  const all = buckets.flat();
  return { matches: all.slice(0, limit), total: all.length };
}
