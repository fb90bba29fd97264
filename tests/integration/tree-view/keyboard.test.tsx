// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import type { MicrogridNodeWire, NodeId, TopologyIndex } from '../../../src/domain/topology';
import { TopologyTree } from '../../../src/features/tree-view/TopologyTree';
import { SMALL_NODES, indexOf } from '../../fixtures/tree';
import { InView } from '../../support/in-view';
import { everyRowId } from '../../support/tree-rows';

afterEach(cleanup);

/** The tree as the page uses it: selection held above it, fed back as a prop. */
function Controlled({ index, onSelect }: { index: TopologyIndex; onSelect: (id: NodeId | null) => void }) {
  const [selectedId, setSelectedId] = useState<NodeId | null>(null);
  return (
    <InView
      index={index}
      selectedId={selectedId}
      onSelect={(id) => {
        onSelect(id);
        setSelectedId(id);
      }}><TopologyTree /></InView>
  );
}

function setup() {
  const onSelect = vi.fn();
  const user = userEvent.setup();
  render(<Controlled index={indexOf(SMALL_NODES)} onSelect={onSelect} />);
  return { user, onSelect };
}

const focusedId = () => document.activeElement?.getAttribute('data-node-id');
const item = (name: RegExp) => screen.getByRole('treeitem', { name });

describe('TopologyTree keyboard', () => {
  it('has one tab stop, the first item, and Tab lands on it', async () => {
    const { user } = setup();
    const stops = screen.getAllByRole('treeitem').filter((i) => i.getAttribute('tabindex') === '0');
    expect(stops.map((s) => s.getAttribute('data-node-id'))).toEqual(['mg-1']);
    await user.tab();
    expect(focusedId()).toBe('mg-1');
  });

  it('moves through visible items with Up, Down, Home and End, carrying the tab stop', async () => {
    const { user } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focusedId()).toBe('circ-bay-a');
    expect(item(/^Circuit Bay A/)).toHaveAttribute('tabindex', '0');
    expect(item(/^Microgrid/)).toHaveAttribute('tabindex', '-1');
    await user.keyboard('{ArrowUp}');
    expect(focusedId()).toBe('gc-1');
    await user.keyboard('{End}');
    expect(focusedId()).toBe('cp-017-2');
    await user.keyboard('{ArrowDown}');
    expect(focusedId()).toBe('cp-017-2');
    await user.keyboard('{Home}');
    expect(focusedId()).toBe('mg-1');
    await user.keyboard('{ArrowUp}');
    expect(focusedId()).toBe('mg-1');
  });

  it('collapses with Left, then moves to the parent; expands with Right, then moves to the first child', async () => {
    const { user } = setup();
    item(/^Charger Bay A charger 17/).focus();
    await user.keyboard('{ArrowLeft}');
    expect(item(/^Charger Bay A charger 17/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /^Connector cp-017-1/ })).toBeNull();
    expect(item(/^Charger Bay A charger 17/)).toHaveAccessibleName(/, 2 connectors$/);
    expect(focusedId()).toBe('cp-017');
    await user.keyboard('{ArrowLeft}');
    expect(focusedId()).toBe('circ-bay-a');
    await user.keyboard('{End}{ArrowRight}');
    expect(item(/^Charger Bay A charger 17/)).toHaveAttribute('aria-expanded', 'true');
    expect(focusedId()).toBe('cp-017');
    await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe('cp-017-1');
    await user.keyboard('{ArrowRight}');
    expect(focusedId()).toBe('cp-017-1');
  });

  it('skips collapsed children when moving down', async () => {
    const { user } = setup();
    item(/^Charger Bay A charger 2,/).focus();
    await user.keyboard('{ArrowLeft}{ArrowDown}');
    expect(focusedId()).toBe('cp-017');
  });

  it('selects with Enter and Space and clears with Escape', async () => {
    const { user, onSelect } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('gc-1');
    expect(item(/^Grid connection/)).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{ArrowDown} ');
    expect(onSelect).toHaveBeenLastCalledWith('circ-bay-a');
    expect(item(/^Grid connection/)).toHaveAttribute('aria-selected', 'false');
    await user.keyboard('{Escape}');
    expect(onSelect).toHaveBeenLastCalledWith(null);
    expect(screen.queryAllByRole('treeitem', { selected: true })).toHaveLength(0);
    expect(onSelect).toHaveBeenCalledTimes(3);
  });

  it('does not select on arrow moves', async () => {
    const { user, onSelect } = setup();
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowDown}{End}{Home}');
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('jumps to the next item whose name starts with a typed letter', async () => {
    const { user } = setup();
    await user.tab();
    await user.keyboard('b');
    expect(focusedId()).toBe('circ-bay-a');
    await user.keyboard('b');
    expect(focusedId()).toBe('cp-2');
    await user.keyboard('m');
    expect(focusedId()).toBe('gc-1');
  });

  it('expands every sibling with *', async () => {
    const { user } = setup();
    item(/^Charger Bay A charger 2,/).focus();
    await user.keyboard('{ArrowLeft}');
    await user.keyboard('{ArrowDown}{ArrowLeft}');
    expect(screen.getAllByRole('treeitem', { expanded: false })).toHaveLength(2);
    await user.keyboard('*');
    expect(screen.queryAllByRole('treeitem', { expanded: false })).toHaveLength(0);
  });

  it('selects an item on click and toggles it from its arrow without selecting', async () => {
    const { user, onSelect } = setup();
    await user.click(screen.getByText('Bay A charger 2'));
    expect(onSelect).toHaveBeenLastCalledWith('cp-2');
    expect(focusedId()).toBe('cp-2');
    const toggle = item(/^Charger Bay A charger 2,/).querySelector('[data-tree-toggle]')!;
    await user.click(toggle);
    expect(item(/^Charger Bay A charger 2,/)).toHaveAttribute('aria-expanded', 'false');
    expect(onSelect).toHaveBeenCalledTimes(1);
  });

  it('pulls focus up to an item whose branch is collapsed under it', async () => {
    const { user } = setup();
    await user.click(screen.getByText('cp-017-2'));
    expect(focusedId()).toBe('cp-017-2');
    await user.click(item(/^Charger Bay A charger 17/).querySelector('[data-tree-toggle]')!);
    expect(focusedId()).toBe('cp-017');
    expect(item(/^Charger Bay A charger 17/)).toHaveAttribute('tabindex', '0');
  });
});

