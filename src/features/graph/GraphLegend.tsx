/** What the colours, icons and badges of the graph mean. */
import type { JSX } from 'react';
import { KNOWN_NODE_KINDS, kindLabel } from '../../domain/topology';
import { KindIcon } from '../../ui/KindIcon';

export function GraphLegend(): JSX.Element {
  return (
    <details className="graph-legend">
      <summary>Legend</summary>
      <h3 className="graph-legend__heading">Kinds</h3>
      <ul>
        {KNOWN_NODE_KINDS.map((kind) => (
          <li key={kind} data-kind={kind}>
            <KindIcon kind={kind} /> {kindLabel(kind)}
          </li>
        ))}
        <li>
          <KindIcon kind="OTHER" /> Other kind (shown by its code)
        </li>
      </ul>
      <h3 className="graph-legend__heading">Power cap</h3>
      <ul>
        <li>default capacity: the circuit&apos;s configured operating capacity</li>
        <li>safe capacity: the circuit&apos;s safe capacity, used when no default is set</li>
        <li>rating: the charger&apos;s or connector&apos;s maximum power</li>
      </ul>
      <h3 className="graph-legend__heading">Badges</h3>
      <ul>
        <li>
          <span className="graph-node__badge" data-severity="error" aria-hidden="true">✖ 1</span> errors on the node
        </li>
        <li>
          <span className="graph-node__badge" data-severity="warning" aria-hidden="true">▲ 1</span> warnings on the node
        </li>
        <li>
          <span className="graph-node__flag">Unplaced</span> hangs from no root: its parent is missing or in a cycle
        </li>
        <li>
          <span className="graph-node__dot" data-tone="ok" aria-hidden="true" /> available,{' '}
          <span className="graph-node__dot" data-tone="busy" aria-hidden="true" /> in use,{' '}
          <span className="graph-node__dot" data-tone="bad" aria-hidden="true" /> faulted,{' '}
          <span className="graph-node__dot" data-tone="off" aria-hidden="true" /> unavailable or offline
        </li>
      </ul>
    </details>
  );
}
