import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../mocks/scenarios';
import { checkSiteText } from '../../../src/domain/site-data';
import { outcomeOf, type CheckOutcome } from '../../../src/features/site-file/site-answer';
import { createCheckKeeper } from '../../../src/features/site-file/site-check-job';
import { createWireChecker, outcomeOfReply } from '../../../src/features/site-file/site-check-wire';

const STAMP = '2026-01-01T00:00:00Z';

interface Site {
  depot: { name: string };
  circuits: Array<{ id: string; default_capacity_w?: unknown; safe_capacity_w?: unknown }>;
  connectors: Array<{ name?: string }>;
}

const siteOf = (id: string): Site => {
  const scenario = findScenario(id);
  if (scenario.kind !== 'site') throw new Error(`${id} is not site data`);
  return structuredClone(scenario.site) as unknown as Site;
};

/** Edits of `warnings-all`, each checked after the one before it. */
const EDITS: Array<[string, (site: Site) => void, { warnings: boolean }]> = [
  ["a connector's name", (site) => void (site.connectors[0]!.name = 'Renamed connector'), { warnings: false }],
  ["the depot's name", (site) => void (site.depot.name = 'Renamed depot'), { warnings: false }],
  ['a capacity that changes the warnings', (site) => void (site.circuits[0]!.default_capacity_w = 1), { warnings: true }],
  ['the capacity back', (site) => void (site.circuits[0]!.default_capacity_w = siteOf('warnings-all').circuits[0]!.default_capacity_w), { warnings: true }],
];

describe('the worker’s replies', () => {
  it('send a changed topology as a patch that gives exactly the answer checked afresh', () => {
    const check = createWireChecker(createCheckKeeper(() => STAMP));
    const site = siteOf('warnings-all');
    let kept: { id: number; outcome: CheckOutcome } | null = null;
    const receive = (text: string) => {
      // Through JSON text, as the worker sends it.
      const reply = JSON.parse(JSON.stringify(check(text))) as ReturnType<typeof check>;
      const outcome = outcomeOfReply(reply, kept);
      if (outcome !== null && reply.answerId !== null) kept = { id: reply.answerId, outcome };
      return { reply, outcome };
    };
    expect(receive(JSON.stringify(site, null, 2)).reply.outcome).toBeDefined();
    for (const [, edit, changes] of EDITS) {
      edit(site);
      const text = JSON.stringify(site, null, 2);
      const { reply, outcome } = receive(text);
      expect(reply.patch).toBeDefined();
      expect(reply.outcome).toBeUndefined();
      expect(reply.patch?.topology.warnings !== undefined).toBe(changes.warnings);
      expect(outcome).toEqual(outcomeOf(checkSiteText(text, { generatedAt: STAMP })));
    }
  });

  it('send the whole answer after an answer of another kind', () => {
    const check = createWireChecker(createCheckKeeper(() => STAMP));
    const site = siteOf('warnings-all');
    check(JSON.stringify(site));
    const broken = siteOf('warnings-all');
    broken.circuits[0]!.id = broken.circuits[1]!.id;
    expect(check(JSON.stringify(broken)).outcome?.answer?.kind).toBe('problem');
    site.depot.name = 'Renamed depot';
    const whole = check(JSON.stringify(site));
    expect(whole.patch).toBeUndefined();
    expect(whole.outcome).toEqual(outcomeOf(checkSiteText(JSON.stringify(site), { generatedAt: STAMP })));
  });
});
