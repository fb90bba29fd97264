/**
 * The plain-text form of a 422 that "Copy issues" puts on the clipboard, for pasting into a
 * ticket. Stable: the same problem always gives the same text, issues in the order received.
 */
import { refCode, type ParsedProblem, type TopologyIssue } from '../../domain/topology';

function issueText(issue: TopologyIssue, position: number): string[] {
  const lines = [`${position}. ${issue.code} (${issue.severity})`, `   ${issue.message}`, `   Entity: ${refCode(issue.entity)}`];
  if (issue.related.length > 0) lines.push(`   Related: ${issue.related.map(refCode).join(', ')}`);
  if (issue.pointer !== null) lines.push(`   Pointer: ${issue.pointer}`);
  return lines;
}

export function problemAsText(problem: ParsedProblem, depotId: string): string {
  const lines: string[] = [problem.title ?? 'Microgrid topology cannot be assembled'];
  if (problem.detail) lines.push(problem.detail);
  const ids = [`Depot: ${problem.depot_id ?? depotId}`];
  if (problem.microgrid_id) ids.push(`Microgrid: ${problem.microgrid_id}`);
  lines.push(ids.join(', '));
  if (problem.instance) lines.push(`Instance: ${problem.instance}`);
  lines.push('');
  if (problem.errors === null) {
    // One by one: a malformed list can have more problems than a call may take arguments.
    lines.push('The issue list could not be read:');
    for (const p of problem.errorsProblems ?? []) lines.push(`- ${p}`);
  } else {
    lines.push(`${problem.errors.length} ${problem.errors.length === 1 ? 'issue' : 'issues'}:`);
    problem.errors.forEach((issue, i) => lines.push(...issueText(issue, i + 1)));
  }
  return `${lines.join('\n')}\n`;
}
