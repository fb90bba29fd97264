/** The radix sort of ids against the platform's own code-unit string order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortedOrder } from '../../../src/domain/allocation/sort-ids';

const codeUnitSorted = (ids: string[]) => [...ids].sort(); // default sort compares UTF-16 code units

describe('sortedOrder', () => {
  it('orders ids by UTF-16 code units, not naturally: "n10" before "n2", "Z" before "a"', () => {
    const ids = ['n2', 'n10', 'a', 'Z', 'n1', 'é', 'n', ''];
    expect(Array.from(sortedOrder(ids), (i) => ids[i])).toEqual(['', 'Z', 'a', 'n', 'n1', 'n10', 'n2', 'é']);
  });

  it('matches the code-unit order on random ids: shared prefixes, duplicates, wide and astral characters', () => {
    const id = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
      fc.nat(3_000).map((n) => `cp-${n}-${n % 3}`),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 300 }), (ids) => {
        const order = sortedOrder(ids);
        expect(new Set(order).size).toBe(ids.length);
        expect(Array.from(order, (i) => ids[i])).toEqual(codeUnitSorted(ids));
      }),
      { numRuns: 300 },
    );
  });

  it('matches the code-unit order on groups large enough to be split two units at a time', () => {
    // Thousands of ids sharing prefixes, ending one unit past a shared prefix, repeated, and (in
    // the later sets) with units above 255 late, first, or second in the large group.
    const random = (seed: number) => () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
    const next = random(7);
    const depot = Array.from({ length: 9_000 }, (_, i) => {
      const n = Math.floor(next() * 4_000);
      const lead = 'abcAZ_z~'[n % 8]!;
      return [`cp-${n}`, `cp-${n}-${i % 3}`, `cp-${n}-`, 'cp-', `c${n % 10}`, `circuit-${n % 500}`, lead, `${lead}${n}`][i % 8]!;
    });
    const wideAfter = depot.map((id, i) => (i % 97 === 0 ? `${id}é${String.fromCharCode(0x4e00 + (i % 50))}` : id));
    const wideBefore = depot.map((id, i) => (i % 89 === 0 ? `${String.fromCharCode(0x4e00 + (i % 50))}${id}` : id));
    const wideSecond = depot.map((id, i) => (i % 83 === 0 ? `c${String.fromCharCode(0x4e00 + (i % 50))}${id}` : id));
    for (const ids of [depot, wideAfter, wideBefore, wideSecond]) {
      expect(Array.from(sortedOrder(ids), (i) => ids[i])).toEqual(codeUnitSorted(ids));
      const order = Array.from(sortedOrder(ids));
      // Stable: repeated ids keep their input order.
      for (let k = 1; k < order.length; k++) if (ids[order[k]!] === ids[order[k - 1]!]) expect(order[k]!).toBeGreaterThan(order[k - 1]!);
    }
  });

  it('keeps equal ids in input order', () => {
    const ids = Array.from({ length: 100 }, (_, i) => (i % 2 ? 'same' : `x${i % 7}`));
    const order = Array.from(sortedOrder(ids));
    const same = order.filter((i) => ids[i] === 'same');
    expect(same).toEqual([...same].sort((a, b) => a - b));
  });
});
