/**
 * Tree preparation: nodes indexed in id order (so every later loop, and every floating-point sum,
 * runs in an order that does not depend on the input's order), parent links, children, pre-order
 * and subtree sizes as typed arrays. Every defect is reported, not only the first.
 */
import { findCycles } from './cycles';
import { byCodeUnits, quote } from './errors';
import { IdTable } from './id-table';
import { checkNodePhases, readNodePhases, type TreePhases } from './phases';
import { sortedOrder } from './sort-ids';
import type { PowerNode } from './types';

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
  readonly root: number;
  /** Null when no node carries phase data. */
  readonly phases: TreePhases | null;
}

/** Any non-negative finite number (NaN fails both comparisons). */
function isWatts(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value < Infinity;
}

function isEvseCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}

interface ReadIds {
  ids: string[];
  /** Where each came from in the input. */
  source: number[];
  ok: boolean;
}

/**
 * Checks every node's fields; returns the ids that can be indexed, with where each came from.
 * A node with a usable id is kept even when another field is bad, so that its children do not
 * also report a missing parent.
 */
function readIds(rawNodes: readonly unknown[], problems: string[]): ReadIds {
  const before = problems.length;
  const ids: string[] = [];
  const source: number[] = [];
  rawNodes.forEach((raw, at) => {
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`nodes[${at}]: expected an object, got ${quote(raw)}`);
      return;
    }
    const node = raw as Partial<Record<keyof PowerNode, unknown>>;
    const id = node.id;
    if (typeof id !== 'string' || id === '') {
      problems.push(`nodes[${at}]: id must be a non-empty string, got ${quote(id)}`);
      return;
    }
    ids.push(id);
    source.push(at);
    const { parentId, kind, maxPowerW, evseCount } = node;
    if (parentId !== null && typeof parentId !== 'string') {
      problems.push(`node ${quote(id)}: parentId must be a string or null, got ${quote(parentId)}`);
    }
    if (typeof kind !== 'string') problems.push(`node ${quote(id)}: kind must be a string, got ${quote(kind)}`);
    if (maxPowerW != null && !isWatts(maxPowerW)) {
      problems.push(`node ${quote(id)}: maxPowerW must be a finite number >= 0 or null, got ${quote(maxPowerW)}`);
    }
    if (evseCount != null && !isEvseCount(evseCount)) {
      problems.push(`node ${quote(id)}: evseCount must be a whole number >= 1, got ${quote(evseCount)}`);
    }
    checkNodePhases(node, id, problems);
  });
  return { ids, source, ok: problems.length === before };
}

/** Each node's fields and parent, in id order; what `placeNodes` fills in. */
interface Placed {
  kind: Uint8Array;
  cap: Float64Array;
  evseCount: Int32Array;
  parent: Int32Array;
  roots: number[];
  orphans: number[];
}

/**
 * Reads each node's kind, cap, EVSE count and parent into `placed`, at its place in id order;
 * returns how many nodes have a parent that is neither a string nor null.
 */
