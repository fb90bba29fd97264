import { describe, expect, it } from 'vitest';
import { SCENARIOS, findScenario } from '../../../mocks/scenarios';
import { checkSiteText } from '../../../src/domain/site-data';
import { checkedFile } from '../../../src/features/site-file/site-answer';
import { createSiteChecker } from '../../../src/features/site-file/site-check-job';

const STAMP = '2026-01-01T00:00:00Z';
const textOf = (id: string) => {
  const scenario = findScenario(id);
  if (scenario.kind !== 'site') throw new Error(`${id} is not site data`);
  return JSON.stringify(scenario.site, null, 2);
};
const siteIds = SCENARIOS.map((s) => s.depotId).filter((id) => findScenario(id).kind === 'site' && !id.startsWith('large-'));

describe('the site-file check as a job', () => {
  it.each(siteIds)('answers %s as the check on this thread does', (id) => {
    const text = textOf(id);
    const reply = createSiteChecker(() => STAMP)(text);
    const expected = checkedFile(checkSiteText(text, { generatedAt: STAMP }));
    expect(reply.answerId).not.toBeNull();
    expect(reply.outcome).toEqual({ answer: expected.answer, failure: expected.failure });
    expect(reply.marks).toEqual(expected.marks);
    expect(new Map(reply.ranges)).toEqual(expected.ranges);
    // What crosses from a worker is JSON text: the reply must come through it unchanged.
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply);
  });

  it('names the answer it gave last when an edit leaves it as it was, and moves the marks with the text', () => {
    let now = STAMP;
    const check = createSiteChecker(() => now);
    const text = textOf('warnings-all');
    const first = check(text);
    expect(first.outcome?.answer?.kind).toBe('topology');
    expect(first.marks.length).toBeGreaterThan(0);

    // A line break at the start, a second later: the same answer (its time stamp aside), marks one further on.
    now = '2026-01-01T00:00:01Z';
    const edited = check(`\n${text}`);
    expect(edited.answerId).toBe(first.answerId);
    expect(edited.outcome).toBeUndefined();
    expect(edited.marks).toEqual(first.marks.map((m) => ({ ...m, from: m.from + 1, to: m.to + 1 })));
    expect(new Map(edited.ranges)).toEqual(checkedFile(checkSiteText(`\n${text}`)).ranges);
  });

  it('sends the whole answer when it changes, and for a file without one says why', () => {
    const check = createSiteChecker(() => STAMP);
    const text = textOf('warnings-all');
    const first = check(text);
    const site = JSON.parse(text) as { depot: { name: string } };
    site.depot.name = 'Renamed depot';
    const renamed = check(JSON.stringify(site));
    expect(renamed.answerId).not.toBe(first.answerId);
    expect(renamed.outcome?.answer).toEqual(checkedFile(checkSiteText(JSON.stringify(site), { generatedAt: STAMP })).answer);

    const broken = check('{"depot": ');
    expect(broken.answerId).toBeNull();
    expect(broken.outcome?.failure?.title).toMatch(/^This file is not JSON/);
    expect(broken.marks).toHaveLength(1);
    // Back to the renamed file: the answer last given, named again.
    const again = check(JSON.stringify(site));
    expect(again.answerId).toBe(renamed.answerId);
    expect(again.outcome).toBeUndefined();
  });
});
