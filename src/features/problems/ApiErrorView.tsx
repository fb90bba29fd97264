import { TopologyProblemError, type ApiError } from '../../api';
import { FailureView } from './FailureView';
import { ProblemView } from './ProblemView';

/** The right screen for any failed topology request: the 422 view, or the generic one. */
export function ApiErrorView({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  if (error instanceof TopologyProblemError) {
    return <ProblemView depotId={error.depotId} problem={error.problem} rawBody={error.rawBody} onRetry={onRetry} />;
  }
  return <FailureView error={error} onRetry={onRetry} />;
}
