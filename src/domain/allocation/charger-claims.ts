/**
 * A charge point as one claimant when caps are per phase. Its power P is split max-min fair among
 * its connectors: each gets min(ceiling, max(floor, ℓ)) at the inner level ℓ where they add up to
 * P. How P draws on the phases therefore changes as its connectors start and stop rising: between
 * those points each watt more is shared equally by the rising connectors, so it draws the mean of
 * their amperes per watt. Those pieces are the claimant's segments (see `PhaseClaimants`).
 *
 * A charge point's connectors are a run [from, to) of `Entries`; charge points have a handful of
 * connectors, so the work per run is quadratic in its length and allocates nothing.
 */

/** Per connector in one pass: floor, ceiling (W) and A per W on each phase (3 per connector). */
export interface Entries {
  readonly floor: Float64Array;
  readonly ceiling: Float64Array;
  readonly perWatt: Float64Array;
}

/** Segments of every claimant of a pass, appended run by run. */
export class SegmentBuffer {
  from = new Float64Array(16);
  perWatt = new Float64Array(48);
  count = 0;

  push(from: number, l1: number, l2: number, l3: number): void {
    if (this.count === this.from.length) {
      const from2 = new Float64Array(2 * this.count);
      from2.set(this.from);
      this.from = from2;
      const rates = new Float64Array(6 * this.count);
      rates.set(this.perWatt);
      this.perWatt = rates;
    }
    this.from[this.count] = from;
    this.perWatt[3 * this.count] = l1;
    this.perWatt[3 * this.count + 1] = l2;
    this.perWatt[3 * this.count + 2] = l3;
    this.count++;
  }
}

/** The inner levels where a connector of the run starts or stops rising, ascending and distinct, in `points`; returns how many. */
function turningPoints(entries: Entries, from: number, to: number, points: Float64Array): number {
  let count = 0;
  for (let j = from; j < to; j++) {
    if (entries.floor[j]! >= entries.ceiling[j]!) continue;
    points[count++] = entries.floor[j]!;
    points[count++] = entries.ceiling[j]!;
  }
  points.subarray(0, count).sort();
  let distinct = 0;
  for (let k = 0; k < count; k++) if (distinct === 0 || points[k] !== points[distinct - 1]) points[distinct++] = points[k]!;
  return distinct;
}

const rises = (entries: Entries, j: number, level: number): boolean => entries.floor[j]! <= level && level < entries.ceiling[j]!;

/** Appends the run's segments (at least one) to `out`; `points` is scratch of at least 2 × (to − from). */
export function appendSegments(entries: Entries, from: number, to: number, out: SegmentBuffer, points: Float64Array): void {
  let power = 0;
  for (let j = from; j < to; j++) power += entries.floor[j]!;
  const floor = power;
  const count = turningPoints(entries, from, to, points);
  let previous = -Infinity;
  let risingBefore = 0;
  let first = true;
  for (let k = 0; k < count; k++) {
    const level = points[k]!;
    if (risingBefore > 0) power += risingBefore * (level - previous);
    let rising = 0;
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    for (let j = from; j < to; j++) {
      if (!rises(entries, j, level)) continue;
      rising++;
      l1 += entries.perWatt[3 * j]!;
      l2 += entries.perWatt[3 * j + 1]!;
      l3 += entries.perWatt[3 * j + 2]!;
    }
    if (rising > 0) {
      out.push(first ? floor : power, l1 / rising, l2 / rising, l3 / rising);
      first = false;
    }
    previous = level;
    risingBefore = rising;
  }
  if (first) {
    // None can rise: it stops where it starts, but draws (were it to rise) as all its connectors
    // together, so that the caps of those phases are on its path and can be named as its limit.
    let l1 = 0;
    let l2 = 0;
    let l3 = 0;
    for (let j = from; j < to; j++) {
      l1 += entries.perWatt[3 * j]!;
      l2 += entries.perWatt[3 * j + 1]!;
      l3 += entries.perWatt[3 * j + 2]!;
    }
    out.push(floor, l1 / (to - from), l2 / (to - from), l3 / (to - from));
  }
}

/** What a connector gets at inner level `level`. */
const at = (entries: Entries, j: number, level: number): number =>
  Math.min(Math.max(entries.floor[j]!, entries.ceiling[j]!), Math.max(entries.floor[j]!, level));

function sumAt(entries: Entries, from: number, to: number, level: number): number {
  let sum = 0;
  for (let j = from; j < to; j++) sum += at(entries, j, level);
  return sum;
}

/** Each connector's power, into `into[from, to)`, when the charge point gets `share`. */
export function splitShare(entries: Entries, from: number, to: number, share: number, into: Float64Array, points: Float64Array): void {
  const count = turningPoints(entries, from, to, points);
  let level = Infinity;
  if (count > 0 && share < sumAt(entries, from, to, points[count - 1]!)) {
    level = points[0]!;
    let power = sumAt(entries, from, to, level);
    for (let k = 1; k < count; k++) {
      const next = sumAt(entries, from, to, points[k]!);
      if (next >= share) {
        let rising = 0;
        for (let j = from; j < to; j++) if (rises(entries, j, level)) rising++;
        if (rising > 0 && share > power) level += (share - power) / rising;
        break;
      }
      level = points[k]!;
      power = next;
    }
  }
  for (let j = from; j < to; j++) into[j] = at(entries, j, level);
}
