/**
 * Sharing what admission left, priority tier by priority tier (highest first): each tier fills
 * against the caps less every admitted minimum and what higher tiers took.
 *
 * - Connector-based: one pass per tier over its sessions.
 * - Charger-based: per tier, each charge point with sessions is one claimant (floor: its sessions'
 *   minimums; ceiling: what its subtree can take), shared across the tree; then each charge
 *   point's share is split among its connectors. Sessions under no charge point claim alone.
 */
import { ADMITTED, type Admission } from './admission';
import { AT_REQUEST, LevelPass, type Claimants } from './fill';
import type { PreparedSessions } from './session-input';
import type { PreparedTree } from './tree';
import type { Strategy } from './types';

export interface Shares {
  readonly allocated: Float64Array;
  /** AT_REQUEST, or the node whose saturation froze the session (for admitted sessions). */
  readonly frozenBy: Int32Array;
  /** Per session: the phase (1–3) when a current cap froze it, 0 for a watt cap; absent without current caps. */
  readonly frozenPhase?: Uint8Array;
}

/** Admitted sessions by priority tier, highest first; each tier in pre-order of its connectors. */
export function tiers(tree: PreparedTree, sessions: PreparedSessions, admission: Admission): Int32Array[] {
  const { priority } = sessions;
  const inPreOrder = admittedInPreOrder(tree, sessions, admission);
  if (inPreOrder.length === 0) return [];
  if (samePriority(inPreOrder, priority)) return [inPreOrder];
  const levels = [...new Set(Array.from(inPreOrder, (s) => priority[s]!))].sort((a, b) => b - a);
  const tierOf = new Map(levels.map((level, t) => [level, t]));
  const groups = levels.map(() => [] as number[]);
  for (const s of inPreOrder) groups[tierOf.get(priority[s]!)!]!.push(s);
  return groups.map((g) => Int32Array.from(g));
}

/** Admitted sessions in pre-order of their connectors. */
function admittedInPreOrder(tree: PreparedTree, sessions: PreparedSessions, admission: Admission): Int32Array {
  // One session per connector: placing each at its connector's pre-order slot sorts them.
  const slot = new Int32Array(tree.size).fill(-1);
  const admitted = placeAdmitted(tree.pre, sessions.node, admission.status, slot);
  const inPreOrder = new Int32Array(admitted);
  gatherPlaced(slot, inPreOrder);
  return inPreOrder;
}

function placeAdmitted(pre: Int32Array, node: Int32Array, status: Uint8Array, slot: Int32Array): number {
  let admitted = 0;
  for (let s = 0; s < node.length; s++) {
    if (status[s] !== ADMITTED) continue;
    slot[pre[node[s]!]!] = s;
    admitted++;
  }
  return admitted;
}

function gatherPlaced(slot: Int32Array, into: Int32Array): void {
  let k = 0;
  for (let p = 0; p < slot.length; p++) if (slot[p]! >= 0) into[k++] = slot[p]!;
}

function samePriority(members: Int32Array, priority: Float64Array): boolean {
  const first = priority[members[0]!]!;
  for (let i = 1; i < members.length; i++) if (priority[members[i]!] !== first) return false;
  return true;
}

function claimantsOf(sessions: PreparedSessions, members: Int32Array): Claimants {
  const count = members.length;
  const node = new Int32Array(count);
  const floor = new Float64Array(count);
  const request = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    const s = members[i]!;
    node[i] = sessions.node[s]!;
    floor[i] = sessions.minimum[s]!;
    request[i] = sessions.requested[s]!;
  }
  return { count, node, floor, request };
}

/** The charge points' claimants for one tier, with the loose sessions that claim alone. */
function chargePointClaimants(
  tree: PreparedTree,
  sessions: PreparedSessions,
  tier: Int32Array,
  within: LevelPass,
): { claimants: Claimants; loose: Int32Array } {
  // At most one claimant per session: sized once, as typed arrays, rather than grown.
  const node = new Int32Array(tier.length);
  const floor = new Float64Array(tier.length);
  const request = new Float64Array(tier.length);
  const loose = new Int32Array(tier.length);
  let count = 0;
  for (let t = 0; t < tier.length; t++) {
    const s = tier[t]!;
    const chargePoint = tree.chargerOf[sessions.node[s]!]!;
    if (chargePoint < 0) {
      node[count] = sessions.node[s]!;
      floor[count] = sessions.minimum[s]!;
      request[count] = sessions.requested[s]!;
      loose[count++] = s;
    } else if (count === 0 || node[count - 1] !== chargePoint) {
      node[count] = chargePoint;
      floor[count] = sessions.minimum[s]!;
      request[count] = within.demandOf(chargePoint);
      loose[count++] = -1;
    } else floor[count - 1]! += sessions.minimum[s]!;
  }
  // Each charger's subtree is one run of the pre-order, and no loose connector is inside one,
  // so entering a charger at its first session keeps the claimants in pre-order.
  return {
    claimants: { count, node: node.subarray(0, count), floor: floor.subarray(0, count), request: request.subarray(0, count) },
    loose: loose.subarray(0, count),
  };
}

