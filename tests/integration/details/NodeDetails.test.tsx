// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { asNodeId, type MicrogridNodeWire, type TopologyIndex } from '../../../src/domain/topology';
import { NodeDetails } from '../../../src/features/details/NodeDetails';
import { SMALL_NODES, SMALL_WARNINGS, indexOf } from '../../fixtures/tree';
import { InView } from '../../support/in-view';

afterEach(cleanup);

function show(index: TopologyIndex, id: string) {
  const onSelect = vi.fn();
  render(<InView index={index} onSelect={onSelect}><NodeDetails nodeId={asNodeId(id)} /></InView>);
  return { onSelect, user: userEvent.setup() };
}

/** Label → value of every term/definition pair in `container`, in order. */
function pairs(container: HTMLElement): Array<[string, string]> {
  return within(container)
    .getAllByRole('term')
    .map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
}

const section = (name: string) => screen.getByRole('region', { name });

describe('NodeDetails: fields per kind', () => {
  it('heads a charger’s panel with its kind and name and lists its fields with units', () => {
    show(indexOf(SMALL_NODES, SMALL_WARNINGS), 'cp-017');
    const panel = screen.getByRole('region', { name: 'Charger Bay A charger 17' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('Charger Bay A charger 17');
    expect(pairs(panel).slice(0, 4)).toEqual([
      ['Id', 'cp-017'],
      ['Name', 'Bay A charger 17'],
      ['Kind', 'Charger (CHARGE_POINT)'],
      ['Parent', 'Circuit Bay A'],
    ]);
    expect(pairs(section('Limit'))).toEqual([
      ['Power cap', '150 kW (150,000 W)'],
      ['Phases', '3'],
      ['Source', 'Rating'],
    ]);
    expect(pairs(section('Asset'))).toEqual([
      ['OCPP id', 'WEL-017'],
      ['Vendor', 'Kempower'],
      ['Model', 'S-Series'],
      ['Power type', 'DC'],
      ['EVSEs', '2'],
      ['Maximum power', '150 kW'],
      ['Status', 'Available'],
    ]);
    expect(within(section('Beneath')).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['2 connectors']);
    expect(panel).not.toHaveTextContent(/undefined|null|NaN/);
  });

  it('lists a connector’s OCPP number, standard, current and voltage', () => {
    show(indexOf(SMALL_NODES), 'cp-017-1');
    expect(screen.getByRole('region', { name: 'Connector cp-017-1' })).toBeInTheDocument();
    expect(pairs(section('Asset'))).toEqual([
      ['Connector number', '1'],
      ['EVSE id', '1'],
      ['Standard', 'IEC_62196_T2_COMBO'],
      ['Power type', 'DC'],
      ['Maximum power', '150 kW'],
      ['Maximum current', '200 A'],
      ['Maximum voltage', '920 V'],
      ['Status', 'Charging'],
    ]);
    expect(pairs(section('Limit'))).toContainEqual(['Current cap per phase', '200 A']);
    expect(screen.queryByRole('region', { name: /^Children/ })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Beneath' })).toBeNull();
  });

  it('lists a grid connection’s source circuit fields, with the cap’s source in words', () => {
    show(indexOf(SMALL_NODES), 'gc-1');
    expect(pairs(section('Asset'))).toEqual([
      ['Circuit id', 'circ-main'],
      ['Default capacity', '1,000 kW'],
      ['Safe capacity', '600 kW'],
      ['Breaker rating', '1,600 A'],
      ['Voltage', '230 V'],
      ['Phases', '3'],
    ]);
    expect(pairs(section('Limit'))).toEqual([
      ['Power cap', '1,000 kW (1,000,000 W)'],
      ['Current cap per phase', '1,449 A'],
      ['Phases', '3'],
      ['Source', 'Default capacity'],
    ]);
  });

  it('says the root imposes no limit and has no parent, and counts everything beneath it', () => {
    show(indexOf(SMALL_NODES), 'mg-1');
    expect(within(section('Limit')).getByText('No limit at this node.')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Asset' })).toBeNull();
    expect(pairs(screen.getByRole('region', { name: 'Microgrid Welshpool' }))).toContainEqual(['Parent', 'None: this is a root']);
    expect(within(section('Beneath')).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '1 grid connection',
      '1 circuit',
      '2 chargers',
      '3 connectors',
    ]);
  });

  it('shows an unknown kind and an unknown cap source verbatim', () => {
    const nodes: MicrogridNodeWire[] = [
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'bat-1', kind: 'BATTERY', parent_id: 'mg', limit: { max_power_w: 50_500, source: 'VENDOR_SHEET' }, asset: { vendor: 'Acme', status: 'Idle' } },
    ];
    show(indexOf(nodes), 'bat-1');
    const panel = screen.getByRole('region', { name: 'BATTERY bat-1' });
    expect(pairs(panel)).toContainEqual(['Kind', 'BATTERY']);
    expect(pairs(section('Limit'))).toEqual([
      ['Power cap', '50.5 kW (50,500 W)'],
      ['Source', 'VENDOR_SHEET'],
    ]);
    expect(pairs(section('Asset'))).toEqual([
      ['Status', 'Idle'],
      ['Vendor', 'Acme'],
    ]);
  });

  it('says so when the node is not in the topology, without failing', () => {
    show(indexOf(SMALL_NODES), 'cp-404');
    expect(screen.getByRole('region', { name: 'Node not found' })).toHaveTextContent('cp-404');
  });
});

describe('NodeDetails: moving around', () => {
  it('selects the parent, a child or an ancestor of the breadcrumb', async () => {
    const { onSelect, user } = show(indexOf(SMALL_NODES), 'cp-017');
    const panel = screen.getByRole('region', { name: 'Charger Bay A charger 17' });
    const parentDd = within(panel).getByText('Parent').nextElementSibling as HTMLElement;
    await user.click(within(parentDd).getByRole('button', { name: 'Circuit Bay A' }));
    expect(onSelect).toHaveBeenLastCalledWith('circ-bay-a');

    const children = section('Children (2)');
    expect(within(children).getAllByRole('button').map((b) => b.textContent)).toEqual(['Connector cp-017-1', 'Connector cp-017-2']);
    await user.click(within(children).getByRole('button', { name: 'Connector cp-017-2' }));
    expect(onSelect).toHaveBeenLastCalledWith('cp-017-2');

    const path = screen.getByRole('navigation', { name: 'Path from the root' });
    expect(within(path).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Microgrid Welshpool',
      'Grid connection Main incomer',
      'Circuit Bay A',
    ]);
    expect(within(path).getByText('Charger Bay A charger 17')).toHaveAttribute('aria-current', 'location');
    await user.click(within(path).getByRole('button', { name: 'Grid connection Main incomer' }));
    expect(onSelect).toHaveBeenLastCalledWith('gc-1');
  });

  it('reaches the links by keyboard', async () => {
    const { onSelect, user } = show(indexOf(SMALL_NODES), 'cp-017');
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName('Circuit Bay A');
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('circ-bay-a');
  });

  it('shows the first 50 of a long list of children, then 100 more at a time', async () => {
    const nodes: MicrogridNodeWire[] = [
      { id: 'mg', kind: 'MICROGRID', parent_id: null },
      { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg' },
    ];
    for (let i = 1; i <= 170; i++) nodes.push({ id: `cp-${i}`, kind: 'CHARGE_POINT', parent_id: 'gc' });
    const { user } = show(indexOf(nodes), 'gc');
    const children = section('Children (170)');
    const first = within(children).getAllByRole('button', { name: /^Charger/ });
    expect(first).toHaveLength(50);
    expect(first[0]).toHaveTextContent('Charger cp-1');
    expect(first[9]).toHaveTextContent('Charger cp-10');
    expect(within(children).getByRole('status')).toHaveTextContent('Showing 50 of 170');
    await user.click(within(children).getByRole('button', { name: 'Show 100 more' }));
    expect(within(children).getAllByRole('button', { name: /^Charger/ })).toHaveLength(150);
    expect(within(children).getByRole('status')).toHaveTextContent('Showing 150 of 170');
    await user.click(within(children).getByRole('button', { name: 'Show 20 more' }));
    expect(within(children).getAllByRole('button', { name: /^Charger/ })).toHaveLength(170);
    expect(within(children).queryByRole('button', { name: /more$/ })).toBeNull();
  });
});

describe('NodeDetails: issues', () => {
  it('lists a warning about the node with its code, severity, message and related nodes', async () => {
    const { onSelect, user } = show(indexOf(SMALL_NODES, SMALL_WARNINGS), 'circ-bay-a');
    const issues = within(section('Issues')).getByRole('list', { name: 'Issues about this node' });
    const [item] = within(issues).getAllByRole('listitem');
    expect(item).toHaveTextContent('Warning CAPACITY_FROM_SAFE_FALLBACK');
    expect(item).toHaveTextContent('Circuit circ-bay-a has no default capacity; its safe capacity of 400 kW is enforced.');
    await user.click(within(item!).getByRole('button', { name: 'Grid connection Main incomer' }));
    expect(onSelect).toHaveBeenLastCalledWith('gc-1');
  });

  it('lists, apart, a warning about another node that involves this one', () => {
    show(indexOf(SMALL_NODES, SMALL_WARNINGS), 'gc-1');
    const involved = within(section('Issues')).getByRole('list', { name: 'Issues that involve this node' });
    expect(within(involved).getByRole('listitem')).toHaveTextContent(/About:? ?Circuit Bay A/);
    expect(within(section('Issues')).queryByRole('list', { name: 'Issues about this node' })).toBeNull();
  });

  it('says when no issue names the node', () => {
    show(indexOf(SMALL_NODES, SMALL_WARNINGS), 'cp-2');
    expect(within(section('Issues')).getByText('No issue names this node.')).toBeInTheDocument();
  });

  it('shows a structural defect, the missing parent and the unplaced path of a node outside the root', () => {
    const index = indexOf([...SMALL_NODES, { id: 'cp-lost', kind: 'CHARGE_POINT', parent_id: 'circ-gone', name: 'Lost' }]);
    show(index, 'cp-lost');
    const panel = screen.getByRole('region', { name: 'Charger Lost' });
    expect(pairs(panel)).toContainEqual(['Parent', 'circ-gone (not in this topology)']);
    expect(within(section('Issues')).getByRole('listitem')).toHaveTextContent('Structure PARENT_NOT_FOUND');
    expect(screen.getByRole('navigation', { name: 'Path from the root' })).toHaveTextContent(/^Unplaced/);
  });
});
