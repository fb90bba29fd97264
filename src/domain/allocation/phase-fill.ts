/**
 * Exact progressive filling when caps are per phase as well as in watts. A per-phase current cap
 * holds back only the claimants that draw on that phase, so caps no longer nest as the tree does
 * and the bottom-up solution of `fill.ts` does not apply. Instead this follows the events
 * themselves, in level order: a claimant's level reaches its floor (it starts to rise), its
 * request (it stops) or a breakpoint (its draw moves between phases), or a cap fills. Every cap is
 * linear in the claimants' powers, so between events each cap's remaining room falls linearly
 * with the level, and the next cap to fill is the smallest `level + room / slope`, kept in a heap.
 * Cost: O(Σ caps on each path · log n).
 *
 * Inside, caps are numbered as in `Caps` (only those that exist); outside, as 4 × node + k: k = 0
 * the watt cap, k = 1, 2, 3 the current cap on L1, L2, L3.
 */
import { EventHeap } from './event-heap';
import { capCode, capsThatCannotFill, orderBy, pathsOf, type Caps } from './phase-paths';
import type { PreparedTree } from './tree';

export interface PhaseClaimants {
  readonly count: number;
  /** Where each claimant hangs. */
  readonly node: Int32Array;
  readonly floor: Float64Array;
  readonly request: Float64Array;
  /**
   * How a claimant draws on the phases, in segments of its power: claimant i's segments are
   * `segmentStart[i]` to `segmentStart[i + 1]`; segment g applies from power `from[g]` (the first
   * from the floor) and draws `perWatt[3g + p]` A per W on phase p. A session has one segment; a
   * charge point one per change in which of its connectors still rise.
   */
  readonly segmentStart: Int32Array;
  readonly from: Float64Array;
  readonly perWatt: Float64Array;
}

/** Room left under each cap of `Caps` for this pass (W or A). */
export type Room = Float64Array;

export interface PhaseFilled {
  readonly power: Float64Array;
  /** -1 when the claimant got its request, else the cap (4 × node + k) that froze it. */
  readonly frozenBy: Int32Array;
  /** The nearest-root cap on a claimant's path that filled as the claimant stopped; -1 if none. */
  readonly fullAbove: (i: number) => number;
}

const WAITING = 0;
const RISING = 1;
const FROZEN = 2;

/** Levels that differ by less than this are one event seen through rounding. */
const sameLevel = (a: number, b: number): boolean => a === b || Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

/**
 * Progressive filling of `claimants` under the caps' `room`, on paths that stop at nodes marked
 * in `isTop`. When several caps fill at one level, the one nearest the root is named (at one
 * node, the watt cap before the current caps). `depth` is each node's distance from the root.
 * Caps that cannot fill are left out (`capsThatCannotFill`); `readsFullAbove` marks the claimants
 * whose `fullAbove` will be read, so that the caps filling just as they stop stay in.
 */
