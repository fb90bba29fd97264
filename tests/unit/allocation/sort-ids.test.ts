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

  it('keeps equal ids in input order', () => {
    const ids = Array.from({ length: 100 }, (_, i) => (i % 2 ? 'same' : `x${i % 7}`));
    const order = Array.from(sortedOrder(ids));
    const same = order.filter((i) => ids[i] === 'same');
    expect(same).toEqual([...same].sort((a, b) => a - b));
  });
});
