import { Suspense, useCallback } from 'react';
import type { NodeId } from '../domain/topology';
import { ProblemView } from '../features/problems';
import { SiteFileWorkbench, type SiteAnswer } from '../features/site-file';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { TopologyScreen } from './TopologyScreen';

interface Props {
  nodeParam: string | null;
  onSelect: (id: NodeId | null) => void;
}

/** The site-file check, its answer drawn by the same screens as the backend's. */
export function SiteFileScreen({ nodeParam, onSelect }: Props) {
  const renderAnswer = useCallback(
    (answer: SiteAnswer) =>
      answer.kind === 'topology' ? (
        <TopologyScreen topology={answer.topology} nodeParam={nodeParam} onSelect={onSelect} />
      ) : (
        <ProblemView depotId={answer.problem.depot_id ?? 'site file'} problem={answer.problem} rawBody={answer.rawBody} />
      ),
    [nodeParam, onSelect],
  );
  return (
    <ErrorBoundary label="The site-file check">
      <Suspense fallback={<p role="status">Loading the site-file check…</p>}>
        <SiteFileWorkbench renderAnswer={renderAnswer} />
      </Suspense>
    </ErrorBoundary>
  );
}
