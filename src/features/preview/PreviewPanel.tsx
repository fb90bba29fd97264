/**
 * The allocation preview on a loaded topology: what it is (a preview on the topology's caps and
 * ratings, not telemetry), its inputs, the cycle summary, the sessions and, in compare mode, both
 * strategies side by side. The graph, the tree and the details draw the same outcome through the
 * view store.
 */
import { memo, useCallback, useDeferredValue, useId } from 'react';
import type { NodeId } from '../../domain/topology';
import { usePreviewSlot, useViewStore, type PreviewSlot } from '../../view';
import { CompareView } from './CompareView';
import { CycleSummary } from './CycleSummary';
import { PhaseCheckView } from './PhaseCheckView';
import { PreviewControls } from './PreviewControls';
import { SessionsTable } from './SessionsTable';
import { usePreviewRun, type ScenarioSessions } from './use-preview-run';
import './preview.css';

interface Props {
  depotId: string;
  scenario: ScenarioSessions | null;
}

/** Renders when the store's slot (or its own props) change, not whenever the screen around it does. */
export const PreviewPanel = memo(function PreviewPanel(props: Props) {
  const slot = usePreviewSlot();
  // The slot is set from the URL before the panel shows; without it there is nothing to preview.
  return slot === null ? null : <PreviewBody {...props} slot={slot} />;
});

function PreviewBody({ depotId, scenario, slot: startSlot }: Props & { slot: PreviewSlot }) {
  const ids = useId();
  const store = useViewStore();
  const { index } = store;
  const run = usePreviewRun(store, startSlot, scenario);
  const { slot } = run;
  const version = index.topology.usable_power_calculation_version;
  const select = useCallback((id: NodeId) => store.select(id), [store]);
  // The sessions table is the panel's largest part. When the first outcome comes, it mounts in a
  // render of its own, after the summary and the overlays are painted, so that neither that
  // render nor the layout after it is one long task on a large depot.
  const tableShown = useDeferredValue(run.outcome !== null);
  return (
    <section className="preview-panel" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`}>Load balancing preview</h2>
      <p className="preview-note">
        A preview computed in this browser on the caps and ratings in this topology, with the sessions chosen here — not live telemetry,
        and not what the chargers are doing now.
      </p>
      {version < 3 && (
        <p className="preview-note" role="note">
          This depot uses usable power calculation version {version}: rebalancing ignores this topology today. The preview shows what it
          would do if it did not.
        </p>
      )}
      {run.presetNote !== null && (
        <p className="preview-message" role="status" data-tone="error">
          {run.presetNote}
        </p>
      )}
      {run.skippedEdits > 0 && (
        <p className="preview-message" role="status" data-tone="error">
          {run.skippedEdits} edit{run.skippedEdits === 1 ? '' : 's'} in the link could not be read and {run.skippedEdits === 1 ? 'was' : 'were'} left out.
        </p>
      )}
      <PreviewControls
        index={index}
        depotId={depotId}
        slot={slot}
        preset={run.preset}
        scenario={scenario}
        base={run.base}
        sessions={run.sessions}
        editCount={run.edits.size}
      />
      <p role="status" className="preview-muted preview-status">
        {run.updating ? 'Allocating…' : ''}
      </p>
      {run.error !== null && (
        <div role="alert" className="preview-message" data-tone="error">
          <p>The allocator cannot preview this topology:</p>
          <pre className="preview-error">{run.error}</pre>
        </div>
      )}
      {run.outcome !== null && (
        <>
          <CycleSummary index={index} outcome={run.outcome} onSelect={select} />
          {run.check !== null && run.check.check.applies && (
            <PhaseCheckView index={index} check={run.check.check} allocatedW={run.check.allocatedW} onSelect={select} />
          )}
          {slot.mode === 'compare' && run.other !== null && (
            <CompareView
              index={index}
              results={slot.strategy === 'connector' ? { connector: run.outcome.result, charger: run.other } : { connector: run.other, charger: run.outcome.result }}
              onSelect={select}
            />
          )}
          {tableShown && <SessionsTable index={index} outcome={run.outcome} sessions={run.sessions} edits={run.edits} onSelect={select} />}
        </>
      )}
    </section>
  );
}
