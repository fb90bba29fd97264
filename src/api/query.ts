/** TanStack Query bindings: the error type it reports, and one options factory per endpoint. */
import { queryOptions } from '@tanstack/react-query';
import type { ApiConfig } from './config';
import { fetchMicrogridTopology } from './client';
import { HttpError, type ApiError } from './errors';

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}

/** The prefix of every topology query, e.g. to ask again after signing in. */
export const MICROGRID_QUERIES = ['microgrid'] as const;

export function microgridQueryKey(depotId: string) {
  return [...MICROGRID_QUERIES, depotId] as const;
}

/**
 * Retry transient failures up to `maxRetries` times; a 4xx or a bad body will not change. Two
 * transient failures are not retried here:
 * - a timeout: `timeoutMs` is the longest the user waits to hear that the server is not answering,
 *   and a retry would make it twice that (plus the delay between);
 * - an answer with `Retry-After`: the server said when to ask again, so the error is shown at once
 *   and the error view retries after that wait (see `FailureView`), not a second from now.
 */
export function shouldRetry(failureCount: number, error: ApiError, maxRetries: number): boolean {
  if (error.kind === 'timeout') return false;
  if (error instanceof HttpError && error.retryAfter !== null) return false;
  return error.retryable && failureCount < maxRetries;
}

export function microgridQueryOptions(depotId: string, config: ApiConfig) {
  return queryOptions({
    queryKey: microgridQueryKey(depotId),
    queryFn: ({ signal }) => fetchMicrogridTopology(depotId, config, signal),
    retry: (failureCount, error) => shouldRetry(failureCount, error, config.retries),
  });
}
