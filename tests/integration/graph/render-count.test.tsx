// @vitest-environment jsdom
/**
 * Render-count guard: selecting a node redraws only the nodes whose look changes (the newly and
 * the previously selected), and folding a subtree redraws only the node that was folded.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId } from '../../../src/domain/topology';
import type * as NodeCardModule from '../../../src/features/graph/NodeCard';
import { TopologyGraph } from '../../../src/features/graph/TopologyGraph';
import { generateDepot } from '../../fixtures/depot';
import { indexOf } from '../../fixtures/index-of';
import { InView } from '../../support/in-view';
import { untilStable } from '../../support/settle';

const renders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../src/features/graph/NodeCard', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeCardModule>();
  return {
    NodeCard: (props: Parameters<typeof actual.NodeCard>[0]) => {
      renders.set(props.data.id, (renders.get(props.data.id) ?? 0) + 1);
      return actual.NodeCard(props);
    },
  };
});

afterEach(cleanup);

const counts = () => Object.fromEntries([...renders].sort(([a], [b]) => (a < b ? -1 : 1)));
/** Until the render counts stop changing: React Flow measures and redraws after the first commit. */
const settle = () => untilStable(counts);

describe('graph node render counts', () => {
  // 1 microgrid, 1 grid connection, 2 circuits, 10 chargers, 20 connectors: 34 nodes, all drawn
  const index = indexOf(generateDepot({ gridConnections: 1, circuitsPerGrid: 2, chargersPerCircuit: 5, connectorsPerCharger: 2 }));

  it('redraws only the nodes whose selection changed', async () => {
    const onSelect = vi.fn();
    const { rerender } = render(<InView index={index} selectedId={null} onSelect={onSelect}><TopologyGraph /></InView>);
    await screen.findByRole('group', { name: /^Charger Charger 3,/ });
    await settle();
    expect(renders.size).toBe(34);
    renders.clear();

    rerender(<InView index={index} selectedId={asNodeId('cp-3')} onSelect={onSelect}><TopologyGraph /></InView>);
    await settle();
    expect(counts()).toEqual({ 'cp-3': 1 });

    renders.clear();
    rerender(<InView index={index} selectedId={asNodeId('cp-7-c1')} onSelect={onSelect}><TopologyGraph /></InView>);
    await settle();
    expect(counts()).toEqual({ 'cp-3': 1, 'cp-7-c1': 1 });

    renders.clear();
    rerender(<InView index={index} selectedId={null} onSelect={onSelect}><TopologyGraph /></InView>);
    await settle();
    expect(counts()).toEqual({ 'cp-7-c1': 1 });
  });

  it('redraws only the folded node when a subtree is folded', async () => {
    const user = userEvent.setup();
    render(<InView index={index} selectedId={null} onSelect={vi.fn()}><TopologyGraph /></InView>);
    const charger = await screen.findByRole('group', { name: /^Charger Charger 3,/ });
    await settle();
    renders.clear();

    await user.click(within(charger).getByRole('button', { name: 'Hide 2 connectors' }));
    await settle();
    expect(counts()).toEqual({ 'cp-3': 1 });
  });
});
