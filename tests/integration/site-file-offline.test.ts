/**
 * The offline check against the mock backend: for every scenario that is site data, checking its
 * file in the browser gives the same answer, with the same issues in the same order, as asking the
 * mock backend over HTTP — whatever the file's layout (compact or indented) and the order of its
 * arrays (pointers follow their records).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { SCENARIOS, findScenario } from '../../mocks/scenarios';
import { checkSiteText } from '../../src/domain/site-data';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const siteOf = (id: string): unknown => {
  const scenario = findScenario(id);
  return scenario.kind === 'site' ? scenario.site : undefined;
};
const allSiteIds = SCENARIOS.map((s) => s.depotId).filter((id) => siteOf(id) !== undefined && id !== 'large-10000');
/**
 * A few scenarios hold values no JSON file can (a NaN capacity): written to a file they become
 * null, another defect. Every other scenario is exactly what its file says.
 */
const fileable = (id: string) => {
  try {
    expect(JSON.parse(JSON.stringify(siteOf(id)))).toEqual(siteOf(id));
    return true;
  } catch {
    return false;
  }
};
const siteIds = allSiteIds.filter(fileable);

async function backendAnswer(depotId: string): Promise<{ status: number; issues: unknown[] }> {
  const response = await fetch(`http://depot.test/api/depot/${encodeURIComponent(depotId)}/microgrid`);
  const body = (await response.json()) as { errors?: unknown[]; warnings?: unknown[] };
  return { status: response.status, issues: response.status === 422 ? body.errors! : (body.warnings ?? []) };
}

function offlineAnswer(text: string): { status: number; issues: unknown[] } {
  const check = checkSiteText(text);
  if (check.kind !== 'answer') throw new Error(`not judged: ${check.kind}`);
  const { result } = check;
  return { status: result.status, issues: result.status === 422 ? result.body.errors : (result.body.warnings ?? []) };
}

describe('checking a site file offline', () => {
  it('gives the mock backend’s answer for every scenario file, in any layout', async () => {
    const answers = new Map(await Promise.all(siteIds.map(async (id) => [id, await backendAnswer(id)] as const)));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...siteIds), fc.constantFrom<number | undefined>(undefined, 2, 4), async (id, indent) => {
        const scenario = findScenario(id);
        if (scenario.kind !== 'site') throw new Error('not site data');
        expect(offlineAnswer(JSON.stringify(scenario.site, null, indent))).toEqual(answers.get(id));
      }),
      { numRuns: siteIds.length * 3 },
    );
  });

  it('covers every scenario a file can hold', () => {
    expect(allSiteIds.filter((id) => !fileable(id))).toEqual(['error-many']);
    expect(siteIds.length).toBeGreaterThan(20);
  });

  it('resolves every issue’s pointer to a place in the file', () => {
    for (const id of siteIds) {
      const scenario = findScenario(id);
      if (scenario.kind !== 'site') continue;
      const check = checkSiteText(JSON.stringify(scenario.site, null, 2));
      if (check.kind !== 'answer') throw new Error(id);
      for (const [pointer, range] of check.ranges) expect(range, `${id} ${pointer}`).not.toBeNull();
    }
  });

  it('says what is wrong with a file that is not JSON, or not site data', () => {
    const notJson = checkSiteText('{\n  "depot": {,\n}');
    expect(notJson.kind).toBe('not-json');
    if (notJson.kind === 'not-json') expect(notJson.error.message).toBe('Expected a property name in double quotes at line 2, column 13');
    const notSite = checkSiteText('{"depot": {"id": 7}, "circuits": {}}');
    expect(notSite.kind).toBe('not-site-data');
    if (notSite.kind === 'not-site-data') expect(notSite.problems.join('\n')).toMatch(/depot\.id[\s\S]*circuits/);
    expect(checkSiteText('  ').kind).toBe('empty');
    expect(checkSiteText('[]').kind).toBe('not-site-data');
  });
});
