/**
 * The selected node in the allocation preview: for a node its flow, cap, headroom, whether it is
 * binding and the sessions beneath; for a connector what it got and why, in words.
 */
import type { ReactNode } from 'react';
import { loadText } from '../../domain/preview/load-text';
import { sessionPhase } from '../../domain/preview/phases';
import { connectorReason } from '../../domain/preview/reasons';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import { formatCount, formatKilowatts, formatWatts, watts } from '../../domain/units';
import { LoadMeter } from '../../ui/LoadMeter';
import { useAllocation } from '../../view';

const kw = (w: number) => formatKilowatts(watts(w));

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function phaseWords(index: TopologyIndex, nodeId: NodeId, session: Parameters<typeof sessionPhase>[2]): string {
  const p = sessionPhase(index, nodeId, session);
  if (p.gridPhase === null) return 'three phases, balanced';
  const wiring = p.rotation === null ? 'no rotation given: RST' : `its charger wired ${p.rotation}`;
  return `one phase: ${p.gridPhase} (${wiring})`;
}

export function PreviewFigures({ index, nodeId, headingId, editor }: { index: TopologyIndex; nodeId: NodeId; headingId: string; editor?: ReactNode }) {
  const outcome = useAllocation();
  if (outcome === null) return null;
  const node = index.nodes.get(nodeId);
  const load = outcome.loadOf.get(nodeId);
  const beneath = outcome.beneathOf.get(nodeId);
  const session = outcome.sessionOf.get(nodeId);
  const text = load === undefined ? null : loadText(load);
  const connector = node?.kind === 'CONNECTOR';
  return (
    <section aria-labelledby={headingId} className="details-section details-preview">
      <h3 id={headingId}>In the preview</h3>
      {connector ? (
        <p className="details-reason">
          <strong>Why: </strong>
          {connectorReason(index, outcome, nodeId)}
        </p>
      ) : null}
      <dl className="details-list">
        {connector && session !== undefined ? (
          <>
            <Row label="Allocated">
              {kw(session.allocatedW)} ({formatWatts(watts(session.allocatedW))})
            </Row>
            <Row label="Requested">{kw(session.requestedPowerW)}</Row>
            <Row label="Draws on">{phaseWords(index, nodeId, outcome.inputOf.get(nodeId))}</Row>
          </>
        ) : null}
        {load !== undefined && text !== null && !connector ? (
          <>
            <Row label="Flow">{kw(load.flowW)}</Row>
            <Row label="Cap">{load.maxPowerW === null ? 'None' : kw(load.maxPowerW)}</Row>
            {load.headroomW !== null ? <Row label="Headroom">{kw(load.headroomW)}</Row> : null}
            {text.fill !== null ? (
              <Row label="Load">
                <LoadMeter load={load} compact />
              </Row>
            ) : null}
            <Row label="Binding">{load.binding ? 'Yes: its cap is full and sessions beneath want more' : 'No'}</Row>
            {text.phases.length > 0 ? <Row label="Per phase">{text.phases.join('; ')}</Row> : null}
          </>
        ) : null}
        {!connector ? (
          <>
            <Row label="Sessions beneath">{formatCount(beneath?.sessions ?? 0)}</Row>
            <Row label="Allocated beneath">{kw(beneath?.allocatedW ?? 0)}</Row>
            <Row label="Unserved beneath">{kw(beneath?.unservedW ?? 0)}</Row>
          </>
        ) : null}
      </dl>
      {editor}
    </section>
  );
}
