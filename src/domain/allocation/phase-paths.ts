/**
 * What `phase-fill.ts` works out before filling: which caps exist, the caps on each claimant's
 * path and the claimants under each cap, and the order of its events.
 */
import type { PhaseClaimants } from './phase-fill';
import type { PreparedTree } from './tree';

/**
 * The caps that exist, numbered in node order and, at one node, the watt cap (if finite) before
 * the current caps on L1, L2, L3 (if the node has one). Only these get a slot in the filling's
 * arrays: most nodes of a depot have one cap or none.
 */
export interface Caps {
  readonly count: number;
  /** Node v's caps are `first[v]` to `first[v + 1]`. */
  readonly first: Int32Array;
  readonly node: Int32Array;
  /** 0 the watt cap, 1, 2, 3 the current cap on L1, L2, L3. */
  readonly kind: Uint8Array;
}

export function capsOf(tree: PreparedTree, maxCurrent: Float64Array): Caps {
  const first = new Int32Array(tree.size + 1);
  for (let v = 0; v < tree.size; v++) first[v + 1] = first[v]! + (tree.cap[v]! < Infinity ? 1 : 0) + (maxCurrent[v]! < Infinity ? 3 : 0);
  const count = first[tree.size]!;
  const node = new Int32Array(count);
  const kind = new Uint8Array(count);
  for (let v = 0; v < tree.size; v++) {
    let c = first[v]!;
    if (tree.cap[v]! < Infinity) node[c++] = v;
    if (maxCurrent[v]! === Infinity) continue;
    for (let k = 1; k <= 3; k++, c++) {
      node[c] = v;
      kind[c] = k;
    }
  }
  return { count, first, node, kind };
}

/** Cap c as the rest of the allocator names it: 4 × node + kind. */
export const capCode = (caps: Caps, c: number): number => 4 * caps.node[c]! + caps.kind[c]!;

/** The caps on each claimant's path (up to and including its top), and the claimants under each cap. */
export interface Paths {
  readonly start: Int32Array;
  readonly cap: Int32Array;
  readonly memberStart: Int32Array;
  readonly members: Int32Array;
}

/** Per claimant: which phases it ever draws on, as bits (1 = L1, 2 = L2, 4 = L3). */
function phaseMasks(claimants: PhaseClaimants): Uint8Array {
  const masks = new Uint8Array(claimants.count);
  for (let i = 0; i < claimants.count; i++) {
    for (let g = claimants.segmentStart[i]!; g < claimants.segmentStart[i + 1]!; g++) {
      for (let p = 0; p < 3; p++) if (claimants.perWatt[3 * g + p]! > 0) masks[i]! |= 1 << p;
    }
  }
  return masks;
}

/**
 * The caps on each claimant's path, and the claimants under each cap; caps marked in `skip` (see
 * `capsThatCannotFill`) are left out of both.
 */
export function pathsOf(tree: PreparedTree, caps: Caps, claimants: PhaseClaimants, isTop: Uint8Array, skip: Uint8Array): Paths {
  const masks = phaseMasks(claimants);
  const start = new Int32Array(claimants.count + 1);
  // Written in one walk up from each claimant, into an array that grows when it must.
  let cap = new Int32Array(Math.max(16, 4 * claimants.count));
  let at = 0;
  for (let i = 0; i < claimants.count; i++) {
    // A current cap counts when the claimant draws on its phase (bit kind − 1 of the mask); the
    // watt cap (kind 0) always: bit −1 is read as 1.
    const drawsOn = (masks[i]! << 1) | 1;
    for (let v = claimants.node[i]!; v >= 0; v = tree.parent[v]!) {
      for (let c = caps.first[v]!; c < caps.first[v + 1]!; c++) {
        if ((drawsOn & (1 << caps.kind[c]!)) === 0 || skip[c]) continue;
        if (at === cap.length) {
          const grown = new Int32Array(2 * cap.length);
          grown.set(cap);
          cap = grown;
        }
        cap[at++] = c;
      }
      if (isTop[v]) break;
    }
    start[i + 1] = at;
  }
  cap = cap.subarray(0, at);
  // The claimants under each cap, in claimant order: counted, then placed.
  const memberStart = new Int32Array(caps.count + 1);
  for (let e = 0; e < cap.length; e++) memberStart[cap[e]! + 1]!++;
  for (let c = 1; c < memberStart.length; c++) memberStart[c]! += memberStart[c - 1]!;
  const fillAt = memberStart.slice(0, -1);
  const members = new Int32Array(cap.length);
  for (let i = 0; i < claimants.count; i++) for (let e = start[i]!; e < start[i + 1]!; e++) members[fillAt[cap[e]!]!++] = i;
  return { start, cap, memberStart, members };
}

