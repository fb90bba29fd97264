/**
 * `config.json`, read beside `index.html` when the app starts, so one build can be pointed at any
 * backend. Every field is optional: what it leaves out keeps the build's `VITE_*` default. The API
 * origin comes only from here or the build, never from the page's URL.
 */
import * as z from 'zod/mini';
import type { ApiConfig } from './config';

/** An http(s) origin, optionally with a path prefix; '' means the app's own origin. */
function isApiBase(value: string): boolean {
  if (value === '') return true;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '' && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}

const notBlank = (value: string) => value.trim() !== '' && !/[\r\n]/.test(value);

export const RuntimeConfigSchema = z.strictObject({
  apiBaseUrl: z.optional(
    z.string({ error: 'must be a string' }).check(z.refine(isApiBase, 'must be an http(s) URL without query or fragment, e.g. "https://api.example.com", or "" for this origin')),
  ),
  /** Honoured only by builds that contain the mock backend (`npm run dev`, `build:mock`). */
  mock: z.optional(z.boolean({ error: 'must be true or false' })),
  timeoutMs: z.optional(z.int({ error: 'must be a whole number of milliseconds' }).check(z.minimum(1, 'must be at least 1'), z.maximum(600_000, 'must be at most 600000 (10 minutes)'))),
  retries: z.optional(z.int({ error: 'must be a whole number' }).check(z.minimum(0, 'must be 0 or more'), z.maximum(10, 'must be at most 10'))),
  accountId: z.optional(z.string({ error: 'must be a string' }).check(z.refine(notBlank, 'must be a non-empty single line'))),
  workspaceId: z.optional(z.string({ error: 'must be a string' }).check(z.refine(notBlank, 'must be a non-empty single line'))),
});

export type RuntimeConfig = z.infer<typeof RuntimeConfigSchema>;

/** `config.json` exists but cannot be used; the message names every bad field. */
export class RuntimeConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`config.json is not valid: ${problems.join('; ')}.`);
    this.name = 'RuntimeConfigError';
  }
}

function unknownKeys(issue: z.core.$ZodIssue): string | null {
  return issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : null;
}

export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  const result = z.safeParse(RuntimeConfigSchema, raw);
  if (result.success) return result.data;
  throw new RuntimeConfigError(
    result.error.issues.map((issue) => unknownKeys(issue) ?? (issue.path.length > 0 ? `"${issue.path.join('.')}" ${issue.message}` : 'it must be a JSON object')),
  );
}

/**
 * Fetches and checks `config.json`. Null when there is none: a 404, or the HTML page a single-page
 * server answers for any missing file. Throws `RuntimeConfigError` when it exists but is unusable.
 */
export async function loadRuntimeConfig(url: string): Promise<RuntimeConfig | null> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new RuntimeConfigError([`it could not be loaded (${error instanceof Error ? error.message : String(error)})`]);
  }
  if (response.status === 404 || /^text\/html\b/i.test(response.headers.get('content-type') ?? '')) return null;
  if (!response.ok) throw new RuntimeConfigError([`the server answered HTTP ${response.status}`]);
  let raw: unknown;
  try {
    raw = JSON.parse(await response.text());
  } catch {
    throw new RuntimeConfigError(['it is not JSON']);
  }
  return parseRuntimeConfig(raw);
}

/** The build's settings with what `config.json` sets laid over them. */
export function applyRuntimeConfig(defaults: ApiConfig, file: RuntimeConfig | null): ApiConfig {
  if (file === null) return defaults;
  return {
    ...defaults,
    baseUrl: file.apiBaseUrl === undefined ? defaults.baseUrl : file.apiBaseUrl.replace(/\/+$/, ''),
    timeoutMs: file.timeoutMs ?? defaults.timeoutMs,
    retries: file.retries ?? defaults.retries,
    accountId: file.accountId?.trim() ?? defaults.accountId,
    workspaceId: file.workspaceId?.trim() ?? defaults.workspaceId,
  };
}
