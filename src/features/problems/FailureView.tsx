import { useId, type ReactNode } from 'react';
import { formatWait, HttpError, ResponseShapeError, TimeoutError, type ApiError } from '../../api';
import { RawResponse } from './RawResponse';
import { RetryAfterNote } from './RetryAfterNote';
import './problems.css';

/** What happened, in plain words, for an error that is not a 422. */
export function explainFailure(error: ApiError): string {
  switch (error.kind) {
    case 'network':
      return 'The request did not reach the server. Check your connection, then retry.';
    case 'timeout':
      return 'The server did not answer in time. It may be busy; retry in a moment.';
    case 'response-shape':
      return 'The server answered, but not in the shape this app understands. Retrying will not help; report it with the details below.';
    case 'aborted':
      return 'The request was cancelled.';
    case 'invalid-depot-id':
      return `${error.message} Nothing was sent to the server.`;
    case 'topology-problem':
      return 'The topology of this depot cannot be assembled.';
    case 'http':
      if (error.status === 401) return 'You are not signed in, or your session has expired. Sign in again to see this depot.';
      if (error.status === 403) return 'You do not have access to this depot. Ask an administrator for access.';
      if (error.status === 404) return `There is no depot "${error.depotId}", or it has no microgrid. Check the depot id.`;
      if (error.status !== null && error.status >= 500) return 'The server failed while answering. This is usually temporary; retry.';
      return 'The server refused the request.';
  }
}

/** A key per error object: a new answer restarts its Retry-After wait. */
const errorKeys = new WeakMap<ApiError, number>();
let nextErrorKey = 0;
function errorKey(error: ApiError): number {
  let key = errorKeys.get(error);
  if (key === undefined) {
    key = nextErrorKey++;
    errorKeys.set(error, key);
  }
  return key;
}

interface Props {
  error: ApiError;
  onRetry: () => void;
  /**
   * Asks again once the wait of a `Retry-After` is over; absent, the wait is shown but not acted
   * on (e.g. the app already asked again once by itself).
   */
  onAutoRetry?: () => void;
  /** A request is in flight: no wait is counted down meanwhile (its answer brings its own). */
  retrying?: boolean;
  signIn?: ReactNode;
}

/**
 * Every failure other than a 422: headline, explanation, what the server said, when to ask again
 * (a `Retry-After`), and a retry; on a 401, the `signIn` the app supplies.
 */
export function FailureView({ error, onRetry, onAutoRetry, retrying = false, signIn }: Props) {
  const headingId = useId();
  const serverSays = error instanceof HttpError ? error.detail : null;
  const retryAfter = error instanceof HttpError && error.retryable ? error.retryAfter : null;
  return (
    <section className="failure-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{error.title}</h2>
      <p>{explainFailure(error)}</p>
      {retryAfter !== null && !retrying && <RetryAfterNote key={errorKey(error)} retryAfter={retryAfter} onAutoRetry={onAutoRetry} />}
      {error.status === 401 && signIn}
      <dl className="failure-facts">
        <dt>Depot</dt>
        <dd>
          <code>{error.depotId}</code>
        </dd>
        {error.status !== null && (
          <>
            <dt>Status</dt>
            <dd>HTTP {error.status}</dd>
          </>
        )}
        {serverSays && (
          <>
            <dt>Server message</dt>
            <dd className="failure-server-message">{serverSays}</dd>
          </>
        )}
        {error instanceof TimeoutError && (
          <>
            <dt>Waited</dt>
            <dd>{error.timeoutMs < 1000 ? `${error.timeoutMs} ms` : formatWait(error.timeoutMs)}, the configured timeout</dd>
          </>
        )}
        {retryAfter !== null && (
          <>
            <dt>Retry-After</dt>
            <dd>
              <code>{retryAfter.raw}</code>
            </dd>
          </>
        )}
        {error.kind === 'network' && (
          <>
            <dt>Cause</dt>
            <dd>{error.message}</dd>
          </>
        )}
      </dl>
      {error instanceof ResponseShapeError && (
        <>
          <h3>Where the response breaks the contract</h3>
          <ul className="failure-shape-problems" aria-label="Where the response breaks the contract">
            {error.problems.map((p) => (
              <li key={p}>
                <code>{p}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {error.kind !== 'invalid-depot-id' && (
        <div className="problem-actions">
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      <RawResponse body={error.rawBody} />
    </section>
  );
}
