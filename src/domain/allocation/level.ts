/**
 * The water level at which a node saturates. Beneath a node, each claimant's power as a function
 * of the common level L is a ramp: its floor (reserved minimum) until L reaches the floor, then L,
 * until its ceiling (request, or a deeper node's saturation). The node's load F(L) is the sum of
 * these ramps: continuous, non-decreasing, piecewise linear. The saturation level is the least L
 * with F(L) >= K, found exactly by walking the sorted ramp ends and solving one linear segment.
 */

/**
 * `floors` and `ceilings` (same length `count`) are the ramps that still rise (floor < ceiling);
 * `base` is the sum of every claimant's floor, flat ones included. Both arrays are sorted in place.
 * Returns -Infinity when the floors alone fill K, and the last ramp end when F only touches K there.
 */
export function saturationLevel(
  floors: Float64Array,
  ceilings: Float64Array,
  count: number,
  base: number,
  capacity: number,
): number {
  if (base >= capacity) return -Infinity;
  const lows = sortPrefix(floors, count);
  const highs = sortPrefix(ceilings, count);
  let load = base;
  let slope = 0;
  let x = -Infinity;
  let i = 0;
  let j = 0;
  while (j < count) {
    const b = i < count && lows[i]! <= highs[j]! ? lows[i]! : highs[j]!;
    if (slope > 0) {
      const next = load + slope * (b - x);
      if (next >= capacity) return x + (capacity - load) / slope;
      load = next;
    }
    x = b;
    while (i < count && lows[i] === b) {
      slope++;
      i++;
    }
    while (j < count && highs[j] === b) {
      slope--;
      j++;
    }
  }
  // The ramps' total only reaches K (up to rounding) where the last of them ends.
  return x;
}

/** Sorts `values[0, count)` in place. Most nodes have a handful of ramps: no subarray for those. */
function sortPrefix(values: Float64Array, count: number): Float64Array {
  if (count > 16) return values.subarray(0, count).sort();
  for (let i = 1; i < count; i++) {
    const v = values[i]!;
    let j = i - 1;
    while (j >= 0 && values[j]! > v) {
      values[j + 1] = values[j]!;
      j--;
    }
    values[j + 1] = v;
  }
  return values;
}