interface Outcomes {
  readonly allocated: Float64Array;
  readonly frozenBy: Int32Array;
  /** Committed power beneath each node: admitted minimums, plus what earlier tiers took. */
  readonly used: Float64Array;
}

/**
 * Writes a pass's outcome for `members` (-1 = not a session); unless this is the last tier, what
 * they took above their floors is committed beneath every node on their paths. `blame` maps a
 * node that froze a session to the limit named instead (-1 = itself).
 */
function record(
  tree: PreparedTree,
  sessions: PreparedSessions,
  into: Outcomes,
  members: Int32Array,
  power: Float64Array,
  frozen: Int32Array,
  last: boolean,
  blame: Int32Array | null = null,
): void {
  const { allocated, frozenBy, used } = into;
  const { parent } = tree;
  for (let i = 0; i < members.length; i++) {
    const s = members[i]!;
    if (s < 0) continue;
    allocated[s] = power[i]!;
    const u = frozen[i]!;
    frozenBy[s] = u !== AT_REQUEST && blame && blame[u]! >= 0 ? blame[u]! : u;
    const extra = power[i]! - sessions.minimum[s]!;
    if (last || extra === 0) continue;
    for (let v = sessions.node[s]!; v >= 0; v = parent[v]!) used[v]! += extra;
  }
}

/** The passes one strategy needs, made once and reused by every tier. */
interface Passes {
  readonly acrossTree: LevelPass;
  readonly withinChargePoints: LevelPass;
  /** Per charge point: the limit above it that froze it in the current tier; -1 = none. */
  readonly heldBack: Int32Array;
}

function shareConnectorTier(tree: PreparedTree, sessions: PreparedSessions, into: Outcomes, pass: LevelPass, tier: Int32Array, last: boolean): void {
  pass.run(claimantsOf(sessions, tier));
  const power = new Float64Array(tier.length);
  const frozen = new Int32Array(tier.length);
  pass.settleAll(power, frozen);
  record(tree, sessions, into, tier, power, frozen, last);
}

function shareChargerTier(tree: PreparedTree, sessions: PreparedSessions, into: Outcomes, passes: Passes, tier: Int32Array, last: boolean): void {
  const { acrossTree, withinChargePoints, heldBack } = passes;
  let count = 0;
  const grouped = new Int32Array(tier.length);
  for (let t = 0; t < tier.length; t++) if (tree.chargerOf[sessions.node[tier[t]!]!]! >= 0) grouped[count++] = tier[t]!;
  const members = grouped.subarray(0, count);
  withinChargePoints.run(claimantsOf(sessions, members));
  const { claimants, loose } = chargePointClaimants(tree, sessions, tier, withinChargePoints);
  acrossTree.run(claimants);
  const share = new Float64Array(claimants.count);
  const frozen = new Int32Array(claimants.count);
  acrossTree.settleAll(share, frozen);
  record(tree, sessions, into, loose, share, frozen, last);

  for (let i = 0; i < claimants.count; i++) {
    if (loose[i]! >= 0) continue;
    const chargePoint = claimants.node[i]!;
    heldBack[chargePoint] = -1;
    // Its connectors' last share froze when the charge point's did: when a limit above it froze
    // the charge point, or filled just as it got all it could take, that limit is the cause.
    // (It got all it could take at the level equal to that amount, or from the start, at level
    // -Infinity, when its minimums were already all it could take.)
    const done = claimants.floor[i]! < claimants.request[i]! ? share[i]! : -Infinity;
    const above = frozen[i] !== AT_REQUEST ? frozen[i]! : acrossTree.saturatedAt(tree.parent[chargePoint]!, done);
    if (above < 0) continue;
    withinChargePoints.resettle(chargePoint, share[i]!);
    heldBack[chargePoint] = above;
  }
  withinChargePoints.descend();
  const power = new Float64Array(members.length);
  const frozenWithin = new Int32Array(members.length);
  withinChargePoints.settleAll(power, frozenWithin);
  record(tree, sessions, into, members, power, frozenWithin, last, heldBack);
}

export function share(tree: PreparedTree, sessions: PreparedSessions, admission: Admission, strategy: Strategy): Shares {
  const into: Outcomes = {
    allocated: new Float64Array(sessions.count),
    frozenBy: new Int32Array(sessions.count).fill(AT_REQUEST),
    used: admission.reserved.slice(),
  };
  const rootTop = new Uint8Array(tree.size);
  rootTop[tree.root] = 1;
  const acrossTree = new LevelPass(tree, into.used, rootTop);
  const groups = tiers(tree, sessions, admission);
  if (strategy === 'connector') {
    groups.forEach((tier, t) => shareConnectorTier(tree, sessions, into, acrossTree, tier, t === groups.length - 1));
  } else {
    const chargers = new Uint8Array(tree.size);
    for (let v = 0; v < tree.size; v++) if (tree.chargerOf[v] === v) chargers[v] = 1;
    const passes: Passes = {
      acrossTree,
      withinChargePoints: new LevelPass(tree, into.used, chargers),
      heldBack: new Int32Array(tree.size).fill(-1),
    };
    groups.forEach((tier, t) => shareChargerTier(tree, sessions, into, passes, tier, t === groups.length - 1));
  }
  return { allocated: into.allocated, frozenBy: into.frozenBy };
}
