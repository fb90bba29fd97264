import { useId, useState } from 'react';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { useViewStore } from '../../view';
import { TopologyWarnings } from './TopologyWarnings';

/** Lists longer than this start folded, so the graph keeps the height of the screen. */
const OPEN_UP_TO = 10;

/** The warnings below the workspace, foldable; the heading always says how many there are. */
export function WarningsRegion() {
  const { index } = useViewStore();
  const count = index.topology.warnings.length + index.diagnostics.length;
  const [open, setOpen] = useState(count <= OPEN_UP_TO);
  const headingId = useId();
  const bodyId = useId();
  return (
    <section className="warnings-region" aria-labelledby={headingId} data-open={open}>
      <div className="warnings-head">
        <h2 id={headingId}>Warnings</h2>
        <span className="warnings-count">{count === 0 ? 'none' : count}</span>
        {count > 0 && (
          <button type="button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
            {open ? 'Hide' : `Show ${count === 1 ? 'it' : `all ${count}`}`}
          </button>
        )}
      </div>
      {/* A folded list is not rendered at all: a large depot can carry hundreds of warnings. */}
      <div id={bodyId} className="warnings-body" hidden={!open && count > 0}>
        {(open || count === 0) && (
          <ErrorBoundary label="The warnings" resetKey={index}>
            <TopologyWarnings />
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
}
