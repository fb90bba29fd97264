// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WarningsRegion } from '../../../src/features/problems/WarningsRegion';
import { InView } from '../../support/in-view';
import { buildTopologyIndex, MicrogridTopologySchema, type TopologyIssueWire } from '../../../src/domain/topology';

const empty = (n: number): TopologyIssueWire => ({
  code: 'CIRCUIT_EMPTY',
  severity: 'warning',
  message: `Circuit c-${n} feeds nothing.`,
  entity: { type: 'CIRCUIT', id: `c-${n}` },
});

function indexWith(warnings: number) {
  return buildTopologyIndex(
    MicrogridTopologySchema.parse({
      microgrid_id: 'mg',
      depot_id: 'd',
      usable_power_calculation_version: 3,
      generated_at: '2026-01-01T00:00:00Z',
      nodes: [
        { id: 'mg', kind: 'MICROGRID', parent_id: null },
        { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg' },
        ...Array.from({ length: warnings }, (_, n) => ({ id: `c-${n}`, kind: 'CIRCUIT', parent_id: 'gc' })),
      ],
      warnings: Array.from({ length: warnings }, (_, n) => empty(n)),
    }),
  );
}

describe('WarningsRegion', () => {
  it('shows a short list at once', () => {
    render(<InView index={indexWith(3)}><WarningsRegion /></InView>);
    const region = screen.getByRole('region', { name: 'Warnings' });
    expect(within(region).getAllByRole('listitem')).toHaveLength(3);
    expect(within(region).getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('folds a long list behind its count, and unfolds it on request', async () => {
    render(<InView index={indexWith(12)}><WarningsRegion /></InView>);
    const region = screen.getByRole('region', { name: 'Warnings' });
    expect(within(region).getByText('12')).toBeInTheDocument();
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
    await userEvent.click(within(region).getByRole('button', { name: 'Show all 12' }));
    expect(within(region).getAllByRole('listitem')).toHaveLength(12);
  });

  it('says there are none', () => {
    render(<InView index={indexWith(0)}><WarningsRegion /></InView>);
    const region = screen.getByRole('region', { name: 'Warnings' });
    expect(within(region).getByText('No warnings')).toBeInTheDocument();
    expect(within(region).queryByRole('button')).toBeNull();
  });
});
