// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';

afterEach(cleanup);

let broken = true;
function Fragile() {
  if (broken) throw new Error('layout exploded');
  return <p>Graph drawn</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed instead of a blank page, and can try again', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    broken = true;
    render(
      <>
        <ErrorBoundary label="The topology graph">
          <Fragile />
        </ErrorBoundary>
        <p>Tree still here</p>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('The topology graph could not be shown. layout exploded');
    expect(screen.getByText('Tree still here')).toBeInTheDocument();
    broken = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Graph drawn')).toBeInTheDocument();
  });
});
