// @vitest-environment jsdom
/**
 * Render-count guard: every tree row draws one KindIcon, so counting KindIcon renders counts row
 * renders. A selection change must re-render only the rows whose look changes.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId } from '../../../src/domain/topology';
import { TopologyTree } from '../../../src/features/tree-view/TopologyTree';
import { bigDepotNodes, indexOf } from '../../fixtures/tree';
import { InView } from '../../support/in-view';
import { everyRowId } from '../../support/tree-rows';

const rendered = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../../src/ui/KindIcon', () => ({
  KindIcon: () => {
    rendered.count++;
    return null;
  },
}));

afterEach(cleanup);

describe('TopologyTree render counts', () => {
  // 150 chargers × 2 connectors: chargers start collapsed, 154 rows are drawn.
  const index = indexOf(bigDepotNodes(150, 2));
  const onSelect = () => {};

  it('draws each mounted row once on mount, and mounts only what is in view', () => {
    rendered.count = 0;
    render(<InView index={index} selectedId={null} onSelect={onSelect}><TopologyTree /></InView>);
    const mounted = screen.getAllByRole('treeitem').length;
    expect(mounted).toBeLessThan(154);
    expect(rendered.count).toBe(mounted);
    expect(everyRowId()).toHaveLength(154);
  });

  it('re-renders only the previously and newly selected rows when the selection changes', () => {
    // Two chargers in the same screenful: selecting the second scrolls nothing in.
    const { rerender } = render(<InView index={index} selectedId={asNodeId('cp-3')} onSelect={onSelect}><TopologyTree /></InView>);
    rendered.count = 0;
    rerender(<InView index={index} selectedId={asNodeId('cp-41')} onSelect={onSelect}><TopologyTree /></InView>);
    expect(screen.getByRole('treeitem', { selected: true })).toHaveAttribute('data-node-id', 'cp-41');
    expect(rendered.count).toBe(2);
  });

  it('re-renders just two rows when the selection leaves an expanded branch, not the rows beneath it', () => {
    const { rerender } = render(<InView index={index} selectedId={asNodeId('mg')} onSelect={onSelect}><TopologyTree /></InView>);
    rendered.count = 0;
    rerender(<InView index={index} selectedId={asNodeId('circ-a')} onSelect={onSelect}><TopologyTree /></InView>);
    expect(screen.getByRole('treeitem', { selected: true })).toHaveAttribute('data-node-id', 'circ-a');
    expect(rendered.count).toBe(2);
  });

  it('re-renders nothing when the page re-renders with the same selection and a new callback', () => {
    const { rerender } = render(<InView index={index} selectedId={asNodeId('cp-3')} onSelect={() => {}}><TopologyTree /></InView>);
    rendered.count = 0;
    rerender(<InView index={index} selectedId={asNodeId('cp-3')} onSelect={() => {}}><TopologyTree /></InView>);
    expect(rendered.count).toBe(0);
  });

  it('moving focus with an arrow key re-renders just the two rows that trade the tab stop', async () => {
    const user = userEvent.setup();
    render(<InView index={index} selectedId={null} onSelect={onSelect}><TopologyTree /></InView>);
    await user.tab();
    rendered.count = 0;
    await user.keyboard('{ArrowDown}');
    expect(rendered.count).toBe(2);
  });

  it('expanding one charger renders that row and its new children only', async () => {
    const user = userEvent.setup();
    render(<InView index={index} selectedId={null} onSelect={onSelect}><TopologyTree /></InView>);
    const charger = screen.getByRole('treeitem', { name: /^Charger Charger 9,/ });
    act(() => charger.focus());
    rendered.count = 0;
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('treeitem', { name: /^Charger Charger 9,/ })).toHaveAttribute('aria-expanded', 'true');
    expect(rendered.count).toBe(3);
  });
});
