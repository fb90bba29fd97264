/**
 * Tree preparation: nodes indexed in id order (so every later loop, and every floating-point sum,
 * runs in an order that does not depend on the input's order), parent links, children, pre-order
 * and subtree sizes as typed arrays. Every defect is reported, not only the first.
 */
import { findCycles } from './cycles';
import { byCodeUnits, quote } from './errors';
import { hashOf, IdTable } from './id-table';
import { inSortedOrder, sortedOrder } from './sort-ids';
import type { PowerNode } from './types';

// Imported names that hot loops read, copied once into this module: where a CommonJS transform
// runs it (as tsx runs the benchmark), every read of an imported name is a getter call.
const hash = hashOf;

/** What session checks need even when the tree itself is unusable. */
export interface NodeLookup {
  /** Node ids in code-unit order; a node's index is its position here. */
  readonly ids: readonly string[];
  /** Finds the index of the node with an id (-1 when there is none). */
  readonly table: IdTable;
  /** CONNECTOR, CHARGE_POINT or OTHER per node: a compact array that hot loops can afford. */
  readonly kind: Uint8Array;
  /** A node's kind as given (for messages). */
  readonly kindName: (v: number) => string;
}

export const OTHER = 0;
export const CONNECTOR = 1;
export const CHARGE_POINT = 2;

export interface PreparedTree extends NodeLookup {
  readonly size: number;
  /** -1 for the root. */
  readonly parent: Int32Array;
  /** W; Infinity where the node has no cap (a given cap is always finite). */
  readonly cap: Float64Array;
  /** Vehicles a charge point can serve at once; 0 = no limit. */
  readonly evseCount: Int32Array;
  /** Nearest CHARGE_POINT at or above each node (whose EVSEs it uses); -1 when none. */
  readonly chargePointOf: Int32Array;
  /**
   * Outermost CHARGE_POINT at or above each node; -1 when none. Charger-based sharing treats
   * everything beneath it as one claimant, so a (malformed) charge point inside another cannot
   * split its outer one's connectors.
   */
  readonly chargerOf: Int32Array;
  /** Pre-order position of each node; children visited in id order. */
  readonly pre: Int32Array;
  /** Node at each pre-order position. */
  readonly order: Int32Array;
  /** Number of nodes in each subtree, itself included. */
  readonly subtreeSize: Int32Array;
  readonly root: number;
}

/** Any non-negative finite number (NaN fails both comparisons). */
function isWatts(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value < Infinity;
}

function isEvseCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

/**
 * Checks every node's fields; returns the ids that can be indexed, with where each came from.
 * A node with a usable id is kept even when another field is bad, so that its children do not
 * also report a missing parent.
 */
function readIds(
  rawNodes: readonly unknown[],
  problems: string[],
): { ids: string[]; source: Int32Array; hashes: Int32Array; parentHashes: Int32Array; ok: boolean } {
  // Sized once (and trimmed at the end) rather than grown push by push: less garbage.
  const ids = new Array<string>(rawNodes.length);
  let count = 0;
  const source = new Int32Array(rawNodes.length);
  // Hashed here, while each id is at hand, rather than in a second pass over them all.
  const hashes = new Int32Array(rawNodes.length);
  const parentHashes = new Int32Array(rawNodes.length);
  let ok = true;
  for (let at = 0; at < rawNodes.length; at++) {
    const raw = rawNodes[at];
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`nodes[${at}]: expected an object, got ${quote(raw)}`);
      ok = false;
      continue;
    }
    const node = raw as Partial<Record<keyof PowerNode, unknown>>;
    const id = node.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(`nodes[${at}]: id must be a non-empty string, got ${quote(id)}`);
      ok = false;
      continue;
    }
    source[count] = at;
    hashes[count] = hash(id);
    ids[count++] = id;
    const { parentId, kind, maxPowerW, evseCount } = node;
    // The parent's hash too: its text is read here, so that finding parents later only probes.
    if (typeof parentId === 'string') parentHashes[count - 1] = hash(parentId);
    if (parentId !== null && typeof parentId !== 'string') {
      problems.push(`node ${quote(id)}: parentId must be a string or null, got ${quote(parentId)}`);
      ok = false;
    }
    if (typeof kind !== 'string') {
      problems.push(`node ${quote(id)}: kind must be a string, got ${quote(kind)}`);
      ok = false;
    }
    if (maxPowerW != null && !isWatts(maxPowerW)) {
      problems.push(`node ${quote(id)}: maxPowerW must be a finite number >= 0 or null, got ${quote(maxPowerW)}`);
      ok = false;
    }
    if (evseCount != null && !isEvseCount(evseCount)) {
      problems.push(`node ${quote(id)}: evseCount must be a whole number >= 1, got ${quote(evseCount)}`);
      ok = false;
    }
  }
  ids.length = count;
  return { ids, source, hashes, parentHashes, ok };
}

