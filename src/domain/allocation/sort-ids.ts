/**
 * Sorting ids in UTF-16 code-unit order (what any backend's default string sort gives), fast:
 * an MSD radix sort over code units, so shared prefixes ("cp-104-") are read once per level
 * rather than once per comparison. Several times faster than `Array.prototype.sort` on the large
 * depots the allocator previews, and that sort would otherwise be most of its cost.
 */

/** Groups this small are finished by insertion sort with the native string comparison. */
const SMALL = 24;
/**
 * Groups this large are split on two code units at once: half the passes over them, and each pass
 * reads every id's string anyway (those scattered reads, more than the counting, are the cost).
 * Smaller groups take one unit at a time, since a two-unit pass walks up to 257² buckets.
 */
const WIDE = 4096;
/** A unit u is counted as u + 1 (0 = the id has ended); a pair as (first + 1) · 257 + second + 1. */
const RADIX = 257;

/** The permutation that puts `ids` in code-unit order (equal ids keep their input order). */
export function sortedOrder(ids: readonly string[]): Int32Array {
  const n = ids.length;
  const index = new Int32Array(n);
  for (let i = 0; i < n; i++) index[i] = i;
  const scratch = new Int32Array(n);
  const code = new Int32Array(n);
  // Bucket sizes, counted while the units are read; then starts, then ends. Reset after each group.
  const count = new Int32Array(RADIX * RADIX + 1);
  // Pending groups as (from, to, depth) triples: every id in [from, to) shares its first `depth` units.
  const pending: number[] = [0, n, 0];
  while (pending.length > 0) {
    const depth = pending.pop()!;
    const to = pending.pop()!;
    const from = pending.pop()!;
    if (to - from <= SMALL) {
      insertionSort(ids, index, from, to);
      continue;
    }
    const wide = to - from >= WIDE;
    let low = RADIX * RADIX;
    let high = 0;
    let unusual = false;
    for (let i = from; i < to; i++) {
      const id = ids[index[i]!]!;
      const first = depth < id.length ? id.charCodeAt(depth) + 1 : 0;
      const second = wide && first > 0 && depth + 1 < id.length ? id.charCodeAt(depth + 1) + 1 : 0;
      if (first >= RADIX || second >= RADIX) {
        unusual = true;
        break;
      }
      const c = wide ? first * RADIX + second : first;
      if (c < low) low = c;
      if (c > high) high = c;
      code[i] = c;
      count[c]!++;
    }
    if (unusual) {
      // Code units above 255 are rare in ids: such a group is finished by a comparison sort.
      if (low <= high) count.fill(0, low, high + 1);
      comparisonSort(ids, index, from, to);
      continue;
    }
    // Ids that end within this step (last unit counted as 0) are all equal: done.
    const step = wide ? 2 : 1;
    const last = wide ? RADIX : RADIX * RADIX;
    if (low === high) {
      // One shared prefix: nothing moves, go deeper — unless all ids ended.
      count[low] = 0;
      if (low % last !== 0) pending.push(from, to, depth + step);
      continue;
    }
    // Counting sort over [low, high] only: first each bucket's start, then each id to its place
    // (moving the start on, so that it ends as the bucket's end).
    let sum = from;
    for (let c = low; c <= high; c++) {
      const size = count[c]!;
      count[c] = sum;
      sum += size;
    }
    for (let i = from; i < to; i++) scratch[count[code[i]!]!++] = index[i]!;
    for (let i = from; i < to; i++) index[i] = scratch[i]!;
    let begin = from;
    for (let c = low; c <= high; c++) {
      const end = count[c]!;
      if (c % last !== 0 && end - begin > 1) pending.push(begin, end, depth + step);
      begin = end;
      count[c] = 0;
    }
  }
  return index;
}

function insertionSort(ids: readonly string[], index: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const v = index[i]!;
    const id = ids[v]!;
    let j = i - 1;
    while (j >= from && ids[index[j]!]! > id) {
      index[j + 1] = index[j]!;
      j--;
    }
    index[j + 1] = v;
  }
}

/** Stable comparison sort of one group (index order breaks ties, as everywhere else). */
function comparisonSort(ids: readonly string[], index: Int32Array, from: number, to: number): void {
  const part = Array.from(index.subarray(from, to)).sort((a, b) => {
    const x = ids[a]!;
    const y = ids[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  index.set(part, from);
}
