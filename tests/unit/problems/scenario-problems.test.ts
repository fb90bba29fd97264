// The problems panel's model against the mock backend's scenarios: the 422 of error-many, the 200s
// of warnings-all and welshpool, derived by the same code the mock backend runs.
import { describe, expect, it } from 'vitest';
import { ERROR_MANY_CODES, findScenario } from '../../../mocks/scenarios';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import {
  buildTopologyIndex,
  filterProblems,
  groupProblems,
  listOrder,
  parseMicrogridTopology,
  parseProblem,
  problemsOfIssues,
  problemsOfTopology,
  severityCounts,
  stepProblem,
  compareIssues,
} from '../../../src/domain/topology';
import { WARNING_CODES } from '../../../src/domain/site-data';
import { problemAsText, warningsAsText } from '../../../src/features/problems/issues-text';

function derived(depotId: string) {
  const scenario = findScenario(depotId);
  if (scenario.kind !== 'site') throw new Error(`${depotId} is not site data`);
  return deriveMicrogrid(scenario.site, { generatedAt: '2026-03-26T04:12:00Z' });
}

function problemOf(depotId: string) {
  const result = derived(depotId);
  if (result.status !== 422) throw new Error(`${depotId} assembles`);
  const parsed = parseProblem(JSON.parse(JSON.stringify(result.body)));
  return { parsed, problems: problemsOfIssues(parsed.errors!) };
}

function indexOf(depotId: string) {
  const result = derived(depotId);
  if (result.status !== 200) throw new Error(`${depotId} does not assemble`);
  const parsed = parseMicrogridTopology(JSON.parse(JSON.stringify(result.body)));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return buildTopologyIndex(parsed.value);
}

const NONE = { text: '', hidden: [] };

describe('error-many', () => {
  const { parsed, problems } = problemOf('error-many');

  it('counts its errors and groups them by code in the contract order', () => {
    expect(severityCounts(problems)).toEqual({ error: ERROR_MANY_CODES.length, warning: 0 });
    const groups = groupProblems(problems, 'code');
    expect(groups.map((g) => g.title)).toEqual(ERROR_MANY_CODES);
    expect(groups.map((g) => g.problems.length)).toEqual(ERROR_MANY_CODES.map(() => 1));
    expect(listOrder(groups).map((p) => p.position)).toEqual(problems.map((_, i) => i));
  });

  it('by record, names each record once with all of its issues together', () => {
    const groups = groupProblems(problems, 'record');
    const keys = groups.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    const total = groups.reduce((n, g) => n + g.problems.length, 0);
    expect(total).toBe(problems.length);
    for (const g of groups) for (const p of g.problems) expect(`${p.entity!.type}\u0000${p.entity!.id}`).toBe(g.key);
  });

  it('filters by words of the code, the record, the message or the pointer', () => {
    expect(filterProblems(problems, { text: 'duplicate', hidden: [] }).map((p) => p.code)).toEqual(['DUPLICATE_ID']);
    const pointer = problems.find((p) => p.pointer !== null)!.pointer!;
    expect(filterProblems(problems, { text: pointer, hidden: [] }).map((p) => p.pointer)).toContain(pointer);
    expect(filterProblems(problems, { text: 'no such words here', hidden: [] })).toEqual([]);
    expect(filterProblems(problems, { text: '', hidden: ['error'] })).toEqual([]);
    expect(filterProblems(problems, NONE)).toBe(problems);
  });

  it('F8 steps through the list in order and wraps round; Shift+F8 goes back', () => {
    const order = listOrder(groupProblems(problems, 'code'));
    expect(stepProblem(order, null, 1)!.position).toBe(0);
    expect(stepProblem(order, 0, 1)!.position).toBe(1);
    expect(stepProblem(order, order.length - 1, 1)!.position).toBe(0);
    expect(stepProblem(order, 0, -1)!.position).toBe(order.length - 1);
    expect(stepProblem([], 0, 1)).toBeNull();
  });

  it('copies as text: title, detail, ids, then one line per issue in the contract order', () => {
    const lines = problemAsText(parsed, 'error-many', problems).split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'Microgrid topology cannot be assembled',
      `${ERROR_MANY_CODES.length} errors prevent deriving the microgrid topology of depot error-many.`,
      `Depot: error-many, Microgrid: ${parsed.microgrid_id}`,
      'Instance: /api/depot/error-many/microgrid',
      '',
      `${ERROR_MANY_CODES.length} issues:`,
    ]);
    const issueLines = lines.slice(6, -1);
    expect(lines.at(-1)).toBe('');
    expect(issueLines).toHaveLength(ERROR_MANY_CODES.length);
    const sorted = [...parsed.errors!].sort(compareIssues);
    issueLines.forEach((line, i) => {
      const issue = sorted[i]!;
      expect(line.startsWith(`${i + 1}. ${ERROR_MANY_CODES[i]} (error) ${issue.entity.type} ${issue.entity.id}`)).toBe(true);
      expect(line).toContain(issue.message);
      if (issue.pointer) expect(line.endsWith(`Pointer: ${issue.pointer}`)).toBe(true);
    });
  });
});

