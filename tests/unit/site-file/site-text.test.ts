import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdit, createEditLog, stringSource, type EditedText } from '../../../src/features/site-file/site-text';

/** An edit as the editor makes one: a place, a length typed over, what is typed. */
const editArb = fc.record({ at: fc.nat(), length: fc.nat({ max: 4 }), insert: fc.string({ maxLength: 4 }) });

describe('the versions of the editor’s text', () => {
  it('tell the edit from any version a check asks from to a later one', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.array(editArb, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 4 }), (start, edits, asks) => {
        const log = createEditLog();
        const versions: Array<{ text: string; version: EditedText }> = [{ text: start, version: log.load(start) }];
        for (const { at, length, insert } of edits) {
          const before = versions.at(-1)!.text;
          const from = at % (before.length + 1);
          const to = Math.min(before.length, from + length);
          const text = before.slice(0, from) + insert + before.slice(to);
          versions.push({ text, version: log.edit(stringSource(text), { from, to, end: from + insert.length }) });
        }
        // Checks ask in order, each from the version the one before it sent.
        let base = 0;
        for (const ask of [...asks.map((a) => a % versions.length).sort((a, b) => a - b), versions.length - 1]) {
          if (ask < base) continue;
          const edit = versions[ask]!.version.editSince(versions[base]!.version.version);
          expect(edit).not.toBeNull();
          expect(applyEdit(versions[base]!.text, edit!)).toBe(versions[ask]!.text);
          base = ask;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('cannot tell an edit from a version before the file was loaded or one already passed over', () => {
    const log = createEditLog();
    const empty = log.load('');
    const loaded = log.load('{"a": 1}');
    expect(loaded.editSince(empty.version)).toBeNull();
    const first = log.edit(stringSource('{"a": 12}'), { from: 7, to: 7, end: 8 });
    const second = log.edit(stringSource('{"a": 123}'), { from: 8, to: 8, end: 9 });
    expect(first.editSince(loaded.version)).toEqual({ from: 7, to: 7, insert: '2' });
    expect(second.editSince(loaded.version)).toBeNull();
    expect(second.editSince(first.version)).toEqual({ from: 8, to: 8, insert: '3' });
    expect(second.editSince(second.version)).toEqual({ from: 0, to: 0, insert: '' });
  });
});
