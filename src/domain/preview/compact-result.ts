/**
 * An allocation result as a few typed arrays, for a worker to hand over without copying: every
 * node and connector is named by its position in the power nodes both sides hold, every figure is
 * kept as the same float64. Read back, it equals the result it was made from; objects whose figures
 * have not changed since the previous result read back are that result's own objects, so the views
 * that draw them can tell at a glance what changed.
 */
import type { AllocationResult, AllocationSummary, LimitedBy, NodeLoad, Phase, PowerNode, Session, SessionAllocation } from '../allocation';

export interface CompactResult {
  /** Per session, in the result's order: its connector's position among the power nodes. */
  readonly sessionAt: Int32Array;
  readonly requestedW: Float64Array;
  readonly allocatedW: Float64Array;
  /** Its `limitedBy`: the kind (see KINDS), the node's position (-1: none), the phase (0: none, 1–3: L1–L3). */
  readonly limitKind: Uint8Array;
  readonly limitAt: Int32Array;
  readonly limitPhase: Uint8Array;
  /** Per node load, in the result's order: its position among the power nodes. */
  readonly loadAt: Int32Array;
  /** NaN stands for null (every figure of a result is finite). */
  readonly maxPowerW: Float64Array;
  readonly flowW: Float64Array;
  readonly headroomW: Float64Array;
  /** BINDING, HAS_CURRENT, HAS_MAX_CURRENT. */
  readonly loadFlags: Uint8Array;
  /** Three per node: L1, L2, L3. */
  readonly currentA: Float64Array;
  readonly maxCurrentA: Float64Array;
  readonly summary: AllocationSummary;
}

const KINDS = ['request', 'node', 'admission', 'evse'] as const;
const PHASES: readonly Phase[] = ['L1', 'L2', 'L3'];
const BINDING = 1;
const HAS_CURRENT = 2;
const HAS_MAX_CURRENT = 4;

const orNaN = (x: number | null): number => (x === null ? NaN : x);
const orNull = (x: number): number | null => (Number.isNaN(x) ? null : x);

/** Each power node's position by id (the first, should an id repeat). */
export function positionsOf(nodes: readonly PowerNode[]): Map<string, number> {
  const at = new Map<string, number>();
  nodes.forEach((node, i) => {
    if (!at.has(node.id)) at.set(node.id, i);
  });
  return at;
}

function positionOf(at: ReadonlyMap<string, number>, id: string): number {
  const i = at.get(id);
  if (i === undefined) throw new Error(`The result names ${id}, which is not a power node.`);
  return i;
}

/**
 * Where a result's sessions and loads probably are among the power nodes: the positions of the
 * sessions it was allocated from (a result lists them in the same order) and of the previous
 * result's loads (every node, each time in the same order). Each guess is checked against the
 * node's id (ids are unique in any input the allocator answers), and a wrong one is looked up.
 */
export interface PositionGuesses {
  readonly nodes: readonly PowerNode[];
  readonly sessionAt?: Int32Array | null;
  readonly loadAt?: Int32Array | null;
}

/**
 * The result as typed arrays; `at` gives each power node's position (see `positionsOf`), and
 * `guesses` (optional) where each is likely to be, which spares most lookups.
 */