export function fillWithPhases(
  tree: PreparedTree,
  depth: Int32Array,
  caps: Caps,
  room: Room,
  claimants: PhaseClaimants,
  isTop: Uint8Array,
  readsFullAbove: Uint8Array | null,
): PhaseFilled {
  const { count, floor, request, segmentStart, perWatt } = claimants;
  const paths = pathsOf(tree, caps, claimants, isTop, capsThatCannotFill(tree, caps, room, claimants, isTop, readsFullAbove));
  const size = caps.count;
  const capNode = caps.node;
  const kind = caps.kind;
  const left = Float64Array.from(room);
  const slope = new Float64Array(size);
  const rising = new Int32Array(size);
  /** Where each cap's load last moved in this pass; -Infinity until it does. */
  const since = new Float64Array(size).fill(-Infinity);
  const closed = new Uint8Array(size);
  const version = new Int32Array(size);
  const state = new Uint8Array(count);
  const segment = Int32Array.from(segmentStart.subarray(0, count));
  const power = new Float64Array(count);
  const frozenBy = new Int32Array(count).fill(-1);
  const heap = new EventHeap();
  const dirty: number[] = [];

  /** What claimant i's segment g adds to cap c's load per W. */
  const rate = (g: number, c: number): number => (kind[c] === 0 ? 1 : perWatt[3 * g + kind[c]! - 1]!);
  const advance = (c: number, level: number): void => {
    if (rising[c]! > 0) left[c]! -= slope[c]! * (level - since[c]!);
    since[c] = level;
    if (version[c]! >= 0) {
      version[c] = -version[c]! - 1; // negative: waiting for a new forecast
      dirty.push(c);
    }
  };
  /** Claimant i starts rising (1), stops (-1), or moves from segment `was` to its current one (0). */
  const change = (i: number, level: number, sign: 1 | -1 | 0, was = -1): void => {
    for (let e = paths.start[i]!; e < paths.start[i + 1]!; e++) {
      const c = paths.cap[e]!;
      advance(c, level);
      rising[c]! += sign;
      const delta = sign === 0 ? rate(segment[i]!, c) - rate(was, c) : sign * rate(segment[i]!, c);
      slope[c] = rising[c] === 0 ? 0 : slope[c]! + delta;
    }
  };
  const freeze = (i: number, level: number, by: number): void => {
    if (state[i] === RISING) change(i, level, -1);
    state[i] = FROZEN;
    const got = Math.min(request[i]!, Math.max(floor[i]!, level));
    power[i] = got;
    frozenBy[i] = got === request[i] || by < 0 ? -1 : capCode(caps, by);
  };
  /** A full cap freezes the claimants that would still add to it. */
  const close = (c: number, level: number): void => {
    closed[c] = 1;
    closedCount++;
    for (let m = paths.memberStart[c]!; m < paths.memberStart[c + 1]!; m++) {
      const i = paths.members[m]!;
      if (state[i] !== FROZEN && rate(segment[i]!, c) > 0) freeze(i, level, c);
    }
  };
  /** The nearest-root full cap that claimant i would add to in its current segment; -1 if none. */
  let closedCount = 0;
  const blocked = (i: number): number => {
    let found = -1;
    if (closedCount === 0) return found;
    for (let e = paths.start[i]!; e < paths.start[i + 1]!; e++) if (closed[paths.cap[e]!] && rate(segment[i]!, paths.cap[e]!) > 0) found = paths.cap[e]!;
    return found;
  };
  const forecast = (): void => {
    for (const c of dirty) {
      version[c] = -version[c]!;
      if (closed[c] || rising[c] === 0 || slope[c]! <= 0) continue;
      heap.push(left[c]! <= 0 ? since[c]! : since[c]! + left[c]! / slope[c]!, c, version[c]!);
    }
    dirty.length = 0;
  };
  const nearestRootFirst = (a: number, b: number): number => depth[capNode[a]!]! - depth[capNode[b]!]! || kind[a]! - kind[b]! || a - b;

  // Claimants already at their request, and caps already full (minimums can fill a cap).
  for (let i = 0; i < count; i++) if (floor[i]! >= request[i]!) freeze(i, floor[i]!, -1);
  const full: number[] = [];
  for (let c = 0; c < size; c++) if (paths.memberStart[c + 1]! > paths.memberStart[c]! && left[c]! <= 0) full.push(c);
  for (const c of full.sort(nearestRootFirst)) close(c, -Infinity);
  dirty.length = 0;

  const starts = orderBy(floor, 0, count);
  const ends = orderBy(request, 0, count);
  // Breakpoints: every segment after a claimant's first, by the power where it begins.
  const ownerOf = ownerOfSegments(segmentStart, count);
  const oneSegmentEach = segmentStart[count] === count;
  const breaks = oneSegmentEach ? [] : orderBy(claimants.from, 0, segmentStart[count]!).filter((g) => g !== segmentStart[ownerOf[g]!]);
  let nextStart = 0;
  let nextEnd = 0;
  let nextBreak = 0;
  for (;;) {
    while (nextStart < count && state[starts[nextStart]!] !== WAITING) nextStart++;
    while (nextEnd < count && state[ends[nextEnd]!] === FROZEN) nextEnd++;
    while (nextBreak < breaks.length && state[ownerOf[breaks[nextBreak]!]!] === FROZEN) nextBreak++;
    while (heap.size > 0) {
      const [c, v] = heap.top();
      if (!closed[c] && version[c] === v) break;
      heap.pop();
    }
    const level = Math.min(
      nextStart < count ? floor[starts[nextStart]!]! : Infinity,
      nextEnd < count ? request[ends[nextEnd]!]! : Infinity,
      nextBreak < breaks.length ? claimants.from[breaks[nextBreak]!]! : Infinity,
      heap.size > 0 ? heap.topLevel() : Infinity,
    );
    if (level === Infinity) break;
    const filling: number[] = [];
    while (heap.size > 0 && sameLevel(heap.topLevel(), level)) {
      const [c, v] = heap.top();
      heap.pop();
      if (!closed[c] && version[c] === v) filling.push(c);
    }
    for (const c of filling.sort(nearestRootFirst)) if (!closed[c]) close(c, level);
    for (; nextEnd < count && request[ends[nextEnd]!]! <= level; nextEnd++) {
      const i = ends[nextEnd]!;
      if (state[i] === RISING) freeze(i, level, -1);
    }
    for (; nextBreak < breaks.length && claimants.from[breaks[nextBreak]!]! <= level; nextBreak++) {
      const g = breaks[nextBreak]!;
      const i = ownerOf[g]!;
      if (state[i] !== RISING) continue;
      const was = segment[i]!;
      segment[i] = g;
      change(i, level, 0, was);
      const by = blocked(i);
      if (by >= 0) freeze(i, level, by);
    }
    for (; nextStart < count && floor[starts[nextStart]!]! <= level; nextStart++) {
      const i = starts[nextStart]!;
      if (state[i] !== WAITING) continue;
      const by = blocked(i);
      if (by >= 0) {
        freeze(i, level, by);
        continue;
      }
      state[i] = RISING;
      change(i, level, 1);
    }
    forecast();
  }
  const fullAbove = (i: number): number => {
    let found = -1;
    for (let e = paths.start[i]!; e < paths.start[i + 1]!; e++) {
      const c = paths.cap[e]!;
      // Full, and its load last moved at the level where the claimant stopped (or it was full
      // from the start, with minimums alone, and the claimant never rose above its own).
      const stopped = sameLevel(since[c]!, power[i]!) || (since[c] === -Infinity && power[i] === floor[i]);
      // The path runs up, a node's watt cap before its phases: a later node is nearer the root,
      // and at one node the first full cap is the one to name.
      if (left[c]! <= 1e-9 && stopped && (found < 0 || capNode[c] !== capNode[found])) found = c;
    }
    return found < 0 ? -1 : capCode(caps, found);
  };
  return { power, frozenBy, fullAbove };
}

function ownerOfSegments(segmentStart: Int32Array, count: number): Int32Array {
  const owner = new Int32Array(segmentStart[count]!);
  for (let i = 0; i < count; i++) owner.fill(i, segmentStart[i]!, segmentStart[i + 1]!);
  return owner;
}
