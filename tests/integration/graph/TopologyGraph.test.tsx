// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId, type NodeId } from '../../../src/domain/topology';
import { TopologyGraph } from '../../../src/features/graph/TopologyGraph';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';
import { smallDepot } from '../../fixtures/graph';
import { InView } from '../../support/in-view';

afterEach(cleanup);

const node = (name: string | RegExp) => screen.findByRole('group', { name });
const CHARGER_14 = 'Charger CH-014, 150 kW, 2 connectors, 1 warning, Charging';

describe('TopologyGraph: nodes', () => {
  it('draws each kind with what an operator reads at a glance', async () => {
    render(<InView index={indexOf(smallDepot)} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);

    const charger = await node(CHARGER_14);
    expect(within(charger).getByText('CH-014')).toBeInTheDocument();
    expect(within(charger).getByText('150 kW')).toBeInTheDocument();
    expect(within(charger).getByText('rating')).toBeInTheDocument();
    expect(within(charger).getByText('OCPP OCPP-0014')).toBeInTheDocument();
    expect(within(charger).getByText('DC')).toBeInTheDocument();
    expect(within(charger).getByText('Charging')).toBeInTheDocument();
    expect(within(charger).getByText('1 warning')).toBeInTheDocument();

    const faulty = await node('Charger CH-015, 22.0 kW, 1 connector, 1 error, Faulted');
    expect(within(faulty).getByText('1 error')).toBeInTheDocument();

    const connector = await node('Connector Right plug, 150 kW, Available');
    expect(within(connector).getByText('CHADEMO')).toBeInTheDocument();

    const circuit = await node('Circuit Bay A, 400 kW, 2 chargers, 3 connectors');
    expect(within(circuit).getByText('safe capacity')).toBeInTheDocument();
    expect(within(circuit).getByText('Breaker 630 A')).toBeInTheDocument();

    const grid = await node(/^Grid connection Main intake, 800 kW/);
    expect(within(grid).getByText('default capacity')).toBeInTheDocument();

    const root = await node(/^Microgrid North depot, no power cap/);
    expect(within(root).getByText('No power cap')).toBeInTheDocument();

    const unknown = await node('BATTERY Buffer battery, no power cap');
    expect(within(unknown).getByText('BATTERY')).toBeInTheDocument();
  });

  it('draws an edge from each parent to each child, hidden from screen readers', async () => {
    render(<InView index={indexOf(smallDepot)} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);
    await node(CHARGER_14);
    expect(screen.queryAllByRole('img', { name: /^Edge from/ })).toHaveLength(0);
    const edges = [...document.querySelectorAll('[aria-roledescription="edge"]')];
    expect(edges.every((e) => e.getAttribute('aria-hidden') === 'true')).toBe(true);
    expect(edges.map((e) => e.getAttribute('aria-label')).sort()).toEqual([
      'Edge from circ-a to cp-14',
      'Edge from circ-a to cp-15',
      'Edge from cp-14 to cp-14-1',
      'Edge from cp-14 to cp-14-2',
      'Edge from cp-15 to cp-15-1',
      'Edge from gc-1 to bat-1',
      'Edge from gc-1 to circ-a',
      'Edge from mg-1 to gc-1',
    ]);
  });

  it('flags subtrees that hang from no root as unplaced', async () => {
    const wire = {
      ...smallDepot,
      nodes: [...smallDepot.nodes, { id: 'cp-99', kind: 'CHARGE_POINT', parent_id: 'circ-gone', name: 'Lost charger' }],
    };
    render(<InView index={indexOf(wire)} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);
    const lost = await node('Charger Lost charger, no power cap, unplaced');
    expect(within(lost).getByText('Unplaced')).toBeInTheDocument();
  });

  it('has a legend, zoom controls and a minimap', async () => {
    const user = userEvent.setup();
    render(<InView index={indexOf(smallDepot)} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);
    await node(CHARGER_14);
    await user.click(screen.getByText('Legend'));
    expect(screen.getByText(/safe capacity: the circuit/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Zoom in' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fit view' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Minimap' })).toBeInTheDocument();
  });
});

describe('TopologyGraph: collapsing', () => {
  it('hides and shows a subtree, saying how much is hidden', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    render(<InView index={indexOf(smallDepot)} selectedId={null} onSelect={onSelect}><TopologyGraph /></InView>);
    const charger = await node(CHARGER_14);
    const hide = within(charger).getByRole('button', { name: 'Hide 2 connectors' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');

    await user.click(hide);
    expect(screen.queryByRole('group', { name: /^Connector Left plug/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group', { name: /^Connector Right plug/ })).not.toBeInTheDocument();
    const collapsed = await node(`${CHARGER_14}, collapsed`);
    const show = within(collapsed).getByRole('button', { name: 'Show 2 connectors' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(onSelect).not.toHaveBeenCalled();

    await user.click(show);
    expect(await node(/^Connector Left plug/)).toBeInTheDocument();
  });

  it('folds connectors into chargers on a big depot, and counts what is beneath', async () => {
    // 1 × 1 × 101 chargers × 2 connectors = 202 connectors, above the threshold of 200
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 101, connectorsPerCharger: 2 }));
    render(<InView index={index} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);
    const circuit = await node(/^Circuit Circuit 1\.1, 400 kW, children's caps [\d,]+ \/ 400 kW, [\d.]+×, 101 chargers, 202 connectors/);
    expect(within(circuit).getByRole('button', { name: 'Hide 101 chargers, 202 connectors' })).toBeInTheDocument();
    expect(screen.queryAllByRole('group', { name: /^Connector / })).toHaveLength(0);
    expect(screen.getAllByRole('button', { name: 'Show 2 connectors' })).toHaveLength(101);
  });
});

describe('TopologyGraph: selection', () => {
  it('selects a node on click, on Enter and on Space, and clears on Escape', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn<(id: NodeId | null) => void>();
    const index = indexOf(smallDepot);
    const { rerender } = render(<InView index={index} selectedId={null} onSelect={onSelect}><TopologyGraph /></InView>);

    // A plain click: user-event's mousedown carries no `view`, which d3-zoom's pan handler needs.
    fireEvent.click(within(await node(CHARGER_14)).getByText('CH-014'));
    await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith('cp-14'));

    const circuit = await node(/^Circuit Bay A/);
    circuit.focus();
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('circ-a');
    (await node(/^Connector Left plug/)).focus();
    await user.keyboard(' ');
    expect(onSelect).toHaveBeenLastCalledWith('cp-14-1');

    rerender(<InView index={index} selectedId={asNodeId('cp-14-1')} onSelect={onSelect}><TopologyGraph /></InView>);
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(onSelect).toHaveBeenCalledTimes(4);
  });

  it('is one tab stop: one node, no toggle buttons', async () => {
    const user = userEvent.setup();
    render(
      <>
        <button type="button">Before</button>
        <InView index={indexOf(smallDepot)} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>
      </>,
    );
    await node(CHARGER_14);
    const before = screen.getByRole('button', { name: 'Before' });
    before.focus();
    const reached: string[] = [];
    // Once round the page's tab stops.
    for (let i = 0; i < 30; i++) {
      await user.tab();
      const active = document.activeElement;
      if (active === before) break;
      if (active?.getAttribute('aria-roledescription') === 'node') reached.push(active.getAttribute('aria-label')!);
      expect(active).not.toHaveClass('graph-node__toggle');
    }
    expect(reached).toEqual([expect.stringMatching(/^Microgrid North depot,/)]);
  });

  it('marks the selected node and moves the mark when the selection changes', async () => {
    const index = indexOf(smallDepot);
    const { rerender } = render(<InView index={index} selectedId={asNodeId('cp-14')} onSelect={vi.fn()}><TopologyGraph /></InView>);
    expect(await node(CHARGER_14)).toHaveAttribute('aria-current', 'true');
    rerender(<InView index={index} selectedId={asNodeId('circ-a')} onSelect={vi.fn()}><TopologyGraph /></InView>);
    expect(await node(/^Circuit Bay A/)).toHaveAttribute('aria-current', 'true');
    expect(await node(CHARGER_14)).not.toHaveAttribute('aria-current');
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(1);
  });

  it('opens the collapsed ancestors of a node selected elsewhere', async () => {
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 101, connectorsPerCharger: 2 }));
    const { rerender } = render(<InView index={index} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);
    await node(/^Charger Charger 57,/);
    expect(screen.queryByRole('group', { name: /^Connector / })).not.toBeInTheDocument();

    await act(async () => {
      rerender(<InView index={index} selectedId={asNodeId('cp-57-c2')} onSelect={vi.fn()}><TopologyGraph /></InView>);
    });
    const chosen = await node(/^Connector Connector 2,/);
    expect(chosen).toHaveAttribute('data-id', 'cp-57-c2');
    expect(chosen).toHaveAttribute('aria-current', 'true');
    // its sibling comes back with it; other chargers stay folded
    expect(screen.getAllByRole('group', { name: /^Connector / })).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: 'Show 2 connectors' })).toHaveLength(100);
  });
});
