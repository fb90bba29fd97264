// @vitest-environment jsdom
/**
 * The graph's keyboard model: one tab stop that arrow keys move through the drawn tree, Enter and
 * Space to select, Escape to clear, plus and minus to expand and collapse, and type-ahead over the
 * whole topology.
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
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
const nodeById = (id: string) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
const activeId = () => (document.activeElement as HTMLElement | null)?.dataset.id;
/** The nodes that are tab stops. */
const tabStops = () => [...document.querySelectorAll<HTMLElement>('.react-flow__node')].filter((el) => el.tabIndex === 0).map((el) => el.dataset.id);

async function renderSmall(selectedId: NodeId | null = null) {
  const user = userEvent.setup();
  const onSelect = vi.fn<(id: NodeId | null) => void>();
  const index = indexOf(smallDepot);
  const view = render(<InView index={index} selectedId={selectedId} onSelect={onSelect}><TopologyGraph /></InView>);
  await node(/^Microgrid North depot/);
  return { user, onSelect, index, view };
}

/** Focuses the graph's tab stop, as Tab would. */
async function focusGraph() {
  await waitFor(() => expect(tabStops()).toHaveLength(1));
  act(() => nodeById(tabStops()[0]!)!.focus());
}

// mg-1 → gc-1 → [bat-1, circ-a → [cp-14 → [cp-14-1, cp-14-2], cp-15 → [cp-15-1]]]
describe('graph keyboard: moving', () => {
  it('keeps one tab stop, on the root at first, and moves it with the arrows through the drawn tree', async () => {
    const { user, onSelect } = await renderSmall();
    expect(tabStops()).toEqual(['mg-1']);
    await focusGraph();
    expect(activeId()).toBe('mg-1');

    const press = async (key: string, expected: string) => {
      await user.keyboard(key);
      await waitFor(() => expect(activeId()).toBe(expected));
      expect(tabStops()).toEqual([expected]);
    };
    await press('{ArrowRight}', 'gc-1');
    await press('{ArrowRight}', 'bat-1');
    await press('{ArrowDown}', 'circ-a');
    await press('{ArrowDown}', 'circ-a'); // no next sibling: it stays
    await press('{ArrowUp}', 'bat-1');
    await press('{End}', 'circ-a');
    await press('{ArrowRight}', 'cp-14');
    await press('{ArrowRight}', 'cp-14-1');
    await press('{End}', 'cp-14-2');
    await press('{Home}', 'cp-14-1');
    await press('{ArrowRight}', 'cp-14-1'); // a leaf has no child
    await press('{ArrowLeft}', 'cp-14');
    await press('{ArrowLeft}', 'circ-a');
    // Moving focus selects nothing.
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('takes the tab stop to a selection made elsewhere', async () => {
    const { view, index, onSelect } = await renderSmall();
    await act(async () => {
      view.rerender(<InView index={index} selectedId={asNodeId('cp-15')} onSelect={onSelect}><TopologyGraph /></InView>);
    });
    await waitFor(() => expect(tabStops()).toEqual(['cp-15']));
  });
});

describe('graph keyboard: selecting, expanding and collapsing', () => {
  it('selects with Enter and Space, and clears with Escape', async () => {
    const { user, onSelect } = await renderSmall();
    await focusGraph();
    await user.keyboard('{ArrowRight}');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith('gc-1'));
    expect(nodeById('gc-1')).toHaveAttribute('aria-current', 'true');
    await user.keyboard('{ArrowRight}{ArrowDown}');
    await waitFor(() => expect(activeId()).toBe('circ-a'));
    await user.keyboard(' ');
    await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith('circ-a'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(onSelect).toHaveBeenLastCalledWith(null));
    expect(document.querySelectorAll('[aria-current="true"]')).toHaveLength(0);
    expect(activeId()).toBe('circ-a');
  });

  it('collapses with minus and expands with plus, keeping focus; Right expands a collapsed node and enters it', async () => {
    const { user, onSelect } = await renderSmall();
    await focusGraph();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowRight}');
    await waitFor(() => expect(activeId()).toBe('cp-14'));
    const toggle = () => within(nodeById('cp-14')!).getByRole('button', { name: /2 connectors$/ });
    expect(toggle()).toHaveAttribute('tabindex', '-1');

    await user.keyboard('-');
    await waitFor(() => expect(nodeById('cp-14-1')).toBeNull());
    expect(toggle()).toHaveAttribute('aria-expanded', 'false');
    expect(activeId()).toBe('cp-14');
    await user.keyboard('+');
    await waitFor(() => expect(nodeById('cp-14-1')).not.toBeNull());
    expect(activeId()).toBe('cp-14');
    await user.keyboard('-');
    await waitFor(() => expect(nodeById('cp-14-1')).toBeNull());
    // The numeric keypad's plus, then minus
    await user.keyboard('[NumpadAdd]');
    await waitFor(() => expect(nodeById('cp-14-1')).not.toBeNull());
    await user.keyboard('[NumpadSubtract]');
    await waitFor(() => expect(nodeById('cp-14-1')).toBeNull());

    await user.keyboard('{ArrowRight}');
    await waitFor(() => expect(activeId()).toBe('cp-14-1'));
    expect(toggle()).toHaveAttribute('aria-expanded', 'true');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('pulls the tab stop up to the node that hid it', async () => {
    const { user } = await renderSmall();
    await focusGraph();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}{ArrowRight}{ArrowRight}');
    await waitFor(() => expect(activeId()).toBe('cp-14-1'));
    // A mouse collapses the charger above the focused connector.
    act(() => within(nodeById('cp-14')!).getByRole('button', { name: /^Hide/ }).click());
    await waitFor(() => expect(tabStops()).toEqual(['cp-14']));
  });
});

describe('graph keyboard: type-ahead', () => {
  it('goes to the next node whose name or OCPP id starts with what is typed, opening its branch', async () => {
    const { user } = await renderSmall();
    await focusGraph();
    // Collapse the circuit: its chargers are not drawn.
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}-');
    await waitFor(() => expect(nodeById('cp-15')).toBeNull());

    await user.keyboard('OCPP-0015');
    await waitFor(() => expect(activeId()).toBe('cp-15'));
    expect(within(nodeById('circ-a')!).getByRole('button', { name: /^Hide/ })).toHaveAttribute('aria-expanded', 'true');

    // After a pause, a new text: a name ("Buffer battery"), searched from the focused node on and round.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await user.keyboard('bu');
    await waitFor(() => expect(activeId()).toBe('bat-1'));
    // Space, while typing, is a letter, not a selection.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await user.keyboard('Right plug');
    await waitFor(() => expect(activeId()).toBe('cp-14-2'));
  });
});

