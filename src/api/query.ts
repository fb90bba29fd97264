/** TanStack Query bindings: the error type it reports, and one options factory per endpoint. */
import { queryOptions } from '@tanstack/react-query';
import type { ApiConfig } from './config';
import { fetchMicrogridTopology } from './client';
import type { ApiError } from './errors';

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

/** Retry transient failures up to `maxRetries` times; a 4xx or a bad body will not change. */
export function shouldRetry(failureCount: number, error: ApiError, maxRetries: number): boolean {
  return error.retryable && failureCount < maxRetries;
}

export function microgridQueryOptions(depotId: string, config: ApiConfig) {
  return queryOptions({
    queryKey: microgridQueryKey(depotId),
    queryFn: ({ signal }) => fetchMicrogridTopology(depotId, config, signal),
    retry: (failureCount, error) => shouldRetry(failureCount, error, config.retries),
  });
}
