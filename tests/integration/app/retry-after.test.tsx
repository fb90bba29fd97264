// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { HttpError, parseRetryAfter, TimeoutError } from '../../../src/api';
import { FailureView } from '../../../src/features/problems/FailureView';
import { renderApp, serveMockBackend, testConfig } from './render-app';

serveMockBackend();
afterEach(() => vi.useRealTimers());

const unavailable = (retryAfter: string) =>
  new HttpError('dep-1', 503, null, 'Restarting', '{"detail":"Restarting"}', parseRetryAfter(retryAfter, Date.now()));

describe('a 503 with Retry-After, in the error view', () => {
  it('says how long the server asks to wait, counts down, and asks again once, not before', async () => {
    vi.useFakeTimers();
    const onRetry = vi.fn();
    const onAutoRetry = vi.fn();
    render(<FailureView error={unavailable('30')} onRetry={onRetry} onAutoRetry={onAutoRetry} />);
    const note = screen.getByText(/The server asks to wait/);
    expect(note).toHaveTextContent('The server asks to wait 30 s; trying again in 30 s.');
    expect(screen.getByText('Retry-After').nextElementSibling).toHaveTextContent('30');

    act(() => vi.advanceTimersByTime(10_000));
    expect(note).toHaveTextContent('trying again in 20 s.');
    act(() => vi.advanceTimersByTime(19_999));
    expect(onAutoRetry).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onAutoRetry).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(120_000));
    expect(onAutoRetry).toHaveBeenCalledTimes(1);
    // The retry by hand stays.
    expect(screen.getByRole('button', { name: 'Retry' })).toBeEnabled();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('reads an HTTP-date as the time left until it', () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-26T04:12:00Z') });
    render(<FailureView error={unavailable('Thu, 26 Mar 2026 04:12:45 GMT')} onRetry={() => {}} onAutoRetry={() => {}} />);
    expect(screen.getByText(/The server asks to wait/)).toHaveTextContent('The server asks to wait 45 s; trying again in 45 s.');
  });

  it.each([
    ['-5', /not a wait this app can read, so it will not try again by itself/],
    ['soon', /not a wait this app can read/],
    ['86400', /asks to wait 24 h.*will not try again on its own/],
    ['99999999999999999999', /will not try again on its own/],
  ])('does not wait by itself for Retry-After: %s, and says so', (raw, says) => {
    vi.useFakeTimers();
    const onAutoRetry = vi.fn();
    render(<FailureView error={unavailable(raw)} onRetry={() => {}} onAutoRetry={onAutoRetry} />);
    expect(screen.getByText(says)).toBeInTheDocument();
    act(() => vi.advanceTimersByTime(10 * 60_000));
    expect(onAutoRetry).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('says it already asked again once when it will not again by itself', () => {
    render(<FailureView error={unavailable('5')} onRetry={() => {}} />);
    expect(screen.getByText(/The server asks to wait 5 s. It already asked again once by itself; use Retry/)).toBeInTheDocument();
  });
});

describe('a 503 with Retry-After, in the app', () => {
  it('shows the wait, asks again by itself after it and not before, then shows the depot', async () => {
    let calls = 0;
    const small = await (await fetch(`${location.origin}/api/depot/small-depot/microgrid`)).json();
    server.use(
      http.get('*/api/depot/busy-depot/microgrid', () => {
        calls += 1;
        return calls === 1
          ? HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503, headers: { 'Retry-After': '1', 'Content-Type': 'application/problem+json' } })
          : HttpResponse.json(small);
      }),
    );
    renderApp('?depot=busy-depot', { ...testConfig, retries: 2 });
    expect(await screen.findByText(/The server asks to wait 1 s; trying again in/)).toHaveTextContent(/trying again in 1 s\.$/);
    // Not retried by the query (retries: 2) nor early by the view.
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(calls).toBe(1);
    expect(await screen.findByRole('tree', { name: 'Microgrid topology' }, { timeout: 3000 })).toBeInTheDocument();
    expect(calls).toBe(2);
  });

  it('asks again by itself only once; a retry by hand earns another', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/depot/busy-depot/microgrid', () => {
        calls += 1;
        return HttpResponse.json({ title: 'Service Unavailable', status: 503 }, { status: 503, headers: { 'Retry-After': '0' } });
      }),
    );
    const user = userEvent.setup();
    renderApp('?depot=busy-depot');
    expect(await screen.findByText(/It already asked again once by itself/, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(calls).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(2);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText(/It already asked again once by itself/, undefined, { timeout: 3000 })).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(calls).toBe(4);
  });
});

describe('a timeout', () => {
  it('is reported within the configured timeout, even with retries configured', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/depot/fault-timeout/microgrid', () => {
        calls += 1;
        return new Promise<never>(() => {});
      }),
    );
    const started = Date.now();
    renderApp('?depot=fault-timeout', { ...testConfig, timeoutMs: 400, retries: 2 });
    const heading = await screen.findByRole('heading', { name: 'The server took too long' }, { timeout: 2000 });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(400);
    // Well before twice the timeout (a retry would also add its delay of a second).
    expect(elapsed).toBeLessThan(700);
    expect(calls).toBe(1);
    const view = heading.closest('section')!;
    expect(within(view as HTMLElement).getByText('Waited').nextElementSibling).toHaveTextContent('400 ms, the configured timeout');
  });

  it('says how long it waited', () => {
    render(<FailureView error={new TimeoutError('dep-1', 15_000)} onRetry={() => {}} />);
    expect(screen.getByText('Waited').nextElementSibling).toHaveTextContent('15 s, the configured timeout');
  });
});
