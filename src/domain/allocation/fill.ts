/**
 * One water-filling pass over a set of claimants (sessions, or whole charge points), each hung
 * from a node, with a reserved floor and a ceiling. Exact on a tree without simulating events:
 *
 * 1. Bottom-up, each node on a claimant's path gets its saturation level σ (see `level.ts`)
 *    against the capacity left for this pass; a claimant's ceiling is then clamped to σ, since
 *    above that level its branch takes no more.
 * 2. Top-down, each node's level is the least σ from its pass top down to it.
 * 3. Each claimant gets its ramp at its node's level; what froze it is the node nearest the top
 *    whose σ is that level (several may saturate at once: the contract names the nearest-root one).
 *
 * Claimants are ordered by their node's pre-order position, so those beneath any node form one
 * contiguous range, and every sum runs in the same order whatever order the input came in.
 * Cost: each node's work is linear in the claimants beneath it (plus a sort where it saturates),
 * so a pass is O(Σ depth · log n).
 */
import { saturationLevel } from './level';
import type { PreparedTree } from './tree';

export interface Claimants {
  readonly count: number;
  /** Sorted by `tree.pre[node]`. */
  readonly node: Int32Array;
  readonly floor: Float64Array;
  readonly request: Float64Array;
}

/** Where a claimant stopped: -1 when it got its request, else the node that froze it. */
export const AT_REQUEST = -1;

/** Levels that differ by less than this are one saturation event seen through rounding. */
const sameLevel = (sigma: number, level: number): boolean =>
  Number.isFinite(level) ? Math.abs(sigma - level) <= 1e-9 * Math.max(1, Math.abs(level)) : sigma === level;

export class LevelPass {
  readonly sigma: Float64Array;
  readonly level: Float64Array;
  /** Nodes on some claimant's path, in pre-order. */
  touched: Int32Array = new Int32Array(0);
  private claimants: Claimants = { count: 0, node: new Int32Array(0), floor: new Float64Array(0), request: new Float64Array(0) };
  private ceiling = new Float64Array(0);
  private scratchLow = new Float64Array(0);
  private scratchHigh = new Float64Array(0);
  /** Claimants beneath each touched node: [from, to) in claimant order. */
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  /** Capacity left for this pass at each touched node, and the most its claimants could take. */
  private readonly capacity: Float64Array;
  private readonly wanted: Float64Array;
  private readonly stamp: Int32Array;
  /** Scratch: nodes met while collecting paths. */
  private readonly found: Int32Array;
  private pass = 0;

  constructor(
    private readonly tree: PreparedTree,
    /** Committed power beneath each node: admitted minimums, plus what earlier passes gave. */
    private readonly used: Float64Array,
    /** Nodes where paths stop (the root, or charge points when splitting their shares). */
    readonly isTop: Uint8Array,
  ) {
    const n = tree.size;
    this.sigma = new Float64Array(n);
    this.level = new Float64Array(n);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.capacity = new Float64Array(n);
    this.wanted = new Float64Array(n);
    this.stamp = new Int32Array(n);
    this.found = new Int32Array(n);
  }

  /** Steps 1 and 2 for a new set of claimants. */
  run(claimants: Claimants): void {
    this.claimants = claimants;
    this.ceiling = claimants.request.slice();
    if (this.scratchLow.length < claimants.count) {
      this.scratchLow = new Float64Array(claimants.count);
      this.scratchHigh = new Float64Array(claimants.count);
    }
    this.collectTouched();
    this.findRanges();
    this.settleTouched();
    this.descend();
  }

  /** Step 1: every touched node bottom-up, against its own cap. */
  private settleTouched(): void {
    const { touched } = this;
    const { cap } = this.tree;
    for (let k = touched.length - 1; k >= 0; k--) {
      const v = touched[k]!;
      this.settleNode(v, cap[v]!, true);
    }
  }

  /** Most the claimants beneath `v` could take in this pass (after `run`). */
  demandOf(v: number): number {
    return Math.min(this.capacity[v]!, this.wanted[v]!);
  }

  /**
   * Re-solve top node `v` against a smaller capacity after `run`; call `descend` once after the
   * last one. Ceilings already clamped to its old σ do not matter: the new σ is lower.
   */
  resettle(v: number, capacity: number): void {
    this.settleNode(v, capacity, false);
  }

  descend(): void {
    const { parent } = this.tree;
    const { touched, sigma, level, isTop } = this;
    for (let k = 0; k < touched.length; k++) {
      const v = touched[k]!;
      level[v] = isTop[v] ? sigma[v]! : Math.min(level[parent[v]!]!, sigma[v]!);
    }
  }

  /** Step 3 for every claimant: its power, and AT_REQUEST or the node that froze it. */
  settleAll(power: Float64Array, frozenBy: Int32Array): void {
    const { node, floor, request, count } = this.claimants;
    const { level } = this;
    for (let i = 0; i < count; i++) {
      const v = node[i]!;
      const at = level[v]!;
      const got = Math.min(request[i]!, Math.max(floor[i]!, at));
      power[i] = got;
      frozenBy[i] = got === request[i] ? AT_REQUEST : this.saturatedAt(v, at);
    }
  }

