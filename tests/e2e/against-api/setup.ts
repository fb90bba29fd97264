/**
 * Where the "against-api" end-to-end tests find their servers, and what they configure. Ports
 * follow E2E_PORT so that runs on different E2E_PORTs do not collide; each can be set on its own.
 */
export function apiE2e(e2ePort: number) {
  const appPort = Number(process.env.E2E_API_APP_PORT ?? e2ePort + 2000);
  const mockApiPort = Number(process.env.E2E_MOCK_API_PORT ?? e2ePort + 4624);
  const mockApiUrl = `http://127.0.0.1:${mockApiPort}`;
  const accountId = 'acc-e2e';
  const workspaceId = 'ws-e2e';
  return {
    appPort,
    appUrl: `http://127.0.0.1:${appPort}`,
    mockApiPort,
    mockApiUrl,
    /** The token the mock API accepts; the built app has none, so the user enters it. */
    token: 'e2e-token-7f3a9c',
    accountId,
    workspaceId,
    configJson: { apiBaseUrl: mockApiUrl, mock: false, timeoutMs: 10_000, retries: 0, accountId, workspaceId },
  };
}

export const API_E2E = apiE2e(Number(process.env.E2E_PORT ?? 4173));