describe('TopologyTree long groups', () => {
  function wideDepot(): MicrogridNodeWire[] {
    const nodes: MicrogridNodeWire[] = [
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg' },
    ];
    for (let i = 1; i <= 600; i++) nodes.push({ id: `cp-${i}`, kind: 'CHARGE_POINT', parent_id: 'gc' });
    return nodes;
  }

  // 600 rows are over the first view's budget, so the grid connection starts collapsed.
  async function expandGridConnection(user: ReturnType<typeof userEvent.setup>) {
    await user.tab();
    await user.keyboard('{ArrowDown}{ArrowRight}');
  }

  it('mounts only the rows in view of a long group, with full set sizes, and the rest as the list scrolls', async () => {
    const user = userEvent.setup();
    render(<InView index={indexOf(wideDepot())} selectedId={null} onSelect={() => {}}><TopologyTree /></InView>);
    expect(screen.queryAllByRole('treeitem', { name: /^Charger/ })).toHaveLength(0);
    await expandGridConnection(user);
    const first = screen.getAllByRole('treeitem', { name: /^Charger/ });
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(600);
    expect(first[0]).toHaveAttribute('aria-setsize', '600');
    const all = everyRowId(/^Charger/);
    expect(all).toHaveLength(600);
    expect(all.at(-1)).toBe('cp-600');
  });

  it('moves focus with End to the last row even before it is mounted', async () => {
    const user = userEvent.setup();
    render(<InView index={indexOf(wideDepot())} selectedId={null} onSelect={() => {}}><TopologyTree /></InView>);
    await expandGridConnection(user);
    await user.keyboard('{End}');
    await waitFor(() => expect(focusedId()).toBe('cp-600'), { timeout: 10_000 });
  });
});