export function prepareTree(
  rawNodes: unknown,
  problems: string[],
): { tree: PreparedTree | null; lookup: NodeLookup | null } {
  if (!Array.isArray(rawNodes)) {
    problems.push(`nodes must be an array, got ${quote(rawNodes)}`);
    return { tree: null, lookup: null };
  }
  const read = readIds(rawNodes, problems);
  const sorted = sortedOrder(read.ids);
  const n = sorted.length;
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) rank[sorted[i]!] = i;
  const { ids, hashes } = read;
  inSortedOrder(ids, hashes, sorted);
  // Keyed by index (id order), so that a lookup needs no further step to find the node. Equal ids
  // keep their input order in the sort, so a repeated id finds its last occurrence in the input.
  const table = new IdTable(ids, hashes);
  const kind = new Uint8Array(n);
  const cap = new Float64Array(n);
  const evseCount = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const roots: number[] = [];
  const orphans: number[] = [];
  let unknownParents = 0;
  // Parents guessed by hash in a loop of their own (see `IdTable.guess`), confirmed below. Each
  // guess overwrites its hash: only a failed guess (rare) needs it again, and `find` redoes it.
  const parentGuess = read.parentHashes;
  for (let k = 0; k < n; k++) parentGuess[k] = table.guess(parentGuess[k]!);
  // Input order here, not id order: the input's objects and strings are read in the order they
  // were laid out in memory, which on large depots is several times faster; and in one pass, so
  // that each node object is fetched from memory once.
  for (let k = 0; k < n; k++) {
    const node = rawNodes[read.source[k]!] as PowerNode;
    const i = rank[k]!;
    kind[i] = node.kind === 'CONNECTOR' ? CONNECTOR : node.kind === 'CHARGE_POINT' ? CHARGE_POINT : OTHER;
    cap[i] = isWatts(node.maxPowerW) ? node.maxPowerW : Infinity;
    if (kind[i] === CHARGE_POINT && isEvseCount(node.evseCount)) evseCount[i] = node.evseCount;
    const parentId = node.parentId as unknown;
    if (parentId === null) roots.push(i);
    else if (typeof parentId !== 'string') unknownParents++;
    else {
      const guess = parentGuess[k]!;
      const p = guess < 0 || ids[guess] === parentId ? guess : table.find(parentId);
      if (p >= 0) parent[i] = p;
      else orphans.push(i);
    }
  }
  const duplicates = new Set(table.repeated.map((i) => ids[i]!));
  for (const id of [...duplicates].sort(byCodeUnits)) problems.push(`duplicate node id ${quote(id)}`);
  let ok = read.ok && duplicates.size === 0;
  const kindName = (v: number): string => {
    const given = (rawNodes[read.source[sorted[v]!]!] as PowerNode).kind as unknown;
    return typeof given === 'string' ? given : '';
  };
  const lookup: NodeLookup = { ids, table, kind, kindName };

  roots.sort((a, b) => a - b);
  for (const i of orphans.sort((a, b) => a - b)) {
    const parentId = (rawNodes[read.source[sorted[i]!]!] as PowerNode).parentId;
    problems.push(`node ${quote(ids[i])}: parent ${quote(parentId)} does not exist`);
    ok = false;
  }
  if (n === 0 && read.ok) problems.push('no root: there are no nodes');
  else if (roots.length === 0 && n > 0 && unknownParents === 0) problems.push('no root: every node has a parent');
  if (roots.length > 1) problems.push(`several roots: ${roots.map((r) => quote(ids[r])).join(', ')}`);

  const tree =
    roots.length === 1 ? indexTree({ ...lookup, cap, evseCount, parent, root: roots[0]! }) : null;
  if (!tree) problems.push(...findCycles(parent, ids));
  if (!ok || !tree || problems.length > 0) return { tree: null, lookup };
  return { tree, lookup };
}

type TreeBasics = Pick<PreparedTree, 'ids' | 'table' | 'kind' | 'kindName' | 'cap' | 'evseCount' | 'parent' | 'root'>;

/** Null when some node cannot be reached from the root (it sits in, or under, a cycle). */
function indexTree(basics: TreeBasics): PreparedTree | null {
  const { parent, root, kind } = basics;
  const n = parent.length;
  // Children in compressed rows; filling in index order keeps each row in id order.
  const firstChild = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) firstChild[parent[i]! + 1]!++;
  for (let i = 0; i < n; i++) firstChild[i + 1]! += firstChild[i]!;
  const fill = firstChild.slice(0, n);
  const childList = new Int32Array(n);
  for (let i = 0; i < n; i++) if (parent[i]! >= 0) childList[fill[parent[i]!]!++] = i;

  const pre = new Int32Array(n);
  const order = new Int32Array(n);
  const stack = new Int32Array(n);
  let top = 0;
  let next = 0;
  stack[top++] = root;
  while (top > 0) {
    const v = stack[--top]!;
    pre[v] = next;
    order[next++] = v;
    for (let c = firstChild[v + 1]! - 1; c >= firstChild[v]!; c--) stack[top++] = childList[c]!;
  }
  if (next < n) return null;

  const subtreeSize = new Int32Array(n).fill(1);
  for (let k = n - 1; k > 0; k--) {
    const v = order[k]!;
    subtreeSize[parent[v]!]! += subtreeSize[v]!;
  }
  const chargePointOf = new Int32Array(n);
  const chargerOf = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const v = order[k]!;
    const p = parent[v]!;
    const isChargePoint = kind[v] === CHARGE_POINT;
    chargePointOf[v] = isChargePoint ? v : p >= 0 ? chargePointOf[p]! : -1;
    chargerOf[v] = p >= 0 && chargerOf[p]! >= 0 ? chargerOf[p]! : isChargePoint ? v : -1;
  }
  return { ...basics, size: n, chargePointOf, chargerOf, pre, order, subtreeSize };
}
