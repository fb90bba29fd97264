import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { applyRuntimeConfig, loadRuntimeConfig, parseRuntimeConfig, readApiConfig, RuntimeConfigError } from '../../../src/api';

const CONFIG_URL = 'http://app.test/config.json';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const build = readApiConfig({ VITE_API_BASE_URL: 'https://build.example.com', VITE_ACCOUNT_ID: 'acc-build', VITE_API_TOKEN: 'tok-build' });

function problemsOf(raw: unknown): readonly string[] {
  try {
    parseRuntimeConfig(raw);
  } catch (error) {
    if (error instanceof RuntimeConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseRuntimeConfig', () => {
  it('accepts every field, and none', () => {
    const full = { apiBaseUrl: 'https://core.example.com/v1', mock: false, timeoutMs: 5000, retries: 0, accountId: 'acc', workspaceId: 'ws' };
    expect(parseRuntimeConfig(full)).toEqual(full);
    expect(parseRuntimeConfig({})).toEqual({});
    expect(parseRuntimeConfig({ apiBaseUrl: '' })).toEqual({ apiBaseUrl: '' });
  });

  it('names each bad field and says what it must be', () => {
    expect(problemsOf({ apiBaseUrl: 'javascript:alert(1)', timeoutMs: 1.5, retries: -1, mock: 'yes', accountId: ' ' })).toEqual([
      '"apiBaseUrl" must be an http(s) URL without query or fragment, e.g. "https://api.example.com", or "" for this origin',
      '"mock" must be true or false',
      '"timeoutMs" must be a whole number of milliseconds',
      '"retries" must be 0 or more',
      '"accountId" must be a non-empty single line',
    ]);
  });

  it.each(['ftp://example.com', 'https://example.com/?api=1', 'https://user:pw@example.com', 'example.com'])('refuses the API base %s', (apiBaseUrl) => {
    expect(problemsOf({ apiBaseUrl })).toHaveLength(1);
  });

  it('names a field it does not know, so a typo is not silently ignored', () => {
    expect(problemsOf({ apiBaseURL: 'https://x.example.com' })).toEqual(['unknown field "apiBaseURL"']);
  });

  it('says so when the file is not an object', () => {
    expect(problemsOf([1])).toEqual(['it must be a JSON object']);
    expect(() => parseRuntimeConfig('x')).toThrow('config.json is not valid: it must be a JSON object.');
  });
});

describe('applyRuntimeConfig', () => {
  it('keeps the build values for what the file leaves out', () => {
    expect(applyRuntimeConfig(build, { timeoutMs: 3000 })).toEqual({ ...build, timeoutMs: 3000 });
    expect(applyRuntimeConfig(build, null)).toBe(build);
  });

  it('lays the file over the build, without a trailing slash on the base', () => {
    const config = applyRuntimeConfig(build, { apiBaseUrl: 'https://run.example.com/', accountId: ' acc-run ', workspaceId: 'ws-run', retries: 2 });
    expect(config).toEqual({ ...build, baseUrl: 'https://run.example.com', accountId: 'acc-run', workspaceId: 'ws-run', retries: 2 });
  });

  it('never sets a token: config.json is public', () => {
    expect(applyRuntimeConfig(build, { apiBaseUrl: '' }).token).toBe('tok-build');
  });
});

describe('loadRuntimeConfig', () => {
  it('reads the file', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.json({ apiBaseUrl: 'https://core.example.com' })));
    await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toEqual({ apiBaseUrl: 'https://core.example.com' });
  });

  it('takes a 404, or the page a single-page server sends for any missing file, as no file', async () => {
    server.use(http.get(CONFIG_URL, () => new HttpResponse(null, { status: 404 })));
    await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toBeNull();
    server.use(http.get(CONFIG_URL, () => HttpResponse.html('<!doctype html><div id="root"></div>')));
    await expect(loadRuntimeConfig(CONFIG_URL)).resolves.toBeNull();
  });

  it('refuses a file that is not JSON, a server error and an unreachable server, each with its reason', async () => {
    server.use(http.get(CONFIG_URL, () => HttpResponse.text('{ "apiBaseUrl": ', { headers: { 'Content-Type': 'application/json' } })));
    await expect(loadRuntimeConfig(CONFIG_URL)).rejects.toThrow('config.json is not valid: it is not JSON.');
    server.use(http.get(CONFIG_URL, () => new HttpResponse('no', { status: 500 })));
    await expect(loadRuntimeConfig(CONFIG_URL)).rejects.toThrow('the server answered HTTP 500');
    server.use(http.get(CONFIG_URL, () => HttpResponse.error()));
    await expect(loadRuntimeConfig(CONFIG_URL)).rejects.toThrow(/it could not be loaded/);
  });
});
