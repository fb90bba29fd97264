/**
 * Finding nodes by name, id, OCPP id, status, vendor, model, serial or source circuit, near misses too. Pure. The index is built once per topology; each query
 * scans it once, so typing stays fast on depots of thousands of nodes.
 */
import { kindLabel, type NodeId, type NodeKind, type TopologyIndex } from '../../domain/topology';

export interface SearchEntry {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly kindText: string;
  readonly name: string | null;
  readonly ocppId: string | null;
  /** Lower-cased fields to match against: id, name, OCPP id, then status, vendor, model, serial, source circuit. */
  readonly keys: readonly string[];
  /** The same fields loosened for near misses (see `loosen`). */
  readonly loose: readonly string[];
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
    const asset = node?.asset ?? {};
    const fields = [id, name, ocppId, asset.status, asset.vendor, asset.model, asset.serial_number, asset.circuit_id];
    const keys = fields.filter((k): k is string => typeof k === 'string' && k !== '').map((k) => k.toLowerCase());
    return { id, kind, kindText: kindLabel(kind), name, ocppId, keys, loose: keys.map(loosen) };
  });
}

/**
 * A field as a near miss still finds it: letters and digits only, and numbers without leading
 * zeros, so "WEL-31" finds "WEL-031" and "bay a 2" finds "Bay A charger 2"'s "baya2…" prefix.
 */
export function loosen(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '').replace(/(^|\D)0+(?=\d)/g, '$1');
}

/**
 * 0: the id equals the query; 1: another field equals it; 2: a field starts with it; 3: a field
 * contains it; 4: a field contains it loosened (a near miss); -1: no match. `keys[0]` is the id.
 */
function rank(entry: SearchEntry, query: string, looseQuery: string): number {
  let best = -1;
  for (let i = 0; i < entry.keys.length; i++) {
    const key = entry.keys[i]!;
    const r = key === query ? (i === 0 ? 0 : 1) : key.startsWith(query) ? 2 : key.includes(query) ? 3 : -1;
    if (r !== -1 && (best === -1 || r < best)) best = r;
  }
  if (best === -1 && looseQuery !== '' && entry.loose.some((key) => key.includes(looseQuery))) best = 4;
  return best;
}

/**
 * Matches ranked exact id, another exact field, then prefix, substring and near miss; ties keep the tree's order (the index's
 * pre-order), so the same query on the same topology always lists the same nodes.
 */
export function searchNodes(entries: readonly SearchEntry[], rawQuery: string, limit = SEARCH_LIMIT): SearchResult {
  const query = rawQuery.trim().toLowerCase();
  if (query === '') return { matches: [], total: 0 };
  const looseQuery = loosen(query);
  const buckets: SearchEntry[][] = [[], [], [], [], []];
  for (const entry of entries) {
    const r = rank(entry, query, looseQuery);
    if (r >= 0) buckets[r]!.push(entry);
  }
  const all = buckets.flat();
  return { matches: all.slice(0, limit), total: all.length };
}