describe('warnings-all', () => {
  const index = indexOf('warnings-all');
  const problems = problemsOfTopology(index);

  it('has every warning of the derivation, each on a node of the tree', () => {
    expect(severityCounts(problems)).toEqual({ error: 0, warning: WARNING_CODES.length });
    expect(groupProblems(problems, 'code').map((g) => g.title)).toEqual([...WARNING_CODES].sort());
    for (const p of problems) expect(p.nodeId).toBe(p.entity!.id);
  });

  it('hides warnings on request, and filters on a record id', () => {
    expect(filterProblems(problems, { text: '', hidden: ['warning'] })).toEqual([]);
    const empty = filterProblems(problems, { text: 'sd-circ-spare', hidden: [] });
    expect(empty.map((p) => p.code)).toEqual(['CIRCUIT_EMPTY']);
  });

  it('copies as text, one line per warning', () => {
    const lines = warningsAsText(index, problems).split('\n');
    expect(lines[0]).toBe('Problems of the microgrid topology of Depot with every warning');
    expect(lines[1]).toBe(`${WARNING_CODES.length} warnings; generated at 2026-03-26T04:12:00Z.`);
    expect(lines.slice(5, -1).map((l) => l.split(' ')[1])).toEqual([...WARNING_CODES].sort());
  });
});

describe('welshpool', () => {
  const index = indexOf('welshpool');
  const problems = problemsOfTopology(index);

  it('groups its warnings by code and by record, every warning counted once', () => {
    const byCode = groupProblems(problems, 'code');
    const byRecord = groupProblems(problems, 'record');
    const count = (gs: typeof byCode) => gs.reduce((n, g) => n + g.problems.length, 0);
    expect(count(byCode)).toBe(problems.length);
    expect(count(byRecord)).toBe(problems.length);
    expect(byCode.map((g) => g.title)).toEqual(['CAPACITY_FROM_SAFE_FALLBACK', 'OVERSUBSCRIBED']);
    expect(byRecord.length).toBeLessThanOrEqual(problems.length);
    // A record with two warnings (a board on its safe capacity that is also oversubscribed, say) is one group.
    const entities = new Set(problems.map((p) => p.entity!.id));
    expect(byRecord).toHaveLength(entities.size);
  });

  it('filters to one severity and to a circuit', () => {
    const bayA = filterProblems(problems, { text: 'circ-bay-a', hidden: [] });
    expect(bayA.length).toBeGreaterThan(0);
    for (const p of bayA) expect(p.haystack).toContain('circ-bay-a');
    expect(filterProblems(problems, { text: '', hidden: ['error'] })).toHaveLength(problems.length);
  });
});
