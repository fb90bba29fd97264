/**
 * A graph card's two lines in the allocation preview, in place of its cap and facts: the flow
 * against the cap with a bar, or a connector's allocation. Subscribed to this node's figures only,
 * so a new allocation re-colours the cards without laying the graph out again.
 */
import type { JSX } from 'react';
import type { NodeLoad, SessionAllocation } from '../../domain/allocation';
import { allocationText, loadText } from '../../domain/preview/load-text';
import { connectorReason } from '../../domain/preview/reasons';
import { formatKilowatts, watts } from '../../domain/units';
import { LoadMeter } from '../../ui/LoadMeter';
import { useViewState, useViewStore } from '../../view';
import type { GraphNodeData } from './node-data';

interface Props {
  data: GraphNodeData;
  load: NodeLoad | undefined;
  session: SessionAllocation | undefined;
}

export function NodeLoadLines({ data, load, session }: Props): JSX.Element {
  const { index } = useViewStore();
  const connector = data.kind === 'CONNECTOR';
  // The reason in words, not the whole outcome: a string that stays the same keeps this card as it is.
  const reason = useViewState((state) =>
    connector && data.describedBy && state.allocation !== null ? connectorReason(index, state.allocation, data.id) : '',
  );
  const text = load === undefined ? null : loadText(load);
  const words: string[] = [];
  if (connector) words.push(session === undefined ? 'not plugged in' : `${allocationText(session)}, ${reason}`);
  else if (text !== null) words.push(text.summary);
  return (
    <>
      <div className="graph-node__cap">
        {connector ? (
          session === undefined ? (
            <span className="graph-node__muted">Not plugged in</span>
          ) : (
            <>
              <strong>{formatKilowatts(watts(session.allocatedW))}</strong> <span className="graph-node__muted">allocated</span>
            </>
          )
        ) : text === null ? (
          <span className="graph-node__muted">No load</span>
        ) : (
          <strong>{text.flow}</strong>
        )}
      </div>
      <div className="graph-node__facts">{load !== undefined && text?.fill !== null ? <LoadMeter load={load} compact /> : null}</div>
      {data.describedBy ? (
        <span id={data.describedBy} hidden>
          {`Allocation preview: ${words.join('')}`}
        </span>
      ) : null}
    </>
  );
}
