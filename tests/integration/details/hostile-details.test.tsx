// @vitest-environment jsdom
/**
 * The details panel whatever the server sends: kinds and sources named after `Object.prototype`
 * members read as text, and a node with 20,000 children or 10,000 ancestors draws a page of them.
 */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { asNodeId, type MicrogridNodeWire, type TopologyIndex } from '../../../src/domain/topology';
import { NodeDetails } from '../../../src/features/details/NodeDetails';
import { indexOf } from '../../fixtures/tree';
import { InView } from '../../support/in-view';
import { chainTopology, PROTOTYPE_NAMES, wideTopology } from '../../unit/hostile/arbitraries';

afterEach(cleanup);

function show(index: TopologyIndex, id: string) {
  render(
    <InView index={index}>
      <NodeDetails nodeId={asNodeId(id)} />
    </InView>,
  );
}

/** The value beside the term `label` inside `container`. */
function valueOf(container: HTMLElement, label: string): string | null {
  return within(container).getByText(label, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

describe('details of Object.prototype names', () => {
  it.each(PROTOTYPE_NAMES)('shows %s as a kind, a limit source, a status and a child kind', (name) => {
    const nodes: MicrogridNodeWire[] = [
      { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Site' },
      {
        id: 'n', kind: name, parent_id: 'mg', name: 'Odd node',
        limit: { max_power_w: 1000, source: name }, asset: { status: name },
      },
      { id: 'k', kind: name, parent_id: 'n', name: 'Odd child' },
    ];
    show(indexOf(nodes), 'n');
    const panel = screen.getByRole('region', { name: `${name} Odd node` });
    expect(valueOf(panel, 'Kind')).toBe(name);
    expect(valueOf(screen.getByRole('region', { name: 'Limit' }), 'Source')).toBe(name);
    expect(valueOf(screen.getByRole('region', { name: 'Asset' }), 'Status')).toBe(name);
    expect(within(screen.getByRole('region', { name: 'Beneath' })).getByRole('listitem')).toHaveTextContent(`1 ${name} node`);
    expect(within(screen.getByRole('region', { name: 'Children (1)' })).getByRole('button', { name: `${name} Odd child` })).toBeInTheDocument();
  });
});

describe('details of huge topologies', () => {
  it('pages through 20,000 children, 100 at a time', async () => {
    show(indexOf(wideTopology(20_000).nodes), 'root');
    const children = screen.getByRole('region', { name: 'Children (20000)' });
    expect(within(children).getAllByRole('button', { name: /^Grid connection/ })).toHaveLength(50);
    expect(within(children).getByRole('status')).toHaveTextContent('Showing 50 of 20,000');
    await userEvent.click(within(children).getByRole('button', { name: 'Show 100 more' }));
    expect(within(children).getAllByRole('button', { name: /^Grid connection/ })).toHaveLength(150);
    expect(within(children).getByRole('status')).toHaveTextContent('Showing 150 of 20,000');
  });

  it('draws the first and last levels of a path 10,000 deep, and the rest on request', async () => {
    show(indexOf(chainTopology(10_000).nodes), 'n10000');
    const path = screen.getByRole('navigation', { name: 'Path from the root' });
    expect(within(path).getAllByRole('listitem')).toHaveLength(7);
    expect(within(path).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'Microgrid n0',
      'Circuit n1',
      'Circuit n2',
      '… 9,995 levels …',
      'Circuit n9998',
      'Circuit n9999',
    ]);
    expect(within(path).getByText('Circuit n10000')).toHaveAttribute('aria-current', 'location');
    await userEvent.click(within(path).getByRole('button', { name: '… 9,995 levels …' }));
    expect(within(path).getAllByRole('listitem')).toHaveLength(107);
    expect(within(path).getByRole('button', { name: '… 9,895 levels …' })).toBeInTheDocument();
    expect(within(path).getByRole('button', { name: 'Circuit n102' })).toBeInTheDocument();
  });
});
