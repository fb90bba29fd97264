import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../mocks/scenarios';
import { checkSiteText, createDeriveMemo, resolvePointers } from '../../../src/domain/site-data';
import { endOfValue } from '../../../src/domain/site-data/json-skip';
import { sameJson } from '../../../src/domain/site-data/same-json';
import { editOfOneValue } from '../../../src/domain/site-data/value-edit';

const STAMP = '2026-01-01T00:00:00Z';

const textOf = (id: string, indent?: number) => {
  const scenario = findScenario(id);
  if (scenario.kind !== 'site') throw new Error(`${id} is not site data`);
  return JSON.stringify(scenario.site, null, indent);
};

/** Every value's pointer in `data`, and one for a member missing beneath each object. */
function pointersOf(data: unknown, at = ''): string[] {
  const out = [at];
  if (typeof data !== 'object' || data === null) return out;
  if (!Array.isArray(data)) out.push(`${at}/missing`);
  for (const [key, value] of Object.entries(data)) out.push(...pointersOf(value, `${at}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return out;
}

/** `text` with `length` code units at `at` replaced by `insert`. */
const spliced = (text: string, at: number, length: number, insert: string) => text.slice(0, at) + insert + text.slice(at + length);

const TEXTS = [textOf('warnings-all', 2), textOf('error-many'), textOf('small-depot', 2)];
const pieces = fc.array(fc.constantFrom('a', 'Z', '7', '0', '-', '.', 'e', '"', '\\', 'u', 'n', ',', ':', '{', '}', '[', ']', ' ', '\n', 'é', 'true', 'null', '\\"', '\\u0041'), {
  maxLength: 4,
}).map((p) => p.join(''));

/** The edit holds up against parsing the edited text: the same data, every place where the scanner finds it. */
function holds(before: string, after: string) {
  const edit = editOfOneValue(before, JSON.parse(before), after);
  if (edit === null) return false;
  const parsed: unknown = JSON.parse(after);
  expect(JSON.stringify(edit.data)).toBe(JSON.stringify(parsed));
  expect(edit.same).toBe(sameJson(JSON.parse(before), parsed));
  const pointers = pointersOf(JSON.parse(before));
  const was = resolvePointers(before, pointers);
  const now = resolvePointers(after, pointers);
  for (const pointer of pointers) expect(edit.move(was.get(pointer)!)).toEqual(now.get(pointer));
  return true;
}

describe('an edit inside one value', () => {
  it('gives the data and the places that parsing the edited text gives, or declines (random edits anywhere)', () => {
    let taken = 0;
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.nat(), fc.nat({ max: 3 }), pieces, (before, at, length, insert) => {
        const after = spliced(before, at % before.length, length, insert);
        if (holds(before, after)) taken++;
      }),
      { numRuns: 1500 },
    );
    // Random edits land inside a value often enough to exercise the reading.
    expect(taken).toBeGreaterThan(100);
  });

  it('is read as one for any new scalar written over a value', () => {
    const scalar = fc.oneof(fc.string(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.nat(), scalar, (before, pick, value) => {
        const data: unknown = JSON.parse(before);
        const leaves = pointersOf(data).filter((p) => !p.endsWith('/missing'));
        const ranges = resolvePointers(before, leaves);
        const scalars = leaves.filter((p) => !'{['.includes(before[ranges.get(p)!.from]!));
        const range = ranges.get(scalars[pick % scalars.length]!)!;
        const after = spliced(before, range.from, range.to - range.from, JSON.stringify(value));
        expect(holds(before, after)).toBe(before.slice(range.from, range.to) !== JSON.stringify(value));
      }),
      { numRuns: 300 },
    );
  });

  it('declines a member name, a value that becomes a list, a split number, and a member whose name comes again later', () => {
    const text = '{"a": "x", "b": [1, 2], "a": "y", "c": {"d": null}}';
    expect(editOfOneValue(text, JSON.parse(text), text.replace('"x"', '"z"'))).toBeNull();
    expect(holds(text, text.replace('"y"', '"z"'))).toBe(true);
    expect(editOfOneValue(text, JSON.parse(text), text.replace('"b"', '"e"'))).toBeNull();
    expect(editOfOneValue(text, JSON.parse(text), text.replace('null', '[]'))).toBeNull();
    // Space between tokens is the same data; inside a number it would split it.
    expect(holds(text, text.replace('2]', '2 \n]'))).toBe(true);
    expect(editOfOneValue(text, JSON.parse(text), text.replace('2]', '2 \n]'))?.same).toBe(true);
    expect(editOfOneValue(text, JSON.parse(text), text.replace('"y"', '"y "'))?.same).toBe(false);
    expect(editOfOneValue(text, JSON.parse(text), text.replace('"a"', '"a "'))).toBeNull();
    const number = '{"n": 12}';
    expect(editOfOneValue(number, JSON.parse(number), '{"n": 1 2}')).toBeNull();
    expect(holds(number, '{"n": 12 }')).toBe(true);
    expect(holds(number, `${number}\n`)).toBe(true);
    expect(editOfOneValue(text, JSON.parse(text), text)).toBeNull();
    expect(holds(text, text.replace('null', '"\\u0041"'))).toBe(true);
    // The same name written with an escape is the same member.
    const escaped = '{"a": "x", "b": {"c": 1}, "\\u0061": "y"}';
    expect(editOfOneValue(escaped, JSON.parse(escaped), escaped.replace('"x"', '"z"'))).toBeNull();
    expect(holds(escaped, escaped.replace('1', '2'))).toBe(true);
  });

  it('checks an edited site file as a fresh check does', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEXTS), fc.nat(), fc.nat({ max: 3 }), pieces, (before, at, length, insert) => {
        const after = spliced(before, at % before.length, length, insert);
        const memo = createDeriveMemo();
        const previous = checkSiteText(before, { generatedAt: STAMP, memo });
        expect(checkSiteText(after, { generatedAt: STAMP, previous, memo })).toEqual(checkSiteText(after, { generatedAt: STAMP }));
      }),
      { numRuns: 400 },
    );
  });
});

describe('skipping a value', () => {
  it('ends where the value written out ends, long strings and many members included', () => {
    const value = fc.oneof(fc.jsonValue(), fc.array(fc.string({ unit: fc.constantFrom('a', '"', '\\', '\n') }), { minLength: 300, maxLength: 400 }));
    fc.assert(
      fc.property(value, fc.constantFrom(undefined, 2), (v, indent) => {
        const written = JSON.stringify(v, null, indent);
        expect(endOfValue(`[${written}, 1]`, 1)).toBe(1 + written.length);
      }),
      { numRuns: 500 },
    );
    const escaped = JSON.stringify({ a: '\\"'.repeat(500), b: ['x'.repeat(100_000)] });
    expect(endOfValue(`${escaped}  `, 0)).toBe(escaped.length);
  });
});
