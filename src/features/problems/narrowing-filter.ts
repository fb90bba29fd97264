/**
 * The filtered problems, narrowed from the last result when the new filter can only let through
 * fewer (typing more of a word, hiding one more severity): on a list of tens of thousands,
 * each keystroke then searches what is left rather than everything.
 */
import { filterProblems, type Problem, type ProblemsFilterInput } from '../../domain/topology';

interface Last {
  problems: readonly Problem[];
  filter: ProblemsFilterInput;
  shown: readonly Problem[];
}

function narrows(next: ProblemsFilterInput, last: ProblemsFilterInput): boolean {
  const text = next.text.toLowerCase();
  const before = last.text.toLowerCase();
  // Every word of the last filter must still be required: a longer text that starts with it does.
  return text.startsWith(before) && !/\s$/.test(before) && last.hidden.every((s) => next.hidden.includes(s));
}

// The last filter applied to each list (a list is one response's problems; it goes with them).
const lastOf = new WeakMap<readonly Problem[], Last>();

export function narrowingFilter(problems: readonly Problem[], filter: ProblemsFilterInput): readonly Problem[] {
  const prev = lastOf.get(problems);
  if (prev && prev.filter === filter) return prev.shown;
  const from = prev && prev.shown !== problems && narrows(filter, prev.filter) ? prev.shown : problems;
  const shown = filterProblems(from, filter);
  // Nothing filtered: the list itself, so that callers can tell by identity.
  const result = shown.length === problems.length ? problems : shown;
  lastOf.set(problems, { problems, filter, shown: result });
  return result;
}
