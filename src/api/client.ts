/**
 * The one fetch wrapper: builds the request the contract describes, enforces the timeout, and
 * turns every outcome into either a parsed topology or an `ApiError`. It never throws anything
 * else, so views can rely on `error.kind`.
 */
import { parseMicrogridTopology, parseProblem, type MicrogridTopology } from '../domain/topology';
import type { ApiConfig } from './config';
import { depotIdProblem } from './depot-id';
import {
  ApiError,
  HttpError,
  InvalidDepotIdError,
  NetworkError,
  RequestAbortedError,
  ResponseShapeError,
  TimeoutError,
  TopologyProblemError,
} from './errors';
import { parseRetryAfter } from './retry-after';
import { fastApiDetail, isFastApiValidationBody, parseJson, problemFromBody } from './response-body';

export const ACCEPT = 'application/json, application/problem+json';

/** The endpoint's path, with `depotId` as one encoded segment; throws `InvalidDepotIdError` for `.`, `..` or ''. */
export function microgridPath(depotId: string): string {
  const problem = depotIdProblem(depotId);
  if (problem !== null) throw new InvalidDepotIdError(depotId, problem);
  return `/api/depot/${encodeURIComponent(depotId)}/microgrid`;
}

/**
 * An empty base means same origin. The path is resolved against the page's location when there
 * is one, so the client behaves the same under fetch implementations that reject relative URLs.
 */
export function microgridUrl(depotId: string, config: Pick<ApiConfig, 'baseUrl'>): string {
  const path = microgridPath(depotId);
  if (config.baseUrl !== '') return `${config.baseUrl}${path}`;
  const origin = typeof location === 'undefined' ? '' : location.origin;
  return origin === 'null' ? path : `${origin}${path}`;
}

export function requestHeaders(depotId: string, config: ApiConfig): Record<string, string> {
  const headers: Record<string, string> = { Accept: ACCEPT };
  const token = config.sessionToken?.() ?? config.token;
  if (token === null) return headers;
  headers.Authorization = `Bearer ${token}`;
  if (config.accountId !== null) headers['x-account-id'] = config.accountId;
  if (config.workspaceId !== null) headers['x-workspace-id'] = config.workspaceId;
  headers['x-depot-id'] = depotId;
  return headers;
}

async function interpret(depotId: string, response: Response): Promise<MicrogridTopology> {
  const receivedAt = Date.now();
  const rawBody = await response.text();
  const contentType = response.headers.get('content-type');
  const json = parseJson(rawBody);
  const body = json.ok ? json.value : undefined;

  if (response.ok) {
    if (!json.ok) throw new ResponseShapeError(depotId, [`The body is not JSON: ${json.reason}`], rawBody, response.status);
    const parsed = parseMicrogridTopology(body);
    if (!parsed.ok) throw new ResponseShapeError(depotId, parsed.problems, rawBody, response.status);
    return parsed.value;
  }
  // A 422 is the topology problem, unless it is FastAPI rejecting the request itself.
  if (response.status === 422 && !isFastApiValidationBody(body)) {
    const problem = json.ok ? parseProblem(body) : { errors: null, errorsProblems: [`The body is not JSON: ${json.reason}`] };
    throw new TopologyProblemError(depotId, problem, rawBody);
  }
  const problem = problemFromBody(body, contentType);
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'), receivedAt);
  throw new HttpError(depotId, response.status, problem, problem?.detail ?? fastApiDetail(body), rawBody, retryAfter);
}

/**
 * GET the depot's topology. `signal` is the caller's (TanStack Query cancels through it); the
 * timeout covers the whole exchange, body included.
 */
export async function fetchMicrogridTopology(depotId: string, config: ApiConfig, signal?: AbortSignal): Promise<MicrogridTopology> {
  const url = microgridUrl(depotId, config);
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeoutMs);
  const onCallerAbort = () => controller.abort();
  if (signal?.aborted) controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const response = await fetch(url, {
      method: 'GET',
      headers: requestHeaders(depotId, config),
      signal: controller.signal,
    });
    return await interpret(depotId, response);
  } catch (error) {
    if (timedOut) throw new TimeoutError(depotId, config.timeoutMs);
    if (signal?.aborted) throw new RequestAbortedError(depotId);
    if (error instanceof ApiError) throw error;
    throw new NetworkError(depotId, error);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}
