/** What the colours, icons and badges of the graph mean. */
import type { JSX } from 'react';
import { KNOWN_NODE_KINDS, kindLabel } from '../../domain/topology';
import { LOAD_BAND_LABELS } from '../../domain/preview/outcome';
import { KindIcon } from '../../ui/KindIcon';
import { BAND_GLYPHS } from '../../ui/LoadMeter';

/** The load bands of the allocation preview, shown in the legend while it is on. */
function LoadLegend(): JSX.Element {
  return (
    <>
      <h3 className="graph-legend__heading">Allocation preview</h3>
      <ul>
        {[...LOAD_BAND_LABELS].map(([band, words]) => (
          <li key={band} className="load-meter" data-band={band}>
            <span className="load-meter__track" aria-hidden="true">
              <span className="load-meter__fill" style={{ width: band === 'low' ? '40%' : band === 'high' ? '85%' : '100%' }} />
            </span>
            <span aria-hidden="true">{BAND_GLYPHS.get(band)}</span> load {words} of the cap
          </li>
        ))}
        <li>
          <strong className="load-meter__binding">binding</strong>: the cap is full and sessions beneath want more (thick outline)
        </li>
      </ul>
    </>
  );
}

export interface GraphLegendProps {
  preview?: boolean;
  /** Whether the legend is unfolded; it keeps its own state when not given. */
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export function GraphLegend({ preview = false, open, onOpenChange }: GraphLegendProps): JSX.Element {
  return (
    <details className="graph-legend" open={open} onToggle={(event) => onOpenChange?.(event.currentTarget.open)}>
      <summary>Legend</summary>
      {preview ? <LoadLegend /> : null}
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
        <li>1,200 / 600 kW, 2.0×: the children&apos;s combined caps against the node&apos;s own (oversubscribed)</li>
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
