import { useEffect, useState } from 'react';

/** After this long, say the server is slow and offer to stop waiting. */
export const SLOW_RESPONSE_MS = 4000;

export function LoadingView({ depotId, onCancel }: { depotId: string; onCancel: () => void }) {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_RESPONSE_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div className="loading-view">
      <p role="status">
        Loading the topology of depot <code>{depotId}</code>…
      </p>
      {slow && (
        <p className="loading-slow">
          This is taking longer than usual.{' '}
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </p>
      )}
    </div>
  );
}

export function CancelledView({ depotId, onRetry }: { depotId: string; onRetry: () => void }) {
  return (
    <div className="loading-view">
      <p role="status">
        Loading of depot <code>{depotId}</code> was cancelled.
      </p>
      <button type="button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
