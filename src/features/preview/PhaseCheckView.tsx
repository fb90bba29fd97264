/**
 * The phase check: the same sessions allocated by a watt-only balancer (current caps removed), and
 * every node and phase it would take over its cap, by how much — the breakers it would trip — next
 * to the phase-aware preview, which keeps every phase within its cap.
 */
import { memo, useId } from 'react';
import type { PhaseCheck } from '../../domain/preview';
import { nodeTitle, type NodeId, type TopologyIndex } from '../../domain/topology';
import { amperes, formatAmperes, formatCount, formatKilowattsFixed } from '../../domain/units';

const MOST = 50;
const amps = (a: number) => formatAmperes(amperes(a));

export const PhaseCheckView = memo(function PhaseCheckView({ index, check, allocatedW, onSelect }: { index: TopologyIndex; check: PhaseCheck; allocatedW: number; onSelect: (id: NodeId) => void }) {
  const ids = useId();
  return (
    <section className="phase-check" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Phase check</h3>
      {!check.applies ? (
        <p className="preview-muted">No node of this topology has a current cap per phase: a watt-only balancer has no breaker to overload here.</p>
      ) : check.overloads.length === 0 ? (
        <p>A watt-only balancer would overload no phase with these sessions: every phase stays within its cap either way.</p>
      ) : (
        <>
          <p>
            A watt-only balancer, given these sessions, would allocate {formatKilowattsFixed(check.allocatedW)} (this preview:{' '}
            {formatKilowattsFixed(allocatedW)}) and take {formatCount(check.overloads.length)} phase{check.overloads.length === 1 ? '' : 's'} over
            its cap — the breakers it would trip. The preview above keeps every phase within its cap.
          </p>
          <ul className="phase-check__list">
            {check.overloads.slice(0, MOST).map((o) => {
              const node = index.nodes.get(o.nodeId as NodeId);
              return (
                <li key={`${o.nodeId} ${o.phase}`}>
                  <button type="button" className="preview-link" onClick={() => onSelect(o.nodeId as NodeId)}>
                    {node === undefined ? o.nodeId : nodeTitle(node)}
                  </button>{' '}
                  on {o.phase}: {amps(o.currentA)} on a {amps(o.capA)} cap, {amps(o.overA)} over
                </li>
              );
            })}
          </ul>
          {check.overloads.length > MOST && <p className="preview-muted">… and {formatCount(check.overloads.length - MOST)} more.</p>}
        </>
      )}
    </section>
  );
});
