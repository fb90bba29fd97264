/**
 * Session checks and preparation. Every problem is reported, not only the first. Sessions come
 * out in connector-id order, read off the id-sorted nodes rather than sorted again.
 */
import { quote } from './errors';
import { anySessionPhases, checkSessionPhases } from './phases';
import type { Session } from './types';
import { CONNECTOR, type NodeLookup } from './tree';

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
  /** Phases each session draws on (0: its connector's); null when no session says. */
  readonly phases: Uint8Array | null;
}

const sessionName = (connectorId: string): string => `session on ${quote(connectorId)}`;

/** Any non-negative finite number (NaN fails both comparisons). */
function isWatts(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value < Infinity;
}

function checkFields(raw: object, connectorId: string, problems: string[]): boolean {
  const { requestedPowerW, minPowerW, priority, phases } = raw as Partial<Record<keyof Session, unknown>>;
  let ok = phases == null || checkSessionPhases(phases, sessionName(connectorId), problems);
  if (isWatts(requestedPowerW) && (minPowerW == null || isWatts(minPowerW)) && (priority == null || Number.isInteger(priority))) return ok;
  const name = sessionName(connectorId);
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
  const phasesIn = anySessionPhases(rawSessions) ? new Uint8Array(rawSessions.length) : null;
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
    if (phasesIn) phasesIn[at] = (raw as Session).phases ?? 0;
    if (!nodes) continue;
    const v = nodes.table.find(connectorId);
    if (v < 0) {
      problems.push(`${sessionName(connectorId)}: no such node`);
      ok = false;
    } else if (nodes.kind[v] !== CONNECTOR) {
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
  const phases = phasesIn ? new Uint8Array(count) : null;
  let s = 0;
  for (let v = 0; v < size; v++) {
    if (onNode[v] === 0) continue;
    const at = onNode[v]! - 1;
    node[s] = v;
    requested[s] = requestedIn[at]!;
    minimum[s] = minimumIn[at]!;
    priority[s] = priorityIn[at]!;
    if (phases) phases[s] = phasesIn![at]!;
    s++;
  }
  return { count, node, requested, minimum, priority, phases };
}
