import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { server } from '../../../mocks/node';
import type { ApiConfig } from '../../../src/api';
import { App } from '../../../src/app/App';
import { AppProviders } from '../../../src/app/providers';
import { SCENARIOS } from '../../../mocks/scenarios';

export const testConfig: ApiConfig = { baseUrl: '', token: null, accountId: null, workspaceId: null, timeoutMs: 10_000, retries: 0 };

/** The whole app at `search` (e.g. "?depot=small-depot"), against whatever MSW serves. */
export function renderApp(search = '', config: ApiConfig = testConfig) {
  window.history.replaceState(null, '', `/${search}`);
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, gcTime: Infinity } } });
  const view = render(
    <AppProviders client={client} config={config}>
      <App scenarios={SCENARIOS} />
    </AppProviders>,
  );
  return { ...view, client };
}

/**
 * The real mock backend, over MSW in Node, for every test of the calling file: an unhandled
 * request fails the test, and each test starts from the plain handlers and a bare URL.
 */
export function serveMockBackend() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    window.history.replaceState(null, '', '/');
  });
  // What a test expanded or folded is remembered per depot (and may be written until the app is
  // unmounted, after this file's afterEach): each test starts from empty storage.
  beforeEach(() => window.localStorage.clear());
  afterAll(() => server.close());
}
