import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../mocks/scenarios';
import { checkSiteText } from '../../../src/domain/site-data';
import { sameJson } from '../../../src/domain/site-data/same-json';

/** JSON text with every object's members sorted: equal for data that is the same. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

describe('the same JSON data', () => {
  it('is what canonical text says it is', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(canonical(a) === canonical(b));
        expect(sameJson(a, JSON.parse(JSON.stringify(a)))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('does not depend on the order of members, only of elements', () => {
    expect(sameJson({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameJson([], {})).toBe(false);
    expect(sameJson(0, -0)).toBe(true);
  });
});

describe('checking an edited site file', () => {
  const scenario = findScenario('warnings-all');
  if (scenario.kind !== 'site') throw new Error('not site data');
  const text = JSON.stringify(scenario.site, null, 2);
  const STAMP = '2026-01-01T00:00:00Z';

  it('keeps the previous answer for the same data, with the places of the edited text', () => {
    const before = checkSiteText(text, { generatedAt: STAMP });
    const edited = `\n\n${text}`;
    const after = checkSiteText(edited, { generatedAt: '2026-01-01T00:00:09Z', previous: before });
    const fresh = checkSiteText(edited);
    if (before.kind !== 'answer' || after.kind !== 'answer' || fresh.kind !== 'answer') throw new Error('no answer');
    expect(after.result).toBe(before.result);
    expect(after.ranges).toEqual(fresh.ranges);
  });

  it('derives anew when the data changed, as if there were no previous check', () => {
    const before = checkSiteText(text, { generatedAt: STAMP });
    const site = JSON.parse(text) as { charge_points: Array<{ max_power_w: unknown }> };
    site.charge_points[0]!.max_power_w = null;
    const changed = JSON.stringify(site);
    const after = checkSiteText(changed, { generatedAt: STAMP, previous: before });
    if (before.kind !== 'answer' || after.kind !== 'answer') throw new Error('no answer');
    expect(after.result).not.toBe(before.result);
    expect(after).toEqual(checkSiteText(changed, { generatedAt: STAMP }));
    expect(after.result.status).toBe(422);
  });
});
