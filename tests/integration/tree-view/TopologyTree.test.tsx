// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId, type NodeId, type TopologyIndex } from '../../../src/domain/topology';
import { TopologyTree } from '../../../src/features/tree-view/TopologyTree';
import { SMALL_NODES, SMALL_WARNINGS, bigDepotNodes, indexOf } from '../../fixtures/tree';
import { InView } from '../../support/in-view';
import { everyRowId } from '../../support/tree-rows';

afterEach(cleanup);

function renderTree(index: TopologyIndex, selectedId: NodeId | null = null) {
  const onSelect = vi.fn();
  const view = render(<InView index={index} selectedId={selectedId} onSelect={onSelect}><TopologyTree /></InView>);
  return { ...view, onSelect };
}

describe('TopologyTree: what each item shows and says', () => {
  it('names every item by kind, name, cap and source, with chargers’ OCPP id and status', () => {
    renderTree(indexOf(SMALL_NODES, SMALL_WARNINGS));
    const tree = screen.getByRole('tree', { name: 'Microgrid topology' });
    const names = within(tree).getAllByRole('treeitem').map((item) => item.getAttribute('aria-label'));
    expect(names).toEqual([
      'Microgrid Welshpool',
      'Grid connection Main incomer, 1,000 kW default capacity',
      'Circuit Bay A, 400 kW safe capacity, 1 warning',
      'Charger Bay A charger 2, 22.1 kW rating, OCPP WEL-002, Faulted',
      'Connector cp-2-1, 22.1 kW rating',
      'Charger Bay A charger 17, 150 kW rating, OCPP WEL-017, Available',
      'Connector cp-017-1, 150 kW rating, Charging',
      'Connector cp-017-2, 150 kW rating, Available',
    ]);
  });

  it('shows the cap with its source, the OCPP id, the status and a warning badge as text', () => {
    renderTree(indexOf(SMALL_NODES, SMALL_WARNINGS));
    const charger = screen.getByRole('treeitem', { name: /^Charger Bay A charger 17/ });
    const row = charger.firstElementChild as HTMLElement;
    expect(row).toHaveTextContent('150 kW · rating');
    expect(row).toHaveTextContent('WEL-017');
    expect(row).toHaveTextContent('Available');
    const circuitRow = screen.getByRole('treeitem', { name: /^Circuit Bay A/ }).firstElementChild as HTMLElement;
    expect(within(circuitRow).getByText('1 warning')).toBeInTheDocument();
  });

  it('a collapsed item shows the worst issue beneath it with a count, and drops it when expanded', async () => {
    const index = indexOf(SMALL_NODES, [
      ...SMALL_WARNINGS,
      { code: 'X_ERROR', severity: 'error', message: 'Broken.', entity: { type: 'CONNECTOR', id: 'cp-017-2' } },
    ]);
    renderTree(index);
    const gc = () => screen.getByRole('treeitem', { name: /^Grid connection Main incomer/ });
    expect(gc()).not.toHaveAccessibleName(/beneath/);
    // Collapse the grid connection as a reader does, with the keyboard.
    gc().focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(gc()).toHaveAttribute('aria-expanded', 'false');
    expect(gc()).toHaveAccessibleName(/, 2 issues beneath, worst an error$/);
    expect(gc().firstElementChild).toHaveTextContent('✖ 2 beneath');
  });

  it('sets level, position, set size and expansion as the tree pattern asks, depth as the level of flat rows', () => {
    renderTree(indexOf(SMALL_NODES));
    const root = screen.getByRole('treeitem', { name: 'Microgrid Welshpool' });
    expect(root).toHaveAttribute('aria-level', '1');
    expect(root).toHaveAttribute('aria-expanded', 'true');
    const cp2 = screen.getByRole('treeitem', { name: /^Charger Bay A charger 2,/ });
    expect(cp2).toHaveAttribute('aria-level', '4');
    expect(cp2).toHaveAttribute('aria-posinset', '1');
    expect(cp2).toHaveAttribute('aria-setsize', '2');
    const connector = screen.getByRole('treeitem', { name: /^Connector cp-017-2/ });
    expect(connector).not.toHaveAttribute('aria-expanded');
    expect(connector).toHaveAttribute('aria-posinset', '2');
    expect(connector).toHaveAttribute('aria-selected', 'false');
    // A charger's connectors are the rows right after it, one level deeper.
    const rows = screen.getAllByRole('treeitem');
    const at = rows.indexOf(screen.getByRole('treeitem', { name: /^Charger Bay A charger 17/ }));
    const children = rows.slice(at + 1, at + 3);
    expect(children.map((c) => c.getAttribute('aria-level'))).toEqual(['5', '5']);
    expect(children.map((c) => c.getAttribute('aria-setsize'))).toEqual(['2', '2']);
  });

  it('draws a node of an unknown kind generically', () => {
    renderTree(
      indexOf([
        { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Site' },
        { id: 'bat-1', kind: 'BATTERY', parent_id: 'mg', limit: { max_power_w: 50_000, source: 'VENDOR_SHEET' } },
      ]),
    );
    expect(screen.getByRole('treeitem', { name: 'BATTERY bat-1, 50.0 kW VENDOR_SHEET' })).toHaveAttribute('aria-level', '2');
  });

  it('marks only the selected item as selected', () => {
    renderTree(indexOf(SMALL_NODES), asNodeId('cp-2'));
    const selected = screen.getAllByRole('treeitem', { selected: true });
    expect(selected.map((s) => s.getAttribute('data-node-id'))).toEqual(['cp-2']);
  });
});

describe('TopologyTree: big depots', () => {
  it('collapses chargers when the depot has more than 200 connectors, and says what is beneath', () => {
    renderTree(indexOf(bigDepotNodes(101, 2)));
    const charger = screen.getByRole('treeitem', { name: 'Charger Charger 7, 22.1 kW rating, OCPP BIG-7, 2 connectors' });
    expect(charger).toHaveAttribute('aria-expanded', 'false');
    expect(charger).toHaveTextContent('2 connectors');
    expect(screen.queryAllByRole('treeitem', { name: /^Connector/ })).toHaveLength(0);
    // Circuits stay open: all 101 chargers are listed.
    expect(everyRowId(/^Charger/)).toHaveLength(101);
  });

  it('keeps chargers expanded when the depot has 200 connectors or fewer', () => {
    renderTree(indexOf(bigDepotNodes(100, 2)));
    expect(everyRowId(/^Connector/)).toHaveLength(200);
  });
});

describe('TopologyTree: selection made elsewhere', () => {
  it('expands the ancestors of a node selected from outside and scrolls it into view', () => {
    const index = indexOf(bigDepotNodes(101, 2));
    const { rerender, onSelect } = renderTree(index);
    expect(screen.queryByRole('treeitem', { name: /^Connector cp-7-2/ })).toBeNull();

    rerender(<InView index={index} selectedId={asNodeId('cp-7-2')} onSelect={onSelect}><TopologyTree /></InView>);

    const connector = screen.getByRole('treeitem', { name: /^Connector cp-7-2/ });
    expect(connector).toHaveAttribute('aria-selected', 'true');
    expect(connector).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('treeitem', { name: /^Charger Charger 7,/ })).toHaveAttribute('aria-expanded', 'true');
    // Mounted means in view (or the tab stop): the tree mounts only the rows in its window.
    expect(connector).toBeVisible();
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('shows nothing selected for an id the topology does not have, without failing', () => {
    renderTree(indexOf(SMALL_NODES), asNodeId('nope'));
    expect(screen.queryAllByRole('treeitem', { selected: true })).toHaveLength(0);
    expect(screen.getAllByRole('treeitem')).toHaveLength(8);
  });
});

describe('TopologyTree: nodes outside the root', () => {
  it('lists a subtree whose parent is missing under "Unplaced nodes", not under the root', () => {
    const index = indexOf([
      ...SMALL_NODES,
      { id: 'cp-lost', kind: 'CHARGE_POINT', parent_id: 'circ-gone', name: 'Lost charger' },
      { id: 'cp-lost-1', kind: 'CONNECTOR', parent_id: 'cp-lost' },
    ]);
    renderTree(index);
    const unplaced = screen.getByRole('group', { name: 'Unplaced nodes' });
    expect(unplaced).toHaveAccessibleDescription(/parent is missing/);
    const items = within(unplaced).getAllByRole('treeitem');
    expect(items.map((i) => i.getAttribute('data-node-id'))).toEqual(['cp-lost', 'cp-lost-1']);
    expect(items[0]).toHaveAttribute('aria-level', '1');
    const root = screen.getByRole('treeitem', { name: 'Microgrid Welshpool' });
    expect(within(root).queryByRole('treeitem', { name: /Lost charger/ })).toBeNull();
  });

  it('draws a cycle once, without looping', () => {
    const index = indexOf([
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'c-1', kind: 'CIRCUIT', parent_id: 'c-2' },
      { id: 'c-2', kind: 'CIRCUIT', parent_id: 'c-1' },
    ]);
    renderTree(index);
    const unplaced = screen.getByRole('group', { name: 'Unplaced nodes' });
    expect(within(unplaced).getAllByRole('treeitem').map((i) => i.getAttribute('data-node-id'))).toEqual(['c-1', 'c-2']);
  });

  it('shows a topology without nodes as an empty tree with a note', () => {
    renderTree(indexOf([]));
    expect(screen.queryAllByRole('treeitem')).toHaveLength(0);
    expect(screen.getByText('This topology has no nodes.')).toBeInTheDocument();
  });
});
