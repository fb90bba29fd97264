import type { ReactNode } from 'react';
import { TopologyProblemError, type ApiError } from '../../api';
import { FailureView } from './FailureView';
import { ProblemView } from './ProblemView';

interface Props {
  error: ApiError;
  onRetry: () => void;
  /** Asks again by itself once a `Retry-After` wait is over (see `FailureView`). */
  onAutoRetry?: () => void;
  /** A request is in flight again. */
  retrying?: boolean;
  /** What to offer on a 401, e.g. a sign-in form (the app composes it; features stay apart). */
  signIn?: ReactNode;
}

/** The right screen for any failed topology request: the 422 view, or the generic one. */
export function ApiErrorView({ error, onRetry, onAutoRetry, retrying, signIn }: Props) {
  if (error instanceof TopologyProblemError) {
    return <ProblemView depotId={error.depotId} problem={error.problem} rawBody={error.rawBody} onRetry={onRetry} />;
  }
  return <FailureView error={error} onRetry={onRetry} onAutoRetry={onAutoRetry} retrying={retrying} signIn={signIn} />;
}
