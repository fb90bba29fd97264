// @vitest-environment jsdom
/**
 * Whatever escapes the 422 view's issue list or its ticket text, the contract's promise stands:
 * the title, the detail and the raw body stay readable.
 */
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseProblem } from '../../../src/domain/topology';
import type * as ProblemsPanelModule from '../../../src/features/problems/ProblemsPanel';
import type * as IssuesTextModule from '../../../src/features/problems/issues-text';
import { ProblemView } from '../../../src/features/problems/ProblemView';
import { problem } from '../../fixtures/api';

const failing = vi.hoisted(() => ({ list: false, text: false }));

vi.mock('../../../src/features/problems/ProblemsPanel', async (importOriginal) => {
  const original = await importOriginal<typeof ProblemsPanelModule>();
  return {
    ProblemsPanel: (props: Parameters<typeof original.ProblemsPanel>[0]) => {
      if (failing.list) throw new Error('The list met something it could not draw.');
      return original.ProblemsPanel(props);
    },
  };
});

vi.mock('../../../src/features/problems/issues-text', async (importOriginal) => {
  const original = await importOriginal<typeof IssuesTextModule>();
  return {
    problemAsText: (...args: Parameters<typeof original.problemAsText>) => {
      if (failing.text) throw new Error('The text could not be written.');
      return original.problemAsText(...args);
    },
  };
});

beforeEach(() => {
  failing.list = false;
  failing.text = false;
  // React reports each caught error on the console; the tests read the screen instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(cleanup);

const body = { ...problem, errors: [{ ...problem.errors[0]!, code: '__proto__' }, ...problem.errors.slice(1)] };

async function expectTitleDetailAndRawBody() {
  expect(screen.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeInTheDocument();
  expect(screen.getByText(problem.detail)).toBeInTheDocument();
  await userEvent.click(screen.getByRole('button', { name: 'Show raw response' }));
  expect(screen.getByRole('region', { name: 'Raw response' })).toHaveTextContent('"code": "__proto__"');
}

describe('ProblemView when a part of it fails', () => {
  it('shows a 422 whose first code is __proto__ in full', async () => {
    render(<ProblemView depotId="dep-1" problem={parseProblem(JSON.parse(JSON.stringify(body)))} rawBody={JSON.stringify(body)} />);
    expect(await screen.findByRole('list', { name: /^__proto__/ })).toHaveTextContent('__proto__');
    expect(screen.getByRole('button', { name: 'Copy issues' })).toBeInTheDocument();
    await expectTitleDetailAndRawBody();
  });

  it('keeps the title, detail and raw body when the issue list throws, and names what failed', async () => {
    failing.list = true;
    render(<ProblemView depotId="dep-1" problem={parseProblem(body)} rawBody={JSON.stringify(body)} />);
    expect(screen.getByRole('alert')).toHaveTextContent('The list of blocking issues could not be shown. The list met something it could not draw.');
    expect(screen.queryByRole('button', { name: 'Copy issues' })).toBeNull();
    await expectTitleDetailAndRawBody();
  });

  it('keeps the title, detail, issues and raw body when the ticket text cannot be built', async () => {
    failing.text = true;
    render(<ProblemView depotId="dep-1" problem={parseProblem(body)} rawBody={JSON.stringify(body)} />);
    await userEvent.click(screen.getByRole('button', { name: 'Copy issues' }));
    expect(await screen.findByText(/^The clipboard is not available/)).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: /^__proto__/ })).toBeInTheDocument();
    await expectTitleDetailAndRawBody();
  });
});
