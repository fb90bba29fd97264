/**
 * Finding a node by its id, for parent links and sessions: an open-addressing hash table over
 * the ids' positions, in one typed array. A `Map` keyed by the strings did the same job, but on
 * large depots it was the allocator's single largest cost: one insert per node into a table that
 * keeps growing and rehashing, each entry a few scattered heap words, and the garbage it leaves.
 * Here the table is sized once, and a lookup probes a compact array and compares the string only
 * when the hashes agree.
 */

/** FNV-1a over UTF-16 code units, with a final mix so that the low bits (the slot) vary well. */
export function hashOf(id: string): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < id.length; j++) h = Math.imul(h ^ id.charCodeAt(j), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  return h ^ (h >>> 16);
}

export class IdTable {
  /**
   * Pairs (hash, position + 1) side by side, so that a probe reads one place in memory; a
   * position of 0 marks an empty slot.
   */
  private readonly slots: Int32Array;
  private readonly mask: number;
  /** Positions of ids already present earlier in the list, in list order. */
  readonly repeated: number[] = [];

  /** When an id occurs more than once, its last occurrence is the one found. */
  constructor(private readonly ids: readonly string[]) {
    const n = ids.length;
    // At most two-thirds full, so that probe runs stay short, and the table small.
    let size = 16;
    while (size < n + (n >> 1)) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let k = 0; k < n; k++) {
      const h = hashOf(ids[k]!);
      const slot = this.slotOf(ids[k]!, h);
      if (this.slots[slot + 1] !== 0) this.repeated.push(k);
      this.slots[slot] = h;
      this.slots[slot + 1] = k + 1;
    }
  }

  /** The position of `id` in the list, or -1 when it is not there. */
  find(id: string): number {
    return this.slots[this.slotOf(id, hashOf(id)) + 1]! - 1;
  }

  /** Where the slot holding `id` starts, else the empty slot where it would go. */
  private slotOf(id: string, h: number): number {
    const { slots, ids, mask } = this;
    let slot = h & mask;
    for (;;) {
      const k = slots[2 * slot + 1]! - 1;
      if (k < 0 || (slots[2 * slot] === h && ids[k] === id)) return 2 * slot;
      slot = (slot + 1) & mask;
    }
  }
}
