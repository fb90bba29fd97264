/**
 * Sharing when some node has a per-phase current cap: the same tiers and strategies as
 * `share.ts`, filled by `fillWithPhases`. Connector-based: sessions are the claimants.
 * Charger-based: each charge point is one claimant under every cap above it and its own (see
 * `charger-claims.ts`); its share is then split among its connectors, whose own caps (and those
 * of any node between them and the charge point) act as ceilings.
 */
import type { Admission } from './admission';
import { segmentsOf, split, type Connectors } from './charger-claims';
import { AT_REQUEST } from './fill';
import { fillWithPhases, type PhaseClaimants, type Room } from './phase-fill';
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
  /** Committed beneath each node: admitted minimums and what earlier tiers took (W; A per phase). */
  readonly used: Float64Array;
  readonly usedA: Float64Array;
  readonly allocated: Float64Array;
  /** AT_REQUEST, or the cap (4 × node + k) that froze the session. */
  readonly frozenCap: Int32Array;
}

function roomOf(state: State): Room {
  const { tree, maxCurrent, used, usedA } = state;
  const watts = new Float64Array(tree.size);
  const amps = new Float64Array(3 * tree.size);
  for (let v = 0; v < tree.size; v++) {
    watts[v] = tree.cap[v] === Infinity ? Infinity : tree.cap[v]! - used[v]!;
    for (let p = 0; p < 3; p++) amps[3 * v + p] = maxCurrent[v] === Infinity ? Infinity : maxCurrent[v]! - usedA[3 * v + p]!;
  }
  return { watts, amps };
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
  const claimants: PhaseClaimants = {
    count,
    node: tier.map((s) => sessions.node[s]!),
    floor: Float64Array.from(tier, (s) => sessions.minimum[s]!),
    request: Float64Array.from(tier, (s) => sessions.requested[s]!),
    segmentStart: Int32Array.from({ length: count + 1 }, (_, i) => i),
    from: Float64Array.from(tier, (s) => sessions.minimum[s]!),
    perWatt: Float64Array.from({ length: 3 * count }, (_, k) => state.perWatt[3 * tier[Math.floor(k / 3)]! + (k % 3)]!),
  };
  const { power, frozenBy } = fillWithPhases(state.tree, state.depth, roomOf(state), claimants, isTop);
  tier.forEach((s, i) => record(state, s, power[i]!, frozenBy[i]!, last));
}

/** A connector's ceiling inside its charge point: its request, or a cap below the charge point. */
function ceilingOf(state: State, s: number, chargePoint: number): { watts: number; cap: number } {
  const { tree, sessions, perWatt, maxCurrent } = state;
  let watts = sessions.requested[s]!;
  let cap: number = AT_REQUEST;
  for (let v = sessions.node[s]!; v >= 0 && v !== chargePoint; v = tree.parent[v]!) {
    if (tree.cap[v]! < watts) [watts, cap] = [tree.cap[v]!, 4 * v];
    for (let p = 0; p < 3; p++) {
      const byCurrent = perWatt[3 * s + p]! > 0 ? maxCurrent[v]! / perWatt[3 * s + p]! : Infinity;
      if (byCurrent < watts) [watts, cap] = [byCurrent, 4 * v + 1 + p];
    }
  }
  return { watts: Math.max(watts, sessions.minimum[s]!), cap };
}

interface Claim {
  readonly node: number;
  readonly sessions: number[];
  readonly connectors: Connectors;
  readonly ceilingCaps: number[];
}

/** The tier's claimants: each outermost charge point with its sessions, and loose sessions alone. */
function claimsOf(state: State, tier: Int32Array): Claim[] {
  const { tree, sessions } = state;
  const claims: Claim[] = [];
  for (const s of tier) {
    const chargePoint = tree.chargerOf[sessions.node[s]!]!;
    const top = chargePoint >= 0 ? chargePoint : sessions.node[s]!;
    // The tier is in pre-order, so a charge point's sessions come one after another.
    let claim = claims.at(-1);
    if (!claim || claim.node !== top || chargePoint < 0) {
      claim = { node: top, sessions: [], connectors: { floor: [], ceiling: [], perWatt: [] }, ceilingCaps: [] };
      claims.push(claim);
    }
    const ceiling = chargePoint >= 0 ? ceilingOf(state, s, chargePoint) : { watts: sessions.requested[s]!, cap: AT_REQUEST };
    claim.sessions.push(s);
    (claim.connectors.floor as number[]).push(sessions.minimum[s]!);
    (claim.connectors.ceiling as number[]).push(ceiling.watts);
    (claim.connectors.perWatt as number[]).push(...state.perWatt.subarray(3 * s, 3 * s + 3));
    claim.ceilingCaps.push(ceiling.cap);
  }
  return claims;
}

function shareChargerTier(state: State, tier: Int32Array, isTop: Uint8Array, last: boolean): void {
  const claims = claimsOf(state, tier);
  const segments = claims.map((claim) => segmentsOf(claim.connectors));
  const segmentStart = new Int32Array(claims.length + 1);
  segments.forEach((g, i) => (segmentStart[i + 1] = segmentStart[i]! + g.from.length));
  const claimants: PhaseClaimants = {
    count: claims.length,
    node: Int32Array.from(claims, (c) => c.node),
    floor: Float64Array.from(segments, (g) => g.floor),
    request: Float64Array.from(segments, (g) => g.request),
    segmentStart,
    from: Float64Array.from(segments.flatMap((g) => g.from)),
    perWatt: Float64Array.from(segments.flatMap((g) => g.perWatt)),
  };
  const { power, frozenBy, fullAbove } = fillWithPhases(state.tree, state.depth, roomOf(state), claimants, isTop);
  claims.forEach((claim, i) => {
    const powers = split(claim.connectors, power[i]!);
    const highest = Math.max(...powers);
    // What held the charge point: the cap that froze it, or one that filled just as it got all it could take.
    const above = frozenBy[i]! >= 0 ? frozenBy[i]! : fullAbove(i);
    claim.sessions.forEach((s, j) => {
      const got = powers[j]!;
      // Below its ceiling, or at a ceiling reached just as the charge point stopped, the charge
      // point's limit held it (the one nearest the root, as ever); else its own ceiling did.
      const cap =
        got === state.sessions.requested[s]
          ? AT_REQUEST
          : above >= 0 && (got < claim.connectors.ceiling[j]! || got === highest)
            ? above
            : claim.ceilingCaps[j]!;
      record(state, s, got, cap, last);
    });
  });
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

export function shareWithPhases(tree: PreparedTree, sessions: PreparedSessions, admission: Admission, strategy: Strategy, perWatt: Float64Array): PhaseShares {
  const state: State = {
    tree,
    sessions,
    perWatt,
    maxCurrent: tree.phases!.maxCurrent,
    depth: depthsOf(tree),
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
  const frozenBy = state.frozenCap.map((c) => (c === AT_REQUEST ? AT_REQUEST : c >> 2));
  const frozenPhase = Uint8Array.from(state.frozenCap, (c) => (c === AT_REQUEST ? 0 : c & 3));
  return { allocated: state.allocated, frozenBy, frozenPhase };
}
