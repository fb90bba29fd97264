/**
 * One list of problems for the problems panel, whatever they came from: a 422's `errors`, the
 * index's structural diagnostics, a 200's `warnings`. Pure; built once per response, then
 * filtered and grouped as the reader asks. Every problem keeps its position in the full list, so a
 * link (`problem=<position>`) names the same problem whatever filter is on.
 */
import { describeRef, structuralTitle } from './issue-catalog';
import type { IssueRef, NodeId, Severity, TopologyIssue } from './schema';
import type { StructuralDiagnostic } from './structure';
import type { TopologyIndex } from './tree-index';

export interface Problem {
  /** Position in the full list: errors, then structural defects, then warnings. */
  readonly position: number;
  readonly severity: Severity;
  readonly code: string;
  /** A title for codes that are not the contract's (the index's structural defects). */
  readonly title: string | null;
  readonly message: string;
  /** The record it is about; null for a structural defect of the whole topology. */
  readonly entity: IssueRef | null;
  readonly related: readonly IssueRef[];
  readonly pointer: string | null;
  /** The node to select when the problem is chosen, when it is one of the topology's. */
  readonly nodeId: NodeId | null;
  /** Lower-cased text the filter box searches: code, message, records, pointer. */
  readonly haystack: string;
}

function haystackOf(parts: ReadonlyArray<string | null | undefined>): string {
  return parts.filter((p) => p !== null && p !== undefined && p !== '').join('\n').toLowerCase();
}

function refWords(ref: IssueRef): string[] {
  return [ref.type, ref.id, ref.name ?? null, describeRef(ref)].filter((w): w is string => w !== null);
}

function fromIssue(issue: TopologyIssue, position: number, nodeOf: (id: string) => NodeId | null): Problem {
  return {
    position,
    severity: issue.severity,
    code: issue.code,
    title: null,
    message: issue.message,
    entity: issue.entity,
    related: issue.related,
    pointer: issue.pointer,
    nodeId: nodeOf(issue.entity.id),
    haystack: haystackOf([issue.code, issue.message, ...refWords(issue.entity), ...issue.related.flatMap(refWords), issue.pointer]),
  };
}

function fromDiagnostic(d: StructuralDiagnostic, position: number, index: TopologyIndex): Problem {
  const first = d.nodeIds[0];
  const node = first === undefined ? undefined : index.nodes.get(first);
  const entity: IssueRef | null = node ? { type: node.kind, id: node.id, name: node.name } : null;
  const related: IssueRef[] = d.nodeIds.slice(1).map((id) => {
    const other = index.nodes.get(id);
    return { type: other?.kind ?? 'NODE', id, name: other?.name ?? null };
  });
  const title = structuralTitle(d.code);
  return {
    position,
    severity: 'error',
    code: d.code,
    title,
    message: d.message,
    entity,
    related,
    pointer: null,
    nodeId: node ? node.id : null,
    haystack: haystackOf([d.code, title, d.message, ...(entity ? refWords(entity) : []), ...related.flatMap(refWords)]),
  };
}

/** A 422's errors, in the order received (the contract's order: tickets quote it). */
export function problemsOfIssues(issues: readonly TopologyIssue[]): Problem[] {
  return issues.map((issue, i) => fromIssue(issue, i, () => null));
}

/** A topology's structural defects (errors: the picture may be incomplete), then its warnings. */
export function problemsOfTopology(index: TopologyIndex): Problem[] {
  const nodeOf = (id: string): NodeId | null => (index.nodes.has(id as NodeId) ? (id as NodeId) : null);
  const out: Problem[] = index.diagnostics.map((d, i) => fromDiagnostic(d, i, index));
  const offset = out.length;
  index.topology.warnings.forEach((issue, i) => out.push(fromIssue(issue, offset + i, nodeOf)));
  return out;
}

export interface ProblemsFilterInput {
  readonly text: string;
  /** Severities hidden from the list. */
  readonly hidden: readonly string[];
}

/** The problems the filter lets through, in list order. The same array when nothing is filtered. */
export function filterProblems(problems: readonly Problem[], filter: ProblemsFilterInput): readonly Problem[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0 && filter.hidden.length === 0) return problems;
  const hidden = new Set(filter.hidden);
  return problems.filter((p) => !hidden.has(p.severity) && words.every((w) => p.haystack.includes(w)));
}

export interface SeverityCounts {
  readonly error: number;
  readonly warning: number;
}

export function severityCounts(problems: readonly Problem[]): SeverityCounts {
  let error = 0;
  let warning = 0;
  for (const p of problems) {
    if (p.severity === 'error') error++;
    else warning++;
  }
  return { error, warning };
}

export type GroupBy = 'code' | 'record';

export interface ProblemGroup {
  readonly key: string;
  /** The code, or the record ("Charger cp-017 (Bay A charger 17)"). */
  readonly title: string;
  readonly severity: Severity;
  readonly problems: readonly Problem[];
}

function recordKey(p: Problem): string {
  return p.entity === null ? '' : `${p.entity.type}\u0000${p.entity.id}`;
}

/**
 * Groups in the order their first problem appears, problems in list order inside each. By code,
 * this is the contract's order itself (errors first, then by code); by record, each record the
 * problems name appears once, with all of its problems together.
 */
export function groupProblems(problems: readonly Problem[], by: GroupBy): ProblemGroup[] {
  const groups = new Map<string, { title: string; severity: Severity; problems: Problem[] }>();
  for (const p of problems) {
    const key = by === 'code' ? p.code : recordKey(p);
    const group = groups.get(key);
    if (group) {
      group.problems.push(p);
      if (p.severity === 'error') group.severity = 'error';
    } else {
      const title = by === 'code' ? p.code : p.entity === null ? 'The whole topology' : describeRef(p.entity);
      groups.set(key, { title, severity: p.severity, problems: [p] });
    }
  }
  return [...groups].map(([key, g]) => ({ key, ...g }));
}

/** The problems in the order the grouped list shows them: the order F8 steps through. */
export function listOrder(groups: readonly ProblemGroup[]): Problem[] {
  return groups.flatMap((g) => g.problems);
}

/**
 * The problem after (`step` 1) or before (-1) the one at `selected`, in `order`, wrapping round;
 * the first (or last) when the selected one is not in the list. Null for an empty list.
 */
export function stepProblem(order: readonly Problem[], selected: number | null, step: 1 | -1): Problem | null {
  if (order.length === 0) return null;
  const at = selected === null ? -1 : order.findIndex((p) => p.position === selected);
  if (at === -1) return step === 1 ? order[0]! : order[order.length - 1]!;
  return order[(at + step + order.length) % order.length]!;
}
