/** The details column: the selected node's details, or a word on what to do when none is selected. */
import { memo } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { selectSelectedId, useViewState } from '../../view';
import { NodeDetails } from './NodeDetails';
import './NodeDetails.css';

function DetailsHint({ unknownNode, onClear }: { unknownNode: string | null; onClear: () => void }) {
  if (unknownNode === null) return <p className="details-hint">Select a node in the tree or the graph to see its details.</p>;
  return (
    <div className="details-hint" role="note">
      <p>
        There is no node <code>{unknownNode}</code> in this topology. It may have been removed or renamed since the link was
        made.
      </p>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}

export const DetailsPanel = memo(function DetailsPanel({ unknownNode, onClearUnknown }: { unknownNode: string | null; onClearUnknown: () => void }) {
  const selectedId = useViewState(selectSelectedId);
  if (selectedId !== null) {
    return (
      <ErrorBoundary label="The details panel" resetKey={selectedId}>
        <NodeDetails key={selectedId} nodeId={selectedId} />
      </ErrorBoundary>
    );
  }
  return <DetailsHint unknownNode={unknownNode} onClear={onClearUnknown} />;
});
