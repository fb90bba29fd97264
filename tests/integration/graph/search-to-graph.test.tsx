// @vitest-environment jsdom
/**
 * Search and graph together, as the screen composes them: choosing a match selects it, opens
 * its collapsed ancestors and centres it in the graph.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TopologyIndex } from '../../../src/domain/topology';
import { TopologyGraph } from '../../../src/features/graph/TopologyGraph';
import { NodeSearch } from '../../../src/features/search/NodeSearch';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';
import { InView } from '../../support/in-view';
import { untilStable } from '../../support/settle';

afterEach(cleanup);

/** Search and graph on one view store, as the topology screen composes them. */
function Screen({ index }: { index: TopologyIndex }) {
  return (
    <InView index={index}>
      <NodeSearch />
      <TopologyGraph />
    </InView>
  );
}

/** Pane size React Flow reads in jsdom: the test set-up's offsetWidth and offsetHeight. */
const PANE = { width: 200, height: 80 };

function viewport(): { x: number; y: number; zoom: number } {
  const style = document.querySelector<HTMLElement>('.react-flow__viewport')!.style.transform;
  const m = /translate\((-?[\d.e+-]+)px, ?(-?[\d.e+-]+)px\) scale\(([\d.e+-]+)\)/.exec(style);
  if (!m) throw new Error(`unexpected transform ${style}`);
  return { x: Number(m[1]), y: Number(m[2]), zoom: Number(m[3]) };
}

/** Where a node's centre lands on the pane, from its drawn position and size. */
function onScreenCentre(node: HTMLElement): { x: number; y: number } {
  const m = /translate\((-?[\d.]+)px, ?(-?[\d.]+)px\)/.exec(node.style.transform)!;
  const width = parseFloat(node.style.width);
  const height = parseFloat(node.style.height);
  const v = viewport();
  return { x: v.x + (Number(m[1]) + width / 2) * v.zoom, y: v.y + (Number(m[2]) + height / 2) * v.zoom };
}

describe('choosing a search match', () => {
  it('opens, selects and centres a connector folded into its charger', async () => {
    const user = userEvent.setup();
    // 202 connectors: folded into their chargers by default
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 101, connectorsPerCharger: 2 }));
    render(<Screen index={index} />);
    await screen.findByRole('group', { name: /^Charger Charger 88,/ });
    expect(screen.queryByRole('group', { name: /^Connector / })).not.toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Find a node' }), 'cp-88-c2{Enter}');

    const connector = await screen.findByRole('group', { name: /^Connector Connector 2,/ });
    expect(connector).toHaveAttribute('data-id', 'cp-88-c2');
    expect(connector).toHaveAttribute('aria-current', 'true');
    await waitFor(() => {
      const centre = onScreenCentre(connector);
      expect(centre.x).toBeCloseTo(PANE.width / 2, 0);
      expect(centre.y).toBeCloseTo(PANE.height / 2, 0);
      // Zoomed in to a readable scale once the move has finished.
      expect(viewport().zoom).toBeGreaterThanOrEqual(0.75);
    });
  });

  it('leaves the view alone when the node is chosen in the graph itself', async () => {
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 3, connectorsPerCharger: 1 }));
    render(<Screen index={index} />);
    const charger = await screen.findByRole('group', { name: /^Charger Charger 3,/ });
    // The opening frame is set; a move, had one started, would still be under way.
    const before = await untilStable(viewport);
    charger.focus();
    await userEvent.keyboard('{Enter}');
    expect(charger).toHaveAttribute('aria-current', 'true');
    expect(await untilStable(viewport)).toEqual(before);
  });

  it('centres a node chosen again from outside after it was chosen in the graph', async () => {
    const user = userEvent.setup();
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 6, connectorsPerCharger: 1 }));
    render(<Screen index={index} />);
    const first = await screen.findByRole('group', { name: /^Charger Charger 1,/ });
    first.focus();
    await user.keyboard('{Enter}');
    const search = screen.getByRole('combobox', { name: 'Find a node' });
    await user.type(search, 'cp-12{Enter}');
    await user.clear(search);
    await user.type(search, 'cp-1{Enter}');
    expect(first).toHaveAttribute('aria-current', 'true');
    await waitFor(() => {
      const centre = onScreenCentre(first);
      expect(centre.x).toBeCloseTo(PANE.width / 2, 0);
      expect(centre.y).toBeCloseTo(PANE.height / 2, 0);
    });
  });
});
