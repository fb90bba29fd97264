/**
 * The plain-text forms "Copy issues" puts on the clipboard, for pasting into a ticket: a title, a
 * detail, then one line per issue in list order (a 422's order is the contract's). Stable: the
 * same answer always gives the same text.
 */
import { refCode, type ParsedProblem, type Problem, type TopologyIndex } from '../../domain/topology';

/** Messages are single lines on the wire, but a line break in one must not split a ticket's line. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** "3. CIRCUIT_CAPACITY_INVALID (error) CIRCUIT circ-a (Bay A): message Related: ... Pointer: /circuits/1" */
export function problemLine(problem: Problem, position: number): string {
  const parts = [`${position}. ${problem.code} (${problem.severity})`];
  parts.push(`${problem.entity === null ? 'topology' : refCode(problem.entity)}: ${oneLine(problem.message)}`);
  if (problem.related.length > 0) parts.push(`Related: ${problem.related.map(refCode).join(', ')}`);
  if (problem.pointer !== null) parts.push(`Pointer: ${problem.pointer}`);
  return parts.join(' ');
}

function withLines(head: string[], problems: readonly Problem[], noun: string): string {
  const lines = [...head, '', `${problems.length} ${noun}${problems.length === 1 ? '' : 's'}:`];
  problems.forEach((p, i) => lines.push(problemLine(p, i + 1)));
  return `${lines.join('\n')}\n`;
}

export function problemAsText(problem: ParsedProblem, depotId: string, problems: readonly Problem[]): string {
  const head: string[] = [problem.title ?? 'Microgrid topology cannot be assembled'];
  if (problem.detail) head.push(problem.detail);
  const ids = [`Depot: ${problem.depot_id ?? depotId}`];
  if (problem.microgrid_id) ids.push(`Microgrid: ${problem.microgrid_id}`);
  head.push(ids.join(', '));
  if (problem.instance) head.push(`Instance: ${problem.instance}`);
  if (problem.errors === null) {
    return `${[...head, '', 'The issue list could not be read:', ...(problem.errorsProblems ?? []).map((p) => `- ${p}`)].join('\n')}\n`;
  }
  return withLines(head, problems, 'issue');
}

/** A 200's problems: its structural defects and warnings, under the depot they belong to. */
export function warningsAsText(index: TopologyIndex, problems: readonly Problem[]): string {
  const { topology } = index;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const detail = [`${warnings} warning${warnings === 1 ? '' : 's'}`];
  if (errors > 0) detail.push(`${errors} structural error${errors === 1 ? '' : 's'}`);
  return withLines(
    [
      `Problems of the microgrid topology${topology.name ? ` of ${topology.name}` : ''}`,
      `${detail.join(', ')}; generated at ${topology.generated_at}.`,
      `Depot: ${topology.depot_id}, Microgrid: ${topology.microgrid_id}`,
    ],
    problems,
    'issue',
  );
}
