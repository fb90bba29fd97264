// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildTopologyIndex, parseMicrogridTopology, type MicrogridTopologyWire } from '../../../src/domain/topology';
import { TopologyWarnings } from '../../../src/features/problems/TopologyWarnings';
import { InView } from '../../support/in-view';

// Vitest runs without globals, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

function indexOf(wire: MicrogridTopologyWire) {
  const parsed = parseMicrogridTopology(wire);
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return buildTopologyIndex(parsed.value);
}

const base: MicrogridTopologyWire = {
  microgrid_id: 'mg-1',
  depot_id: 'dep-1',
  name: 'Depot',
  usable_power_calculation_version: 3,
  generated_at: '2026-03-26T04:12:00Z',
  nodes: [
    { id: 'mg-1', kind: 'MICROGRID', parent_id: null },
    { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg-1', name: 'Main incomer' },
    { id: 'circ-b', kind: 'CIRCUIT', parent_id: 'gc-1', name: 'Bay B' },
  ],
};

describe('TopologyWarnings', () => {
  it('says "No warnings" when there are none', () => {
    render(<InView index={indexOf(base)} onSelect={() => {}}><TopologyWarnings /></InView>);
    expect(screen.getByText('No warnings')).toBeInTheDocument();
  });

  it('lists warnings in the order received and selects the node a warning names', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const index = indexOf({
      ...base,
      warnings: [
        { code: 'OVERSUBSCRIBED', severity: 'warning', message: 'Children sum to 150% of the cap.', entity: { type: 'GRID_CONNECTION', id: 'gc-1' } },
        { code: 'CIRCUIT_EMPTY', severity: 'warning', message: 'Circuit circ-b feeds nothing.', entity: { type: 'CIRCUIT', id: 'circ-b' } },
      ],
    });
    render(<InView index={index} onSelect={onSelect}><TopologyWarnings /></InView>);
    const items = within(screen.getByRole('list', { name: 'Warnings' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('OVERSUBSCRIBED');
    expect(items[0]).toHaveTextContent('Children sum to 150% of the cap.');
    expect(items[1]).toHaveTextContent('CIRCUIT_EMPTY');
    await user.click(within(items[1]!).getByRole('button', { name: 'Select Bay B (circ-b)' }));
    expect(onSelect).toHaveBeenCalledWith('circ-b');
  });

  it('shows structural defects as errors, each naming its node', async () => {
    const user = userEvent.setup();
    const onSelect = vi.fn();
    const index = indexOf({
      ...base,
      nodes: [...base.nodes, { id: 'cp-9', kind: 'CHARGE_POINT', parent_id: 'circ-gone', name: 'Lost charger' }],
      warnings: [{ code: 'CIRCUIT_EMPTY', severity: 'warning', message: 'Ghost.', entity: { type: 'CIRCUIT', id: 'circ-ghost' } }],
    });
    render(<InView index={index} onSelect={onSelect}><TopologyWarnings /></InView>);
    const errors = within(screen.getByRole('list', { name: 'Structural errors' })).getAllByRole('listitem');
    expect(errors).toHaveLength(2);
    expect(errors[0]).toHaveTextContent('Parent not found');
    expect(errors[0]).toHaveTextContent('Node cp-9 names parent circ-gone, which is not in the topology.');
    expect(errors[1]).toHaveTextContent('Warning about an unknown node');
    await user.click(within(errors[0]!).getByRole('button', { name: 'Select Lost charger (cp-9)' }));
    expect(onSelect).toHaveBeenCalledWith('cp-9');
    // The warning about a node that does not exist offers nothing to select.
    const warning = within(screen.getByRole('list', { name: 'Warnings' })).getByRole('listitem');
    expect(within(warning).queryByRole('button')).not.toBeInTheDocument();
  });
});
