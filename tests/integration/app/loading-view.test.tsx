// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LoadingView, SLOW_RESPONSE_MS } from '../../../src/app/LoadingView';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('LoadingView', () => {
  it('names the depot, and offers to cancel only once the answer is slow', () => {
    vi.useFakeTimers();
    const onCancel = vi.fn();
    render(<LoadingView depotId="welshpool" onCancel={onCancel} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the topology of depot welshpool…');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();

    act(() => vi.advanceTimersByTime(SLOW_RESPONSE_MS - 1));
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    act(() => vi.advanceTimersByTime(1));
    expect(screen.getByText(/This is taking longer than usual/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });
});
