/**
 * Session checks and preparation. Every problem is reported, not only the first. Sessions come
 * out in connector-id order, read off the id-sorted nodes rather than sorted again.
 */
import { quote } from './errors';
import { hashOf } from './id-table';
import type { Session } from './types';
import { CONNECTOR, type NodeLookup } from './tree';

// Imported names that hot loops read, copied once into this module: where a CommonJS transform
// runs it (as tsx runs the benchmark), every read of an imported name is a getter call.
const hash = hashOf;
const IS_CONNECTOR = CONNECTOR;

export interface PreparedSessions {
  readonly count: number;
  /** Each session's connector, in connector-id order; a session's index is its position here. */
  readonly node: Int32Array;
  readonly requested: Float64Array;
  /**
   * The effective minimum: a vehicle asking for less than its minimum draws only what it asks,
   * so min(minPowerW, requestedPowerW) is what admission must reserve.
   */
  readonly minimum: Float64Array;
  readonly priority: Float64Array;
}

const sessionName = (connectorId: string): string => `session on ${quote(connectorId)}`;

/** Any non-negative finite number (NaN fails both comparisons). */
function isWatts(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value < Infinity;
}

function checkFields(raw: object, connectorId: string, problems: string[]): boolean {
  const { requestedPowerW, minPowerW, priority } = raw as Partial<Record<keyof Session, unknown>>;
  if (isWatts(requestedPowerW) && (minPowerW == null || isWatts(minPowerW)) && (priority == null || Number.isInteger(priority))) return true;
  const name = sessionName(connectorId);
  let ok = true;
  if (!isWatts(requestedPowerW)) {
    problems.push(`${name}: requestedPowerW must be a finite number >= 0, got ${quote(requestedPowerW)}`);
    ok = false;
  }
  if (minPowerW != null && !isWatts(minPowerW)) {
    problems.push(`${name}: minPowerW must be a finite number >= 0, got ${quote(minPowerW)}`);
    ok = false;
  }
  if (priority != null && !Number.isInteger(priority)) {
    problems.push(`${name}: priority must be a whole number, got ${quote(priority)}`);
    ok = false;
  }
  return ok;
}

/**
 * Each session's connector guessed by hash (see `IdTable.guess`; the caller confirms it): the
 * connector ids are hashed in one loop and looked up in another, so that neither loop's reads
 * wait on each other (on large depots most of them miss the cache). -1 where there is no node.
 */
function guessNodes(rawSessions: readonly unknown[], nodes: NodeLookup): Int32Array {
  const guess = new Int32Array(rawSessions.length);
  for (let at = 0; at < rawSessions.length; at++) {
    const raw = rawSessions[at];
    const connectorId = typeof raw === 'object' && raw !== null ? (raw as { connectorId?: unknown }).connectorId : undefined;
    if (typeof connectorId === 'string') guess[at] = hash(connectorId);
  }
  for (let at = 0; at < guess.length; at++) guess[at] = nodes.table.guess(guess[at]!);
  return guess;
}

export function prepareSessions(
  rawSessions: unknown,
  nodes: NodeLookup | null,
  problems: string[],
): PreparedSessions | null {
  if (!Array.isArray(rawSessions)) {
    problems.push(`sessions must be an array, got ${quote(rawSessions)}`);
    return null;
  }
  const size = nodes?.kind.length ?? 0;
  // The session (input position + 1) on each node; 0 = none.
  const onNode = new Int32Array(size);
  const duplicates = new Set<string>();
  // Numbers are copied in input order (how the objects lie in memory), then moved to id order.
  const requestedIn = new Float64Array(rawSessions.length);
  const minimumIn = new Float64Array(rawSessions.length);
  const priorityIn = new Float64Array(rawSessions.length);
  const guess = nodes ? guessNodes(rawSessions, nodes) : null;
  let ok = true;
  for (let at = 0; at < rawSessions.length; at++) {
    const raw: unknown = rawSessions[at];
    if (typeof raw !== 'object' || raw === null) {
      problems.push(`sessions[${at}]: expected an object, got ${quote(raw)}`);
      ok = false;
      continue;
    }
    const connectorId = (raw as { connectorId?: unknown }).connectorId;
    if (typeof connectorId !== 'string') {
      problems.push(`sessions[${at}]: connectorId must be a string, got ${quote(connectorId)}`);
      ok = false;
      continue;
    }
    if (!checkFields(raw, connectorId, problems)) ok = false;
    const { requestedPowerW, minPowerW, priority } = raw as Session;
    requestedIn[at] = requestedPowerW;
    minimumIn[at] = Math.min(minPowerW ?? 0, requestedPowerW);
    priorityIn[at] = priority ?? 0;
    if (!nodes || !guess) continue;
    const g = guess[at]!;
    const v = g < 0 || nodes.ids[g] === connectorId ? g : nodes.table.find(connectorId);
    if (v < 0) {
      problems.push(`${sessionName(connectorId)}: no such node`);
      ok = false;
    } else if (nodes.kind[v] !== IS_CONNECTOR) {
      problems.push(`${sessionName(connectorId)}: node is of kind ${quote(nodes.kindName(v))}, not "CONNECTOR"`);
      ok = false;
    } else if (onNode[v] !== 0) {
      if (!duplicates.has(connectorId)) problems.push(`several sessions on connector ${quote(connectorId)}`);
      duplicates.add(connectorId);
      ok = false;
    } else onNode[v] = at + 1;
  }
  if (!ok || !nodes) return null;

  const count = rawSessions.length;
  const node = new Int32Array(count);
  const requested = new Float64Array(count);
  const minimum = new Float64Array(count);
  const priority = new Float64Array(count);
  let s = 0;
  for (let v = 0; v < size; v++) {
    if (onNode[v] === 0) continue;
    const at = onNode[v]! - 1;
    node[s] = v;
    requested[s] = requestedIn[at]!;
    minimum[s] = minimumIn[at]!;
    priority[s] = priorityIn[at]!;
    s++;
  }
  return { count, node, requested, minimum, priority };
}