  /** The node nearest the top, from `from` upwards, that saturated at `level`; -1 if none did. */
  saturatedAt(from: number, level: number): number {
    let found = -1;
    for (let u = from; u >= 0; u = this.tree.parent[u]!) {
      if (sameLevel(this.sigma[u]!, level)) found = u;
      if (this.isTop[u]) break;
    }
    return found;
  }

  /**
   * σ of `v`: with `fromCap`, `limit` is the node's cap and the capacity left for this pass is
   * worked out here; otherwise `limit` is that capacity itself.
   */
  private settleNode(v: number, limit: number, fromCap: boolean): void {
    if (limit === Infinity && !this.isTop[v]) {
      this.sigma[v] = Infinity;
      return;
    }
    const from = this.from[v]!;
    const to = this.to[v]!;
    const { floor, request } = this.claimants;
    const { ceiling, scratchLow, scratchHigh } = this;
    let top = 0;
    let base = 0;
    let rising = 0;
    for (let i = from; i < to; i++) {
      const low = floor[i]!;
      const high = Math.max(low, Math.min(ceiling[i]!, request[i]!));
      top += high;
      base += low;
      if (low < high) {
        scratchLow[rising] = low;
        scratchHigh[rising++] = high;
      }
    }
    // The cap less what others hold beneath v (the used total counts this pass's floors too).
    const capacity = fromCap && limit !== Infinity ? limit - (this.used[v]! - base) : limit;
    if (fromCap) {
      this.capacity[v] = capacity;
      this.wanted[v] = top;
    }
    let sigma: number;
    if (top < capacity) sigma = Infinity;
    else if (to - from === 1) sigma = base >= capacity ? -Infinity : capacity;
    else sigma = saturationLevel(scratchLow, scratchHigh, rising, base, capacity);
    this.sigma[v] = sigma;
    if (sigma === Infinity) return;
    for (let i = from; i < to; i++) if (ceiling[i]! > sigma) ceiling[i] = sigma;
  }

  /** Claimants are in pre-order, so those beneath a node are one run: find each node's run. */
  private findRanges(): void {
    this.findStarts();
    this.extendEnds();
  }

  /** Where each touched node's run starts, and where its own claimants (not its descendants') end. */
  private findStarts(): void {
    const { touched, from, to } = this;
    const { pre } = this.tree;
    const { node, count } = this.claimants;
    let i = 0;
    for (let k = 0; k < touched.length; k++) {
      const v = touched[k]!;
      while (i < count && pre[node[i]!]! < pre[v]!) i++;
      from[v] = i;
      while (i < count && node[i] === v) i++;
      to[v] = i;
      // Reset i to the start of v's run: its descendants' runs begin inside it.
      i = from[v]!;
    }
  }

  /** Each run's end reaches over its descendants' runs, bottom-up. */
  private extendEnds(): void {
    const { touched, to, isTop } = this;
    const { parent } = this.tree;
    for (let k = touched.length - 1; k >= 0; k--) {
      const v = touched[k]!;
      if (!isTop[v]) {
        const p = parent[v]!;
        if (to[v]! > to[p]!) to[p] = to[v]!;
      }
    }
  }

  private collectTouched(): void {
    const mark = ++this.pass;
    const count = this.stampPaths(mark);
    const { size } = this.tree;
    // Most of the tree: one sweep of the pre-order beats sorting.
    this.touched = count * 16 > size ? this.sweepStamped(mark, count) : this.sortFound(count);
  }

  /** Stamps every node on a claimant's path (up to its top) with `mark`; returns how many. */
  private stampPaths(mark: number): number {
    const { parent } = this.tree;
    const { stamp, isTop, found } = this;
    const { node, count: claimants } = this.claimants;
    let count = 0;
    for (let i = 0; i < claimants; i++) {
      for (let v = node[i]!; v >= 0 && stamp[v] !== mark; v = parent[v]!) {
        stamp[v] = mark;
        found[count++] = v;
        if (isTop[v]) break;
      }
    }
    return count;
  }

  private sweepStamped(mark: number, count: number): Int32Array {
    const { order, size } = this.tree;
    const { stamp } = this;
    const touched = new Int32Array(count);
    let k = 0;
    for (let p = 0; p < size; p++) if (stamp[order[p]!] === mark) touched[k++] = order[p]!;
    return touched;
  }

  private sortFound(count: number): Int32Array {
    const { pre, order } = this.tree;
    const touched = new Int32Array(count);
    for (let k = 0; k < count; k++) touched[k] = pre[this.found[k]!]!;
    touched.sort();
    for (let k = 0; k < count; k++) touched[k] = order[touched[k]!]!;
    return touched;
  }
}
