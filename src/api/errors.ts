/**
 * Every way a request can fail, as one error family. Views switch on `kind`; TanStack Query knows
 * `ApiError` as its default error type (see `query.ts`), so no `useQuery` call needs generics.
 */
import type { ParsedProblem } from '../domain/topology';
import type { RetryAfter } from './retry-after';

export type ApiErrorKind = 'topology-problem' | 'http' | 'network' | 'timeout' | 'response-shape' | 'aborted' | 'invalid-depot-id';

interface ApiErrorInit {
  depotId: string;
  title: string;
  retryable: boolean;
  status?: number | null;
  rawBody?: string | null;
  cause?: unknown;
}

export abstract class ApiError extends Error {
  abstract readonly kind: ApiErrorKind;
  readonly depotId: string;
  /** Short, user-facing headline. */
  readonly title: string;
  /** Whether trying again may help (5xx, network, timeout); a 4xx or a bad body will not change. */
  readonly retryable: boolean;
  /** HTTP status, when a response arrived. */
  readonly status: number | null;
  /** The body exactly as received, for the "raw response" view; null when none arrived. */
  readonly rawBody: string | null;

  protected constructor(message: string, init: ApiErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.depotId = init.depotId;
    this.title = init.title;
    this.retryable = init.retryable;
    this.status = init.status ?? null;
    this.rawBody = init.rawBody ?? null;
  }
}

/** 422: the backend cannot assemble the topology; `problem.errors` says why. */
export class TopologyProblemError extends ApiError {
  readonly kind = 'topology-problem';
  constructor(
    depotId: string,
    readonly problem: ParsedProblem,
    rawBody: string,
  ) {
    super(problem.detail ?? problem.title ?? 'The microgrid topology cannot be assembled.', {
      depotId,
      title: problem.title ?? 'Microgrid topology cannot be assembled',
      retryable: false,
      status: 422,
      rawBody,
    });
  }
}

function httpTitle(status: number): string {
  if (status === 401) return 'Sign-in required';
  if (status === 403) return 'Access denied';
  if (status === 404) return 'Depot or microgrid not found';
  if (status >= 500) return 'The server could not answer';
  return 'The request was refused';
}

/** Any other non-2xx answer. */
export class HttpError extends ApiError {
  readonly kind = 'http';
  constructor(
    depotId: string,
    status: number,
    /** The body as an RFC 9457 problem, when it is one. */
    readonly problem: ParsedProblem | null,
    /** The server's own explanation: a problem's `detail`, or FastAPI's `{"detail": ...}`. */
    readonly detail: string | null,
    rawBody: string,
    /** The answer's `Retry-After`, when it had one. */
    readonly retryAfter: RetryAfter | null = null,
  ) {
    super(detail ?? `HTTP ${status}`, { depotId, title: httpTitle(status), retryable: status >= 500, status, rawBody });
  }
}

/** No response at all: offline, DNS, CORS, connection reset. */
export class NetworkError extends ApiError {
  readonly kind = 'network';
  constructor(depotId: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : 'The request did not reach the server.', {
      depotId,
      title: 'The server could not be reached',
      retryable: true,
      cause,
    });
  }
}

export class TimeoutError extends ApiError {
  readonly kind = 'timeout';
  constructor(
    depotId: string,
    readonly timeoutMs: number,
  ) {
    super(`No complete answer within ${timeoutMs / 1000} s.`, { depotId, title: 'The server took too long', retryable: true });
  }
}

/** A 200 whose body is not JSON or does not match the contract. */
export class ResponseShapeError extends ApiError {
  readonly kind = 'response-shape';
  constructor(
    depotId: string,
    /** Where the body breaks the contract, e.g. "at nodes[3].kind: expected string". */
    readonly problems: readonly string[],
    rawBody: string,
    status: number,
  ) {
    super(problems.join('\n'), { depotId, title: 'The response does not match the API contract', retryable: false, status, rawBody });
  }
}

/** The caller cancelled (TanStack Query's signal); never shown, since the query reverts. */
export class RequestAbortedError extends ApiError {
  readonly kind = 'aborted';
  constructor(depotId: string) {
    super('The request was cancelled.', { depotId, title: 'Request cancelled', retryable: false });
  }
}

/** A depot id that cannot be sent (empty, `.` or `..`): refused before any request. */
export class InvalidDepotIdError extends ApiError {
  readonly kind = 'invalid-depot-id';
  constructor(depotId: string, reason: string) {
    super(reason, { depotId, title: 'Not a depot id', retryable: false });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