describe('graph keyboard: big depots', () => {
  it('pans a node that is not drawn into view, then focuses it', async () => {
    // 1 grid, 2 circuits of 100 chargers: 203 drawn nodes, culled to the viewport.
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 100, connectorsPerCharger: 2 }));
    const user = userEvent.setup();
    render(<InView index={index} selectedId={asNodeId('cp-1')} onSelect={vi.fn()}><TopologyGraph /></InView>);
    await waitFor(() => expect(tabStops()).toEqual(['cp-1']));
    act(() => nodeById('cp-1')!.focus());
    const last = [...index.childrenOf(index.nodes.get(asNodeId('cp-1'))!.parent_id!)].pop()!;
    expect(nodeById(last)).toBeNull();

    await user.keyboard('{End}');
    await waitFor(() => expect(activeId()).toBe(last));
    expect(tabStops()).toEqual([last]);
  });

  it('steps from a fold card into the nodes it stands for', async () => {
    // 250 chargers under one circuit: 200 drawn, 50 behind an "after" fold card.
    const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 1, chargersPerCircuit: 250, connectorsPerCharger: 1 }));
    const user = userEvent.setup();
    const circuit = index.nodes.get(asNodeId('cp-1'))!.parent_id!;
    const kids = index.childrenOf(circuit);
    render(<InView index={index} selectedId={asNodeId(kids[0]!)} onSelect={vi.fn()}><TopologyGraph /></InView>);
    await waitFor(() => expect(tabStops()).toEqual([kids[0]]));
    act(() => nodeById(kids[0]!)!.focus());

    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(/^50 more: .*not drawn/));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(activeId()).toBe(kids[200]));
  });
});
