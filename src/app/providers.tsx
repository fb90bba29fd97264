import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ApiConfig } from '../api';
import { ApiConfigContext } from './api-config';

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // A topology is a snapshot the operator reads; refetching on focus would re-lay the graph
      // under their eyes. Retry policy comes from `microgridQueryOptions`.
      queries: { staleTime: 60_000, refetchOnWindowFocus: false },
    },
  });
}

export function AppProviders({ client, config, children }: { client: QueryClient; config: ApiConfig; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <ApiConfigContext value={config}>{children}</ApiConfigContext>
    </QueryClientProvider>
  );
}
