import { describe, expect, it } from 'vitest';
import { readApiConfig } from '../../../src/api';

describe('readApiConfig', () => {
  it('defaults to same origin, no credentials, 15 s and one retry', () => {
    expect(readApiConfig({})).toEqual({
      baseUrl: '',
      token: null,
      accountId: null,
      workspaceId: null,
      timeoutMs: 15000,
      retries: 1,
    });
  });

  it('reads every variable and drops a trailing slash from the base URL', () => {
    expect(
      readApiConfig({
        VITE_API_BASE_URL: 'https://core.example.com/',
        VITE_API_TOKEN: ' tok ',
        VITE_ACCOUNT_ID: 'acc',
        VITE_WORKSPACE_ID: 'ws',
        VITE_API_TIMEOUT_MS: '5000',
        VITE_API_RETRIES: '0',
      }),
    ).toEqual({ baseUrl: 'https://core.example.com', token: 'tok', accountId: 'acc', workspaceId: 'ws', timeoutMs: 5000, retries: 0 });
  });

  it('ignores a timeout that is not a positive whole number', () => {
    expect(readApiConfig({ VITE_API_TIMEOUT_MS: 'soon' }).timeoutMs).toBe(15000);
    expect(readApiConfig({ VITE_API_TIMEOUT_MS: '0' }).timeoutMs).toBe(15000);
  });
});
