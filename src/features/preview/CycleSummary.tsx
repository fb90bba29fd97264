/**
 * The cycle summary: what was asked, given and left unserved, how many sessions were admitted and
 * refused (with why), and the binding nodes ranked by the demand they leave unserved beneath them,
 * each a button that selects the node (the graph and the tree reveal it).
 */
import { memo, useId, useState } from 'react';
import { bindingPhases, sessionReason, type PreviewOutcome } from '../../domain/preview';
import { displayName, nodeTitle, type NodeId, type TopologyIndex } from '../../domain/topology';
import { amperes, formatAmperes, formatCount, formatKilowattsFixed } from '../../domain/units';

/** Rows shown before "Show more", and at most after it: the sessions table holds every one. */
const FIRST = 10;
const MOST = 200;

interface Props {
  index: TopologyIndex;
  outcome: PreviewOutcome;
  onSelect: (id: NodeId) => void;
}

export const CycleSummary = memo(function CycleSummary({ index, outcome, onSelect }: Props) {
  const ids = useId();
  const { summary } = outcome.result;
  const [allRefused, setAllRefused] = useState(false);
  const [allBinding, setAllBinding] = useState(false);
  const refused = outcome.result.sessions.filter((s) => s.limitedBy.kind === 'admission' || s.limitedBy.kind === 'evse');
  const refusedShown = refused.slice(0, allRefused ? MOST : FIRST);
  const bottlenecks = outcome.bottlenecks.slice(0, allBinding ? MOST : FIRST);
  const name = (id: string) => {
    const node = index.nodes.get(id as NodeId);
    return node === undefined ? id : displayName(node);
  };
  return (
    <section className="cycle-summary" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Cycle summary</h3>
      <dl className="cycle-summary__figures">
        <div>
          <dt>Requested</dt>
          <dd>{formatKilowattsFixed(summary.requestedW)}</dd>
        </div>
        <div>
          <dt>Allocated</dt>
          <dd>{formatKilowattsFixed(summary.allocatedW)}</dd>
        </div>
        <div>
          <dt>Unserved</dt>
          <dd>{formatKilowattsFixed(summary.unservedW)}</dd>
        </div>
        <div>
          <dt>Admitted</dt>
          <dd>{formatCount(summary.admitted)}</dd>
        </div>
        <div>
          <dt>Refused</dt>
          <dd>{formatCount(summary.refused)}</dd>
        </div>
      </dl>

      <h4 id={`${ids}-binding`}>Binding nodes, by unserved demand beneath</h4>
      {outcome.bottlenecks.length === 0 ? (
        <p className="preview-muted">No cap is binding: every session is limited only by its own request or its connector.</p>
      ) : (
        <ol className="cycle-summary__binding" aria-labelledby={`${ids}-binding`}>
          {bottlenecks.map((b) => {
            const node = index.nodes.get(b.nodeId);
            const load = outcome.loadOf.get(b.nodeId);
            const phases = load === undefined ? [] : bindingPhases(load);
            const onPhases = phases.length === 0 ? '' : `binding on ${phases.join(', ')} (${formatAmperes(amperes(load?.maxCurrentA ?? 0))} per phase), `;
            return (
              <li key={b.nodeId}>
                <button type="button" className="preview-link" onClick={() => onSelect(b.nodeId)}>
                  {node === undefined ? b.nodeId : nodeTitle(node)}
                </button>{' '}
                <span>
                  {onPhases}
                  {formatKilowattsFixed(b.unservedW)} unserved beneath, {formatCount(b.sessions)} session{b.sessions === 1 ? '' : 's'}
                </span>
              </li>
            );
          })}
        </ol>
      )}
      {outcome.bottlenecks.length > FIRST && (
        <button type="button" onClick={() => setAllBinding((v) => !v)}>
          {allBinding ? 'Show the first 10' : `Show ${outcome.bottlenecks.length > MOST ? `the first ${MOST} of` : 'all'} ${formatCount(outcome.bottlenecks.length)} binding nodes`}
        </button>
      )}

      <h4 id={`${ids}-refused`}>Refused sessions</h4>
      {refused.length === 0 ? (
        <p className="preview-muted">No session was refused.</p>
      ) : (
        <ul className="cycle-summary__refused" aria-labelledby={`${ids}-refused`}>
          {refusedShown.map((s) => (
            <li key={s.connectorId}>
              <button type="button" className="preview-link" onClick={() => onSelect(s.connectorId as NodeId)}>
                {name(s.connectorId)}
              </button>
              : {sessionReason(index, outcome, s)}
            </li>
          ))}
        </ul>
      )}
      {allRefused && refused.length > MOST && <p className="preview-muted">The sessions table lists every one: show “Refused”.</p>}
      {refused.length > FIRST && (
        <button type="button" onClick={() => setAllRefused((v) => !v)}>
          {allRefused ? 'Show the first 10' : `Show ${refused.length > MOST ? `the first ${MOST} of` : 'all'} ${formatCount(refused.length)} refused sessions`}
        </button>
      )}
    </section>
  );
});
