import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { microgridQueryKey, microgridQueryOptions } from '../api';
import type { NodeId } from '../domain/topology';
import type { ScenarioSessions } from '../features/preview';
import { ApiErrorView } from '../features/problems';
import { SignInForm } from '../features/sign-in';
import type { PreviewSlot } from '../view';
import { useApiConfig } from './api-config';
import { CancelledView, LoadingView } from './LoadingView';
import { loadGraph } from './lazy-graph';
import { TopologyScreen } from './TopologyScreen';

interface Props {
  depotId: string;
  nodeParam: string | null;
  onSelect: (id: NodeId | null) => void;
  preview: PreviewSlot | null;
  scenario: ScenarioSessions | null;
  /** The user just opened this depot: once it has loaded, focus goes to its heading. */
  focusHeading?: boolean;
}

/** One depot's request, from loading to the topology or to a clear account of what went wrong. */
export function DepotScreen({ depotId, nodeParam, onSelect, preview, scenario, focusHeading = false }: Props) {
  const config = useApiConfig();
  const queryClient = useQueryClient();
  const query = useQuery(microgridQueryOptions(depotId, config));
  // A Retry-After is honoured by asking again once by itself; after that, asking is the user's
  // call (and a retry by hand earns one more automatic one).
  const [autoRetried, setAutoRetried] = useState(false);
  const retry = () => {
    setAutoRetried(false);
    void query.refetch();
  };
  const autoRetry = autoRetried
    ? undefined
    : () => {
        setAutoRetried(true);
        void query.refetch();
      };
  // The graph's code loads while the topology is fetched.
  useEffect(() => {
    void loadGraph();
  }, []);

  if (query.isPending) {
    // Cancelled before any answer: the query is back to pending and no longer fetching.
    if (query.fetchStatus === 'idle') return <CancelledView depotId={depotId} onRetry={retry} />;
    return (
      <LoadingView key={depotId} depotId={depotId} onCancel={() => void queryClient.cancelQueries({ queryKey: microgridQueryKey(depotId) })} />
    );
  }
  if (query.isError) {
    return (
      <div className="error-screen">
        {query.isFetching && (
          <p role="status" className="retrying">
            Trying again…
          </p>
        )}
        <ApiErrorView error={query.error} onRetry={retry} onAutoRetry={autoRetry} retrying={query.isFetching} signIn={<SignInForm />} />
      </div>
    );
  }
  return (
    <TopologyScreen
      topology={query.data}
      nodeParam={nodeParam}
      onSelect={onSelect}
      depotId={depotId}
      preview={preview}
      scenario={scenario}
      rememberAs={depotId}
      focusHeading={focusHeading}
    />
  );
}