/**
 * The caps that cannot fill in this pass: with every claimant beneath at its request, the load
 * they add stays within the cap's room. Such a cap holds no one back, so the filling leaves it
 * out, and the claimants' paths get shorter: most of a depot's caps are a connector's or a charge
 * point's own, sized for what can be plugged in beneath them.
 *
 * A cap the load would fill exactly is left out too: its claimants then reach their requests as
 * it fills, and a claimant at its request is limited by nothing. But a caller may need to know
 * which caps fill just as a claimant stops (`fullAbove`): for a cap above any claimant marked in
 * `strict`, the load must stay short of the room by more than rounding (1e-6, or a part in 10^9
 * of a large cap), so that the cap never fills, not even as its claimants stop.
 */
export function capsThatCannotFill(
  tree: PreparedTree,
  caps: Caps,
  room: Float64Array,
  claimants: PhaseClaimants,
  isTop: Uint8Array,
  strict: Uint8Array | null,
): Uint8Array {
  const { count, node, floor, request, segmentStart, from, perWatt } = claimants;
  // The most the claimants beneath can add, per node: W, then A on L1, L2, L3.
  const load = new Float64Array(4 * tree.size);
  // Whether a claimant marked in `strict` is beneath.
  const strictBeneath = new Uint8Array(tree.size);
  for (let i = 0; i < count; i++) {
    if (strict?.[i]) strictBeneath[node[i]!] = 1;
    const top = request[i]!;
    if (!(top > floor[i]!)) continue;
    const v = node[i]!;
    load[4 * v]! += top - floor[i]!;
    const last = segmentStart[i + 1]! - 1;
    for (let g = segmentStart[i]!; g <= last; g++) {
      const lo = Math.max(floor[i]!, from[g]!);
      const hi = g < last ? Math.min(top, from[g + 1]!) : top;
      if (!(hi > lo)) continue;
      for (let p = 0; p < 3; p++) load[4 * v + 1 + p]! += perWatt[3 * g + p]! * (hi - lo);
    }
  }
  // Summed up the tree, children before parents, no further than each path's top.
  for (let k = tree.size - 1; k > 0; k--) {
    const v = tree.order[k]!;
    if (isTop[v]) continue;
    const u = tree.parent[v]!;
    for (let q = 0; q < 4; q++) load[4 * u + q]! += load[4 * v + q]!;
    strictBeneath[u]! |= strictBeneath[v]!;
  }
  const skip = new Uint8Array(caps.count);
  for (let c = 0; c < caps.count; c++) {
    const r = room[c]!;
    const v = caps.node[c]!;
    const most = load[4 * v + caps.kind[c]!]!;
    if (r > 0 && (strictBeneath[v] ? most < r - (1e-6 + 1e-9 * r) : most <= r)) skip[c] = 1;
  }
  return skip;
}

/**
 * Positions from..to-1 ordered by `key`, ties by position (so the order never depends on input
 * order): the keys are sorted as numbers, and each position goes to the next free place of its key.
 */
export function orderBy(key: Float64Array, from: number, to: number): Int32Array {
  const order = new Int32Array(to - from);
  let inOrder = true;
  for (let i = from + 1; i < to && inOrder; i++) inOrder = key[i - 1]! <= key[i]!;
  if (inOrder) {
    // Often so (every floor 0, say): no sort needed.
    for (let k = 0; k < order.length; k++) order[k] = from + k;
    return order;
  }
  const sortedKeys = key.slice(from, to).sort();
  const taken = new Int32Array(to - from);
  for (let i = from; i < to; i++) {
    let lo = 0;
    let hi = sortedKeys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sortedKeys[mid]! < key[i]!) lo = mid + 1;
      else hi = mid;
    }
    order[lo + taken[lo]!++] = i;
  }
  return order;
}
