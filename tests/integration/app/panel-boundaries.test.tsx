// @vitest-environment jsdom
/** A part of the depot screen that fails says so by name, and the rest of the screen stays. */
import { cleanup, screen } from '@testing-library/react';
import type { ComponentProps } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ProblemsModule from '../../../src/features/problems';
import type * as SummaryModule from '../../../src/features/summary';
import { renderApp, serveMockBackend } from './render-app';

const failing = vi.hoisted(() => ({ summary: false, warnings: false }));

vi.mock('../../../src/features/summary', async (importOriginal) => {
  const original = await importOriginal<typeof SummaryModule>();
  return {
    ...original,
    SummaryBar: (props: ComponentProps<typeof original.SummaryBar>) => {
      if (failing.summary) throw new Error('The summary met something it could not draw.');
      return <original.SummaryBar {...props} />;
    },
  };
});

vi.mock('../../../src/features/problems', async (importOriginal) => {
  const original = await importOriginal<typeof ProblemsModule>();
  return {
    ...original,
    TopologyProblems: () => {
      if (failing.warnings) throw new Error('The problems met something they could not draw.');
      return <original.TopologyProblems />;
    },
  };
});

serveMockBackend();
beforeEach(() => {
  failing.summary = false;
  failing.warnings = false;
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(cleanup);

describe('panel boundaries of the depot screen', () => {
  it('keeps the tree and the details when the summary fails', async () => {
    failing.summary = true;
    renderApp('?depot=small-depot');
    expect(await screen.findByRole('tree')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The summary could not be shown. The summary met something it could not draw.');
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
  });

  it('keeps the summary and the tree when the problems panel fails', async () => {
    failing.warnings = true;
    renderApp('?depot=small-depot');
    expect(await screen.findByRole('tree')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('The problems could not be shown. The problems met something they could not draw.');
    expect(screen.getByRole('region', { name: 'Summary' })).toBeInTheDocument();
  });
});
