/**
 * The graph's overlays that can be folded away, each remembered for every depot: the minimap
 * (behind a toggle button; folded at first on a phone) and the legend (a disclosure). Folded, each leaves only its button in
 * the corner, so the nodes get the room.
 */
import { useId, type JSX } from 'react';
import { Panel, type Viewport } from '@xyflow/react';
import type { TopologyIndex } from '../../domain/topology';
import { matchesNow, PHONE_QUERY } from '../../ui/media-query';
import { isBoolean, usePreference } from '../../view';
import { GraphLegend } from './GraphLegend';
import { GraphMinimap } from './GraphMinimap';
import type { TreeLayout } from './layout';

export function MinimapPanel(props: { index: TopologyIndex; layout: TreeLayout; selectedId: string | null; move: (viewport: Viewport) => void }): JSX.Element {
  // Open by default, but folded on a phone, where it would cover a good part of the graph.
  const [open, setOpen] = usePreference('graph.minimap-open', !matchesNow(PHONE_QUERY), isBoolean);
  const id = useId();
  return (
    <Panel position="bottom-right" className="graph-minimap-panel">
      <button type="button" className="graph-overlay-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true">{open ? '▾' : '▸'}</span> Minimap
      </button>
      <div id={id} hidden={!open}>
        {open ? <GraphMinimap {...props} /> : null}
      </div>
    </Panel>
  );
}

export function LegendPanel({ preview }: { preview: boolean }): JSX.Element {
  const [open, setOpen] = usePreference('graph.legend-open', false, isBoolean);
  return (
    <Panel position="top-left" className="graph-legend-panel">
      <GraphLegend preview={preview} open={open} onOpenChange={setOpen} />
    </Panel>
  );
}
