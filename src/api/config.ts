/**
 * The API client's settings, read from the build environment in one place and handed to the
 * client as a plain object, so tests (and a future settings screen) can pass their own.
 */
export interface ApiConfig {
  /** Origin (and optional path prefix) of the backend, without a trailing slash; '' = same origin. */
  baseUrl: string;
  /** Bearer token; null sends no credentials and no tenant headers. */
  token: string | null;
  /**
   * The signed-in user's token, read as each request is sent (so a sign-in applies to the very
   * next request); when it returns a token, that token is sent instead of `token`.
   */
  sessionToken?: () => string | null;
  accountId: string | null;
  workspaceId: string | null;
  /** Whole-request budget, including reading the body. */
  timeoutMs: number;
  /** How many times a retryable failure (5xx, network, timeout) is retried; 4xx never is. */
  retries: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 1;

type Env = Readonly<Record<string, unknown>>;

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function wholeNumber(value: unknown, fallback: number, min: number): number {
  const raw = text(value);
  if (raw === null) return fallback;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min ? n : fallback;
}

export function readApiConfig(env: Env = import.meta.env): ApiConfig {
  return {
    baseUrl: (text(env.VITE_API_BASE_URL) ?? '').replace(/\/+$/, ''),
    token: text(env.VITE_API_TOKEN),
    accountId: text(env.VITE_ACCOUNT_ID),
    workspaceId: text(env.VITE_WORKSPACE_ID),
    timeoutMs: wholeNumber(env.VITE_API_TIMEOUT_MS, DEFAULT_TIMEOUT_MS, 1),
    retries: wholeNumber(env.VITE_API_RETRIES, DEFAULT_RETRIES, 0),
  };
}
