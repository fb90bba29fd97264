/**
 * Sharing when some node has a per-phase current cap: the same tiers and strategies as
 * `share.ts`, filled by `fillWithPhases`. Connector-based: sessions are the claimants.
 * Charger-based: each charge point is one claimant under every cap above it and its own (see
 * `charger-claims.ts`); its share is then split among its connectors, whose own caps (and those
 * of any node between them and the charge point) act as ceilings.
 */
import type { Admission } from './admission';
import { appendSegments, SegmentBuffer, splitShare, type Entries } from './charger-claims';
import { AT_REQUEST } from './fill';
import { fillWithPhases, type PhaseClaimants, type Room } from './phase-fill';
import { capsOf, type Caps } from './phase-paths';
import type { PreparedSessions } from './session-input';
import { tiers, type Shares } from './share';
import type { PreparedTree } from './tree';
import type { Strategy } from './types';

interface State {
  readonly tree: PreparedTree;
  readonly sessions: PreparedSessions;
  /** A per W per session and phase. */
  readonly perWatt: Float64Array;
  readonly maxCurrent: Float64Array;
  readonly depth: Int32Array;
  readonly caps: Caps;
  /** Committed beneath each node: admitted minimums and what earlier tiers took (W; A per phase). */
  readonly used: Float64Array;
  readonly usedA: Float64Array;
  readonly allocated: Float64Array;
  /** AT_REQUEST, or the cap (4 × node + k) that froze the session. */
  readonly frozenCap: Int32Array;
}

function roomOf(state: State): Room {
  const { tree, maxCurrent, used, usedA, caps } = state;
  const room = new Float64Array(caps.count);
  for (let c = 0; c < caps.count; c++) {
    const v = caps.node[c]!;
    const k = caps.kind[c]!;
    room[c] = k === 0 ? tree.cap[v]! - used[v]! : maxCurrent[v]! - usedA[3 * v + k - 1]!;
  }
  return room;
}

/** Writes a session's outcome; unless this is the last tier, commits what it took above its floor. */
function record(state: State, s: number, power: number, cap: number, last: boolean): void {
  const { tree, sessions, perWatt, used, usedA } = state;
  state.allocated[s] = power;
  state.frozenCap[s] = cap;
  const extra = power - sessions.minimum[s]!;
  if (last || extra === 0) return;
  for (let v = sessions.node[s]!; v >= 0; v = tree.parent[v]!) {
    used[v]! += extra;
    for (let p = 0; p < 3; p++) usedA[3 * v + p]! += extra * perWatt[3 * s + p]!;
  }
}

function shareConnectorTier(state: State, tier: Int32Array, isTop: Uint8Array, last: boolean): void {
  const { sessions } = state;
  const count = tier.length;
  const floor = new Float64Array(count);
  const request = new Float64Array(count);
  const segmentStart = new Int32Array(count + 1);
  const perWatt = new Float64Array(3 * count);
  for (let i = 0; i < count; i++) {
    const s = tier[i]!;
    floor[i] = sessions.minimum[s]!;
    request[i] = sessions.requested[s]!;
    segmentStart[i + 1] = i + 1;
    for (let p = 0; p < 3; p++) perWatt[3 * i + p] = state.perWatt[3 * s + p]!;
  }
  // One segment each, from the floor: a session's draw does not move between phases.
  const claimants: PhaseClaimants = { count, node: tier.map((s) => sessions.node[s]!), floor, request, segmentStart, from: floor, perWatt };
  const { power, frozenBy } = fillWithPhases(state.tree, state.depth, state.caps, roomOf(state), claimants, isTop, null);
  tier.forEach((s, i) => record(state, s, power[i]!, frozenBy[i]!, last));
}

/**
 * Entry t's ceiling inside its charge point, into `entries.ceiling[t]` and `ceilingCap[t]`: its
 * request, or a cap below the charge point (AT_REQUEST, or the cap as 4 × node + k).
 */
function setCeiling(state: State, s: number, chargePoint: number, t: number, entries: Entries, ceilingCap: Int32Array): void {
  const { tree, sessions, perWatt, maxCurrent } = state;
  let watts = sessions.requested[s]!;
  let cap: number = AT_REQUEST;
  for (let v = sessions.node[s]!; v >= 0 && v !== chargePoint; v = tree.parent[v]!) {
    if (tree.cap[v]! < watts) {
      watts = tree.cap[v]!;
      cap = 4 * v;
    }
    for (let p = 0; p < 3; p++) {
      const byCurrent = perWatt[3 * s + p]! > 0 ? maxCurrent[v]! / perWatt[3 * s + p]! : Infinity;
      if (byCurrent < watts) {
        watts = byCurrent;
        cap = 4 * v + 1 + p;
      }
    }
  }
  entries.ceiling[t] = Math.max(watts, sessions.minimum[s]!);
  ceilingCap[t] = cap;
}

/**
 * Charger-based: the tier's claimants are its outermost charge points, each with its sessions (one
 * run of the tier, which is in pre-order), and loose sessions alone.
 */