export function compactResult(result: AllocationResult, at: ReadonlyMap<string, number>, guesses: PositionGuesses | null = null): CompactResult {
  const guessNodes = guesses?.nodes;
  const placed = (id: string, guess: number | undefined): number =>
    guess !== undefined && guessNodes !== undefined && guessNodes[guess]?.id === id ? guess : positionOf(at, id);
  const sessionGuess = guesses?.sessionAt ?? null;
  const loadGuess = guesses?.loadAt ?? null;
  const s = result.sessions.length;
  const sessionAt = new Int32Array(s);
  const requestedW = new Float64Array(s);
  const allocatedW = new Float64Array(s);
  const limitKind = new Uint8Array(s);
  const limitAt = new Int32Array(s);
  const limitPhase = new Uint8Array(s);
  let lastLimit: { id: string; at: number } | null = null;
  for (let i = 0; i < s; i++) {
    const session = result.sessions[i]!;
    sessionAt[i] = placed(session.connectorId, sessionGuess?.[i]);
    requestedW[i] = session.requestedPowerW;
    allocatedW[i] = session.allocatedW;
    const limit = session.limitedBy;
    const kind = KINDS.indexOf(limit.kind);
    if (kind < 0) throw new Error(`Unknown reason ${limit.kind}.`);
    limitKind[i] = kind;
    // Sessions side by side are often held by the same node: its position is looked up once.
    if (limit.kind === 'request') limitAt[i] = -1;
    else {
      if (lastLimit === null || lastLimit.id !== limit.nodeId) lastLimit = { id: limit.nodeId, at: positionOf(at, limit.nodeId) };
      limitAt[i] = lastLimit.at;
    }
    limitPhase[i] = limit.kind === 'node' && limit.phase !== undefined ? PHASES.indexOf(limit.phase) + 1 : 0;
  }
  const n = result.nodes.length;
  const loadAt = new Int32Array(n);
  const maxPowerW = new Float64Array(n);
  const flowW = new Float64Array(n);
  const headroomW = new Float64Array(n);
  const loadFlags = new Uint8Array(n);
  const currentA = new Float64Array(3 * n);
  const maxCurrentA = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const load = result.nodes[i]!;
    loadAt[i] = placed(load.nodeId, loadGuess?.[i]);
    maxPowerW[i] = orNaN(load.maxPowerW);
    flowW[i] = load.flowW;
    headroomW[i] = orNaN(load.headroomW);
    let flags = load.binding ? BINDING : 0;
    const current = load.currentA;
    if (current !== undefined) {
      flags |= HAS_CURRENT;
      currentA[3 * i] = current[0];
      currentA[3 * i + 1] = current[1];
      currentA[3 * i + 2] = current[2];
    }
    if (load.maxCurrentA !== undefined) {
      flags |= HAS_MAX_CURRENT;
      maxCurrentA[i] = orNaN(load.maxCurrentA);
    }
    loadFlags[i] = flags;
  }
  return {
    sessionAt,
    requestedW,
    allocatedW,
    limitKind,
    limitAt,
    limitPhase,
    loadAt,
    maxPowerW,
    flowW,
    headroomW,
    loadFlags,
    currentA,
    maxCurrentA,
    summary: result.summary,
  };
}

/** The buffers to transfer with the compact result (the sender gives them up). */
export function compactBuffers(c: CompactResult): ArrayBuffer[] {
  return [c.sessionAt, c.requestedW, c.allocatedW, c.limitKind, c.limitAt, c.limitPhase, c.loadAt, c.maxPowerW, c.flowW, c.headroomW, c.loadFlags, c.currentA, c.maxCurrentA].map(
    (a) => a.buffer as ArrayBuffer,
  );
}

/** What a read gives the next one to compare with: its sessions by power node position, its compact form and loads. */
export interface ResultObjects {
  readonly sessions: ReadonlyArray<SessionAllocation | undefined>;
  readonly compact: CompactResult;
  readonly loads: readonly NodeLoad[];
}

const sameLimit = (a: LimitedBy, b: LimitedBy): boolean =>
  a.kind === b.kind &&
  (a.kind === 'request' || (b.kind !== 'request' && a.nodeId === b.nodeId)) &&
  (a.kind === 'node' && b.kind === 'node' ? a.phase === b.phase : true);

/** Whether load `i` has the same node and figures in both compact forms (NaN, for null, equals NaN). */
function sameLoad(a: CompactResult, b: CompactResult, i: number): boolean {
  return (
    a.loadAt[i] === b.loadAt[i] &&
    a.loadFlags[i] === b.loadFlags[i] &&
    Object.is(a.flowW[i], b.flowW[i]) &&
    Object.is(a.maxPowerW[i], b.maxPowerW[i]) &&
    Object.is(a.headroomW[i], b.headroomW[i]) &&
    Object.is(a.maxCurrentA[i], b.maxCurrentA[i]) &&
    Object.is(a.currentA[3 * i], b.currentA[3 * i]) &&
    Object.is(a.currentA[3 * i + 1], b.currentA[3 * i + 1]) &&
    Object.is(a.currentA[3 * i + 2], b.currentA[3 * i + 2])
  );
}

/**
 * The result again, from its compact form and the same power nodes. With `previous` (what the last
 * call returned as `objects`), a session or load equal to the previous one is that very object.
 */
