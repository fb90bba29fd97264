/** The ticket text of a 422 names every code, type and id verbatim, whatever strings they are. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProblem, problemsOfIssues } from '../../../src/domain/topology';
import { problemAsText } from '../../../src/features/problems/issues-text';
import { hostileString } from './arbitraries';

const ref = fc.record({ type: hostileString, id: hostileString, name: fc.option(hostileString, { nil: null }) });
const issue = fc.record({
  code: hostileString,
  severity: fc.constant('error'),
  message: hostileString,
  entity: ref,
  related: fc.array(ref, { maxLength: 3 }),
  pointer: fc.option(hostileString, { nil: null }),
});

describe('ticket text of hostile issues', () => {
  it('writes every issue, its code and entity verbatim, in the order received', () => {
    fc.assert(
      fc.property(fc.array(issue, { minLength: 1, maxLength: 6 }), hostileString, (errors, title) => {
        const problem = parseProblem(JSON.parse(JSON.stringify({ title, detail: title, status: 422, errors })));
        expect(problem.errors).toHaveLength(errors.length);
        const text = problemAsText(problem, 'dep-1', problemsOfIssues(problem.errors ?? []));
        let from = 0;
        errors.forEach((e, i) => {
          const at = text.indexOf(`${i + 1}. ${e.code} (error)`, from);
          expect(at).toBeGreaterThanOrEqual(from);
          from = at;
        });
      }),
      { numRuns: 200 },
    );
  });
});