function shareChargerTier(state: State, tier: Int32Array, isTop: Uint8Array, last: boolean): void {
  const { tree, sessions } = state;
  const n = tier.length;
  const entries: Entries = { floor: new Float64Array(n), ceiling: new Float64Array(n), perWatt: new Float64Array(3 * n) };
  const ceilingCap = new Int32Array(n);
  const runStart = new Int32Array(n + 1);
  const node = new Int32Array(n);
  let count = 0;
  for (let t = 0; t < n; t++) {
    const s = tier[t]!;
    const chargePoint = tree.chargerOf[sessions.node[s]!]!;
    if (chargePoint < 0 || count === 0 || node[count - 1] !== chargePoint) {
      runStart[count] = t;
      node[count++] = chargePoint >= 0 ? chargePoint : sessions.node[s]!;
    }
    entries.floor[t] = sessions.minimum[s]!;
    for (let p = 0; p < 3; p++) entries.perWatt[3 * t + p] = state.perWatt[3 * s + p]!;
    if (chargePoint >= 0) setCeiling(state, s, chargePoint, t, entries, ceilingCap);
    else {
      entries.ceiling[t] = sessions.requested[s]!;
      ceilingCap[t] = AT_REQUEST;
    }
  }
  runStart[count] = n;
  const segments = new SegmentBuffer();
  const segmentStart = new Int32Array(count + 1);
  const floor = new Float64Array(count);
  const request = new Float64Array(count);
  const points = new Float64Array(2 * n);
  for (let k = 0; k < count; k++) {
    segmentStart[k] = segments.count;
    appendSegments(entries, runStart[k]!, runStart[k + 1]!, segments, points);
    for (let t = runStart[k]!; t < runStart[k + 1]!; t++) {
      floor[k]! += entries.floor[t]!;
      request[k]! += Math.max(entries.floor[t]!, entries.ceiling[t]!);
    }
  }
  segmentStart[count] = segments.count;
  const claimants: PhaseClaimants = { count, node: node.subarray(0, count), floor, request, segmentStart, from: segments.from, perWatt: segments.perWatt };
  // A charge point's `fullAbove` names what held a connector short of its request once the charge
  // point got all it asked for; only those with such a connector (a ceiling below the request) read it.
  const readsFullAbove = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    for (let t = runStart[k]!; t < runStart[k + 1]!; t++) if (entries.ceiling[t]! < sessions.requested[tier[t]!]!) readsFullAbove[k] = 1;
  }
  const { power, frozenBy, fullAbove } = fillWithPhases(tree, state.depth, state.caps, roomOf(state), claimants, isTop, readsFullAbove);
  const got = new Float64Array(n);
  for (let k = 0; k < count; k++) {
    const from = runStart[k]!;
    const to = runStart[k + 1]!;
    splitShare(entries, from, to, power[k]!, got, points);
    // The inner level where the charge point stopped: what its last rising connectors have
    // (-Infinity when none rose above its minimum).
    let level = -Infinity;
    for (let t = from; t < to; t++) if (got[t]! > entries.floor[t]!) level = Math.max(level, got[t]!);
    // What held the charge point: the cap that froze it, or one that filled just as it got all it could take.
    const above = frozenBy[k]! >= 0 ? frozenBy[k]! : fullAbove(k);
    for (let t = from; t < to; t++) {
      const s = tier[t]!;
      // Below its ceiling, or at a ceiling reached at the level where the charge point stopped
      // (or at its minimum, when none rose: all stopped at once), the charge point's limit held it
      // (the one nearest the root, as ever); else its own ceiling did.
      const heldAbove = above >= 0 && (got[t]! < entries.ceiling[t]! || level === -Infinity || got[t] === level);
      record(state, s, got[t]!, got[t] === sessions.requested[s] ? AT_REQUEST : heldAbove ? above : ceilingCap[t]!, last);
    }
  }
}

function depthsOf(tree: PreparedTree): Int32Array {
  const depth = new Int32Array(tree.size);
  for (let k = 1; k < tree.size; k++) depth[tree.order[k]!] = depth[tree.parent[tree.order[k]!]!]! + 1;
  return depth;
}

export interface PhaseShares extends Shares {
  /** Per session: 0 when a watt cap (or nothing) held it, else the phase (1–3) whose current cap did. */
  readonly frozenPhase: Uint8Array;
}

/**
 * What depends on the tree alone, worked out once per prepared tree: a tree kept for another call
 * (see `tree-memo.ts`) is never written to, so neither are these.
 */
const shapes = new WeakMap<PreparedTree, { readonly depth: Int32Array; readonly caps: Caps }>();

function shapeOf(tree: PreparedTree): { readonly depth: Int32Array; readonly caps: Caps } {
  let shape = shapes.get(tree);
  if (shape === undefined) {
    shape = { depth: depthsOf(tree), caps: capsOf(tree, tree.phases!.maxCurrent) };
    shapes.set(tree, shape);
  }
  return shape;
}

export function shareWithPhases(tree: PreparedTree, sessions: PreparedSessions, admission: Admission, strategy: Strategy, perWatt: Float64Array): PhaseShares {
  const { depth, caps } = shapeOf(tree);
  const state: State = {
    tree,
    sessions,
    perWatt,
    maxCurrent: tree.phases!.maxCurrent,
    depth,
    caps,
    used: admission.reserved.slice(),
    usedA: admission.reservedA!.slice(),
    allocated: new Float64Array(sessions.count),
    frozenCap: new Int32Array(sessions.count).fill(AT_REQUEST),
  };
  const isTop = new Uint8Array(tree.size);
  isTop[tree.root] = 1;
  const groups = tiers(tree, sessions, admission);
  const shareTier = strategy === 'connector' ? shareConnectorTier : shareChargerTier;
  groups.forEach((tier, t) => shareTier(state, tier, isTop, t === groups.length - 1));
  const frozenBy = new Int32Array(sessions.count);
  const frozenPhase = new Uint8Array(sessions.count);
  state.frozenCap.forEach((c, s) => {
    frozenBy[s] = c === AT_REQUEST ? AT_REQUEST : c >> 2;
    frozenPhase[s] = c === AT_REQUEST ? 0 : c & 3;
  });
  return { allocated: state.allocated, frozenBy, frozenPhase };
}
