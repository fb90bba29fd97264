// @vitest-environment jsdom
/** A 422 whose `errors` holds 50,000 malformed entries: the first reasons, a count of the rest. */
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { parseProblem } from '../../../src/domain/topology';
import { ProblemView, REASONS_SHOWN } from '../../../src/features/problems/ProblemView';
import { problem } from '../../fixtures/api';

afterEach(cleanup);

describe('ProblemView with an unreadable list of 50,000 issues', () => {
  it('lists the first reasons, counts the rest, and keeps title and detail', () => {
    const body = { ...problem, errors: Array.from({ length: 50_000 }, () => ({ code: 1 })) };
    const parsed = parseProblem(body);
    const reasons = parsed.errorsProblems!.length;
    expect(reasons).toBeGreaterThan(REASONS_SHOWN);
    render(<ProblemView depotId="dep-1" problem={parsed} rawBody={JSON.stringify(body)} />);
    expect(screen.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeInTheDocument();
    expect(screen.getByText(problem.detail)).toBeInTheDocument();
    const items = within(screen.getByRole('note')).getAllByRole('listitem');
    expect(items).toHaveLength(REASONS_SHOWN + 1);
    expect(items[0]).toHaveTextContent('at errors[0].code');
    expect(items[REASONS_SHOWN]).toHaveTextContent(`… and ${(reasons - REASONS_SHOWN).toLocaleString('en-US')} more.`);
  });
});