function placeNodes(rawNodes: readonly unknown[], read: ReadIds, rank: Int32Array, table: IdTable, placed: Placed): number {
  const { kind, cap, evseCount, parent, roots, orphans } = placed;
  let unknownParents = 0;
  for (let k = 0; k < rank.length; k++) {
    const node = rawNodes[read.source[k]!] as PowerNode;
    const i = rank[k]!;
    kind[i] = node.kind === 'CONNECTOR' ? CONNECTOR : node.kind === 'CHARGE_POINT' ? CHARGE_POINT : OTHER;
    cap[i] = isWatts(node.maxPowerW) ? node.maxPowerW : Infinity;
    if (kind[i] === CHARGE_POINT && isEvseCount(node.evseCount)) evseCount[i] = node.evseCount;
    const parentId = node.parentId as unknown;
    if (parentId === null) roots.push(i);
    else if (typeof parentId !== 'string') unknownParents++;
    else {
      const p = table.find(parentId);
      if (p >= 0) parent[i] = p;
      else orphans.push(i);
    }
  }
  return unknownParents;
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
  sorted.forEach((k, i) => (rank[k] = i));
  const ids = Array.from(sorted, (k) => read.ids[k]!);
  // Equal ids keep their input order in the sort, so a repeated id finds its last occurrence.
  const table = new IdTable(ids);
  const duplicates = new Set(table.repeated.map((i) => ids[i]!));
  const kind = new Uint8Array(n);
  const cap = new Float64Array(n);
  const evseCount = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const roots: number[] = [];
  const orphans: number[] = [];
  const unknownParents = placeNodes(rawNodes, read, rank, table, { kind, cap, evseCount, parent, roots, orphans });
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

  const phases = readNodePhases(rawNodes, read.source, rank);
  const tree = roots.length === 1 ? indexTree(lookup, cap, evseCount, parent, roots[0]!, phases) : null;
  // One by one: there may be more cycles than a call may take arguments.
  if (!tree) for (const cycle of findCycles(parent, ids)) problems.push(cycle);
  if (!ok || !tree || problems.length > 0) return { tree: null, lookup };
  return { tree, lookup };
}

/** Null when some node cannot be reached from the root (it sits in, or under, a cycle). */
function indexTree(
  lookup: NodeLookup,
  cap: Float64Array,
  evseCount: Int32Array,
  parent: Int32Array,
  root: number,
  phases: TreePhases | null,
): PreparedTree | null {
  const n = parent.length;
  // Children in compressed rows; filling in index order keeps each row in id order.
  const firstChild = new Int32Array(n + 1);
  countChildren(parent, firstChild);
  runningSums(firstChild);
  const fill = firstChild.slice(0, n);
  const childList = new Int32Array(n);
  fillRows(parent, fill, childList);
  const pre = new Int32Array(n);
  const order = new Int32Array(n);
  // The rows are built: their fill pointers are free to serve as the walk's stack.
  if (walk(root, firstChild, childList, fill, pre, order) < n) return null;
  const chargePointOf = new Int32Array(n);
  const chargerOf = new Int32Array(n);
  findChargePoints(order, parent, lookup.kind, chargePointOf, chargerOf);
  return { ...lookup, size: n, parent, cap, evseCount, chargePointOf, chargerOf, pre, order, root, phases };
}

function countChildren(parent: Int32Array, firstChild: Int32Array): void {
  for (let i = 0; i < parent.length; i++) if (parent[i]! >= 0) firstChild[parent[i]! + 1]!++;
}

function runningSums(values: Int32Array): void {
  for (let i = 1; i < values.length; i++) values[i]! += values[i - 1]!;
}

function fillRows(parent: Int32Array, fill: Int32Array, childList: Int32Array): void {
  for (let i = 0; i < parent.length; i++) if (parent[i]! >= 0) childList[fill[parent[i]!]!++] = i;
}

/** Pre-order from the root, children in row order; returns how many nodes it reached. */
function walk(root: number, firstChild: Int32Array, childList: Int32Array, stack: Int32Array, pre: Int32Array, order: Int32Array): number {
  let top = 0;
  let next = 0;
  stack[top++] = root;
  while (top > 0) {
    const v = stack[--top]!;
    pre[v] = next;
    order[next++] = v;
    for (let c = firstChild[v + 1]! - 1; c >= firstChild[v]!; c--) stack[top++] = childList[c]!;
  }
  return next;
}

function findChargePoints(order: Int32Array, parent: Int32Array, kind: Uint8Array, chargePointOf: Int32Array, chargerOf: Int32Array): void {
  for (let k = 0; k < order.length; k++) {
    const v = order[k]!;
    const p = parent[v]!;
    const isChargePoint = kind[v] === CHARGE_POINT;
    chargePointOf[v] = isChargePoint ? v : p >= 0 ? chargePointOf[p]! : -1;
    chargerOf[v] = p >= 0 && chargerOf[p]! >= 0 ? chargerOf[p]! : isChargePoint ? v : -1;
  }
}