export function expandResult(
  nodes: readonly PowerNode[],
  c: CompactResult,
  previous: ResultObjects | null = null,
): { result: AllocationResult; objects: ResultObjects } {
  const reasons = new Map<number, LimitedBy>();
  const atRequest: LimitedBy = Object.freeze({ kind: 'request' });
  const reasonOf = (kind: number, at: number, phase: number): LimitedBy => {
    if (kind === 0) return atRequest;
    const key = (at * 4 + kind) * 4 + phase;
    let reason = reasons.get(key);
    if (reason === undefined) {
      const nodeId = nodes[at]!.id;
      reason =
        kind === 2
          ? { kind: 'admission', nodeId }
          : kind === 3
            ? { kind: 'evse', nodeId }
            : phase === 0
              ? { kind: 'node', nodeId }
              : { kind: 'node', nodeId, phase: PHASES[phase - 1]! };
      Object.freeze(reason);
      reasons.set(key, reason);
    }
    return reason;
  };

  const sessionObjects: Array<SessionAllocation | undefined> = new Array(nodes.length);
  const sessions: SessionAllocation[] = new Array(c.sessionAt.length);
  for (let i = 0; i < sessions.length; i++) {
    const at = c.sessionAt[i]!;
    const limitedBy = reasonOf(c.limitKind[i]!, c.limitAt[i]!, c.limitPhase[i]!);
    const before = previous?.sessions[at];
    const session =
      before !== undefined && Object.is(before.requestedPowerW, c.requestedW[i]) && Object.is(before.allocatedW, c.allocatedW[i]) && sameLimit(before.limitedBy, limitedBy)
        ? before
        : { connectorId: nodes[at]!.id, requestedPowerW: c.requestedW[i]!, allocatedW: c.allocatedW[i]!, limitedBy };
    sessions[i] = session;
    sessionObjects[at] = session;
  }

  const loads: NodeLoad[] = new Array(c.loadAt.length);
  // Loads come in node-id order, every node each time: the previous answer's i-th load is this one's.
  const before = previous !== null && previous.compact.loadAt.length === loads.length ? previous : null;
  for (let i = 0; i < loads.length; i++) {
    if (before !== null && sameLoad(before.compact, c, i)) {
      loads[i] = before.loads[i]!;
      continue;
    }
    const flags = c.loadFlags[i]!;
    const load: NodeLoad = { nodeId: nodes[c.loadAt[i]!]!.id, maxPowerW: orNull(c.maxPowerW[i]!), flowW: c.flowW[i]!, headroomW: orNull(c.headroomW[i]!), binding: (flags & BINDING) !== 0 };
    if ((flags & HAS_CURRENT) !== 0) load.currentA = [c.currentA[3 * i]!, c.currentA[3 * i + 1]!, c.currentA[3 * i + 2]!];
    if ((flags & HAS_MAX_CURRENT) !== 0) load.maxCurrentA = orNull(c.maxCurrentA[i]!);
    loads[i] = load;
  }
  return { result: { sessions, nodes: loads, summary: c.summary }, objects: { sessions: sessionObjects, compact: c, loads } };
}

/** A session set as typed arrays: each session's connector by position among the power nodes. */
export interface CompactSessions {
  readonly at: Int32Array;
  readonly requestedW: Float64Array;
  /** NaN: absent. */
  readonly minW: Float64Array;
  readonly priority: Float64Array;
  /** 0: absent. */
  readonly phases: Uint8Array;
}

const optionalNumber = (x: unknown): boolean => x === undefined || (typeof x === 'number' && !Number.isNaN(x));

/** The sessions as typed arrays, or null when one names no power node or has a field the arrays cannot carry (NaN: absent). */
export function compactSessions(sessions: readonly Session[], at: ReadonlyMap<string, number>): CompactSessions | null {
  const n = sessions.length;
  const c = { at: new Int32Array(n), requestedW: new Float64Array(n), minW: new Float64Array(n), priority: new Float64Array(n), phases: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const s = sessions[i]!;
    const place = at.get(s.connectorId);
    // Anything the arrays could not carry as it is goes as it is.
    if (place === undefined || typeof s.requestedPowerW !== 'number' || !optionalNumber(s.minPowerW) || !optionalNumber(s.priority)) return null;
    if (s.phases !== undefined && s.phases !== 1 && s.phases !== 3) return null;
    c.at[i] = place;
    c.requestedW[i] = s.requestedPowerW;
    c.minW[i] = s.minPowerW ?? NaN;
    c.priority[i] = s.priority ?? NaN;
    c.phases[i] = s.phases ?? 0;
  }
  return c;
}

export const sessionBuffers = (c: CompactSessions): ArrayBuffer[] => [c.at, c.requestedW, c.minW, c.priority, c.phases].map((a) => a.buffer as ArrayBuffer);

/** The sessions again, each with only the fields it had. */
export function expandSessions(nodes: readonly PowerNode[], c: CompactSessions): Session[] {
  const sessions: Session[] = new Array(c.at.length);
  for (let i = 0; i < sessions.length; i++) {
    const session: Session = { connectorId: nodes[c.at[i]!]!.id, requestedPowerW: c.requestedW[i]! };
    if (!Number.isNaN(c.minW[i]!)) session.minPowerW = c.minW[i]!;
    if (!Number.isNaN(c.priority[i]!)) session.priority = c.priority[i]!;
    if (c.phases[i] !== 0) session.phases = c.phases[i] as 1 | 3;
    sessions[i] = session;
  }
  return sessions;
}
