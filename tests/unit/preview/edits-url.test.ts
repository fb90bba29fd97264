/** The URL form of session edits: readable, canonical, surviving URLSearchParams, lenient to read. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEdits, encodeEdits, type SessionEdit } from '../../../src/domain/preview';

const edits = (entries: Record<string, SessionEdit>) => new Map(Object.entries(entries));
const throughUrl = (text: string) => new URLSearchParams(new URLSearchParams({ edits: text }).toString()).get('edits');

describe('encodeEdits', () => {
  it('no edits: an empty string', () => {
    expect(encodeEdits(new Map())).toBe('');
  });

  it('entries sorted by id, each spec then id; typical ids need no escaping in a URL', () => {
    const text = encodeEdits(edits({
      'cp-007-1': { plugged: false },
      'conn_12.3': { requestedW: 7_360, minW: 1_380, priority: -2 },
      'cp-010-2': { plugged: true, priority: 3, phases: 1 },
    }));
    expect(text).toBe('r7360m1380pn2_conn_12.3*x_cp-007-1*op3h1_cp-010-2');
    expect(new URLSearchParams({ edits: text }).toString()).toBe(`edits=${text}`);
  });

  it('escapes % and * in ids', () => {
    expect(encodeEdits(edits({ 'a*b%2A': { plugged: true } }))).toBe('o_a%2Ab%252A');
  });

  it('the same edits in any order give the same string', () => {
    const a = edits({ x: { plugged: true }, y: { priority: 0 }, z: { minW: 0 } });
    const b = new Map([...a].reverse());
    expect(encodeEdits(b)).toBe(encodeEdits(a));
    expect(encodeEdits(a)).toBe('o_x*p0_y*m0_z');
  });
});

describe('decodeEdits', () => {
  it('reads what encodeEdits writes', () => {
    expect(decodeEdits('r7360m1380pn2_conn_12.3*x_cp-007-1')).toEqual({
      edits: edits({ 'conn_12.3': { requestedW: 7_360, minW: 1_380, priority: -2 }, 'cp-007-1': { plugged: false } }),
      skipped: 0,
    });
  });

  it('nothing to read: no edits', () => {
    expect(decodeEdits(null)).toEqual({ edits: new Map(), skipped: 0 });
    expect(decodeEdits(undefined)).toEqual({ edits: new Map(), skipped: 0 });
    expect(decodeEdits('')).toEqual({ edits: new Map(), skipped: 0 });
  });

  it.each([
    ['no separator', 'x'],
    ['an empty spec', '_cp-1'],
    ['an unknown letter', 'q_cp-1'],
    ['a field with no number', 'r_cp-1'],
    ['a minus sign on watts', 'rn5_cp-1'],
    ['a field twice', 'r1r2_cp-1'],
    ['unplugged and plugged in', 'xo_cp-1'],
    ['a lone %', 'x_cp%1'],
    ['an unknown escape', 'x_cp%41'],
    ['a number past safe integers', 'r9007199254740993_cp-1'],
    ['an empty entry', ''],
    ['upper case', 'X_cp-1'],
  ])('skips an entry with %s', (_, entry) => {
    expect(decodeEdits(`x_good*${entry}*p1_fine`)).toEqual({ edits: edits({ good: { plugged: false }, fine: { priority: 1 } }), skipped: 1 });
  });

  it('a connector named twice keeps its first entry', () => {
    expect(decodeEdits('x_a*o_a')).toEqual({ edits: edits({ a: { plugged: false } }), skipped: 1 });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const { edits: read, skipped } = decodeEdits(text);
        expect(read.size + skipped).toBe(text === '' ? 0 : text.split('*').length);
      }),
    );
  });
});

describe('round trip through a URL', () => {
  // Ids of any characters, weighted towards the ones that mean something in the form or in a URL.
  const awkward = fc.constantFrom('*', '_', '%', '%2A', '%25', '&', '=', '+', ' ', '?', '#', 'x', 'r1', 'pn', '-', '.');
  const id = fc.array(fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join(''));
  const watts = fc.integer({ min: 0, max: 10_000_000 });
  const edit = fc
    .record(
        { plugged: fc.boolean(), requestedW: watts, minW: watts, priority: fc.integer({ min: -100, max: 100 }), phases: fc.constantFrom(1 as const, 3 as const) },
        { requiredKeys: [] },
      )
    .filter((e) => Object.keys(e).length > 0);
  const editMap = fc.uniqueArray(fc.tuple(id, edit), { selector: ([key]) => key, maxLength: 8 }).map((entries) => new Map<string, SessionEdit>(entries));

  it('any edits come back the same', () => {
    fc.assert(
      fc.property(editMap, (original) => {
        expect(decodeEdits(throughUrl(encodeEdits(original)))).toEqual({ edits: original, skipped: 0 });
      }),
      { numRuns: 500 },
    );
  });

  it('50 edited connectors of welshpool fit a URL of under 2 000 characters', () => {
    const many = new Map<string, SessionEdit>();
    for (let n = 1; n <= 50; n++) {
      many.set(`cp-${String(n).padStart(3, '0')}-1`, { requestedW: 150_000 + n, minW: 40_000 + n, priority: -10 + (n % 20) });
    }
    const search = `?${new URLSearchParams({ depot: 'welshpool', view: 'preview', sessions: 'rated', strategy: 'connector', edits: encodeEdits(many) })}`;
    expect(search.startsWith('?depot=welshpool&view=preview&sessions=rated&strategy=connector&edits=r150001m40001pn9_cp-001-1*')).toBe(true);
    expect(search.length).toBeLessThan(2_000);
    expect(decodeEdits(new URLSearchParams(search).get('edits')).edits).toEqual(many);
  });
});
