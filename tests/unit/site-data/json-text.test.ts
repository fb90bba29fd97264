import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, findScenario } from '../../../mocks/scenarios';
import { JsonSyntaxError, checkJsonText, deriveMicrogrid, pointerTokens, resolvePointer, resolvePointers, resolvePointersInJson } from '../../../src/domain/site-data';

/** The value a pointer names in parsed JSON; undefined when it names nothing. */
function valueAt(doc: unknown, pointer: string): unknown {
  let here: unknown = doc;
  for (const token of pointerTokens(pointer)!) {
    if (here === null || typeof here !== 'object' || !Object.hasOwn(here, token)) return undefined;
    here = (here as Record<string, unknown>)[token];
  }
  return here;
}

const siteScenarios = SCENARIOS.map((s) => s.depotId).filter((id) => findScenario(id).kind === 'site' && !id.startsWith('large-'));

describe('resolving pointers in JSON text', () => {
  it('finds values at any depth, in compact and indented text alike', () => {
    const doc = { a: [1, { 'b/c': 'x', 'd~e': [true, null] }], f: -1.5e3, g: 'q"\\' };
    for (const text of [JSON.stringify(doc), JSON.stringify(doc, null, 2), JSON.stringify(doc, null, '\t')]) {
      for (const pointer of ['', '/a', '/a/0', '/a/1', '/a/1/b~1c', '/a/1/d~0e/1', '/f', '/g']) {
        const range = resolvePointer(text, pointer)!;
        expect(range.exact).toBe(true);
        expect(JSON.parse(text.slice(range.from, range.to))).toEqual(valueAt(doc, pointer));
      }
    }
  });

  it('stands a missing member in with its nearest ancestor', () => {
    const text = '{"charge_points": [{"id": "cp-1"}]}';
    const range = resolvePointer(text, '/charge_points/0/circuit_id')!;
    expect(range.exact).toBe(false);
    expect(text.slice(range.from, range.to)).toBe('{"id": "cp-1"}');
    expect(resolvePointer(text, 'no-slash')).toBeNull();
  });

  it('says where text stops being JSON, by line and column', () => {
    const cases: Array<[string, number, number]> = [
      ['{\n  "a": 1,\n}', 3, 1],
      ['{"a": tru}', 1, 7],
      ['[1, 2', 1, 6],
      ['{"a": "x\ny"}', 1, 9],
      ['{} {}', 1, 4],
      ['', 1, 1],
    ];
    for (const [text, line, column] of cases) {
      try {
        checkJsonText(text);
        expect.unreachable(`${JSON.stringify(text)} is not JSON`);
      } catch (error) {
        expect(error).toBeInstanceOf(JsonSyntaxError);
        expect([(error as JsonSyntaxError).line, (error as JsonSyntaxError).column]).toEqual([line, column]);
      }
    }
  });

  it('accepts exactly what JSON.parse accepts', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string()), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        let checks = true;
        try {
          checkJsonText(text);
        } catch {
          checks = false;
        }
        expect(checks).toBe(parses);
      }),
      { numRuns: 300 },
    );
  });

  it.each(siteScenarios)('every pointer of %s resolves to the value it names', (depotId) => {
    const scenario = findScenario(depotId);
    if (scenario.kind !== 'site') throw new Error('not site data');
    const text = JSON.stringify(scenario.site, null, 2);
    const result = deriveMicrogrid(scenario.site);
    const issues = result.status === 422 ? result.body.errors : (result.body.warnings ?? []);
    const pointers = issues.flatMap((i) => (i.pointer ? [i.pointer] : []));
    const ranges = resolvePointers(text, pointers);
    const doc: unknown = JSON.parse(text);
    for (const pointer of pointers) {
      const range = ranges.get(pointer)!;
      expect(range, pointer).not.toBeNull();
      const named = valueAt(doc, pointer);
      if (range.exact) expect(JSON.parse(text.slice(range.from, range.to)), pointer).toEqual(named);
      else expect(named, `${pointer} names nothing, so its record is marked`).toBeUndefined();
    }
  });
});

/** Every pointer into a parsed document, and some that name nothing beneath it. */
function pointersOf(doc: unknown, prefix = ''): string[] {
  const out = [prefix, `${prefix}/missing`, `${prefix}/0`];
  if (doc === null || typeof doc !== 'object') return out;
  for (const [key, child] of Object.entries(doc)) out.push(...pointersOf(child, `${prefix}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`));
  return out;
}

describe('resolving pointers in text known to be JSON', () => {
  const layouts = (value: unknown) => [JSON.stringify(value), JSON.stringify(value, null, 2), JSON.stringify(value, null, '\t'), ` \n${JSON.stringify(value, null, 1)}\r\n `];

  it('finds, in one pass, exactly what resolving each pointer on its own finds', () => {
    // Keys with quotes, backslashes, slashes and tildes, and strings ending in backslashes, exercise the skipping.
    const key = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('a', 'b', '\\', '"', 'x\\"', '~', '/', '0', '1'));
    const leaf = fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constantFrom('\\', '\\\\', 'q"\\', '{[', ']}', ',', -0, 1e21, -1.5e-7));
    const doc = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(doc, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 5 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 2 }), (value, layout, every, extra) => {
        const text = layouts(value)[layout]!;
        // Some of the pointers only, so that most values are skipped rather than followed.
        const pointers = [...pointersOf(value).filter((_, i) => i % every === 0), ...extra];
        const together = resolvePointersInJson(text, pointers);
        for (const pointer of pointers) expect(together.get(pointer), pointer).toEqual(resolvePointer(text, pointer));
      }),
      { numRuns: 500 },
    );
  });

  it.each(siteScenarios)('resolves the issues of %s as the checking scanner does', (depotId) => {
    const scenario = findScenario(depotId);
    if (scenario.kind !== 'site') throw new Error('not site data');
    const text = JSON.stringify(scenario.site, null, 2);
    const result = deriveMicrogrid(scenario.site);
    const issues = result.status === 422 ? result.body.errors : (result.body.warnings ?? []);
    const pointers = issues.flatMap((i) => (i.pointer ? [i.pointer] : []));
    expect(resolvePointersInJson(text, pointers)).toEqual(resolvePointers(text, pointers));
  });
});
