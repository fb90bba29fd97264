// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { buildTopologyIndex, MicrogridTopologySchema, type TopologyIssueWire } from '../../../src/domain/topology';
import { TopologyProblems } from '../../../src/features/problems';
import { useViewState } from '../../../src/view';
import { InView } from '../../support/in-view';

afterEach(() => window.history.replaceState(null, '', '/'));

const empty = (n: number): TopologyIssueWire => ({
  code: n % 3 === 0 ? 'OVERSUBSCRIBED' : 'CIRCUIT_EMPTY',
  severity: 'warning',
  message: `Circuit c-${n} needs a look.`,
  entity: { type: 'CIRCUIT', id: `c-${n}` },
});

function indexWith(warnings: number, structural = false) {
  return buildTopologyIndex(
    MicrogridTopologySchema.parse({
      microgrid_id: 'mg',
      depot_id: 'd',
      usable_power_calculation_version: 3,
      generated_at: '2026-01-01T00:00:00Z',
      nodes: [
        { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Site' },
        { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg', name: 'Main incomer' },
        ...Array.from({ length: warnings }, (_, n) => ({ id: `c-${n}`, kind: 'CIRCUIT', parent_id: 'gc' })),
        ...(structural ? [{ id: 'lost', kind: 'CHARGE_POINT', parent_id: 'gone' }] : []),
      ],
      warnings: Array.from({ length: warnings }, (_, n) => empty(n)),
    }),
  );
}

function Selected() {
  return <output aria-label="Selected node">{useViewState((s) => s.selectedId) ?? 'none'}</output>;
}

/** The panel once its list has loaded (it loads lazily). */
async function loadedPanel() {
  const panel = screen.getByRole('region', { name: 'Problems' });
  await within(panel).findByRole('searchbox', { name: 'Filter problems' });
  return panel;
}

function renderPanel(warnings: number, structural = false) {
  window.history.replaceState(null, '', '/?depot=d');
  return render(
    <InView index={indexWith(warnings, structural)}>
      <TopologyProblems />
      <Selected />
    </InView>,
  );
}

describe('the problems panel of a topology', () => {
  it('counts by severity, groups by code with counts, and says how many it shows', async () => {
    renderPanel(6, true);
    const panel = await loadedPanel();
    expect(within(panel).getByText('1 error, 6 warnings')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'PARENT_NOT_FOUND (1 problem)' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'OVERSUBSCRIBED (2 problems)' })).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'CIRCUIT_EMPTY (4 problems)' })).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem')).toHaveLength(7);
    expect(within(panel).getByText(/^Showing 7 of 7 problems in 3 codes\./)).toBeInTheDocument();
  });

  it('filters by text and by severity, and groups by record on request', async () => {
    const user = userEvent.setup();
    renderPanel(6, true);
    const panel = await loadedPanel();
    await user.type(within(panel).getByRole('searchbox', { name: 'Filter problems' }), 'c-3');
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    expect(within(panel).getByText(/^Showing 1 of 7 problems/)).toBeInTheDocument();
    await user.clear(within(panel).getByRole('searchbox', { name: 'Filter problems' }));
    await user.click(within(panel).getByRole('checkbox', { name: 'Warnings (6)' }));
    await waitFor(() => expect(within(panel).getAllByRole('listitem')).toHaveLength(1));
    await user.click(within(panel).getByRole('checkbox', { name: 'Warnings (6)' }));
    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Group by' }), 'Record');
    expect(within(panel).getByRole('heading', { name: 'Circuit c-0 (1 problem)' })).toBeInTheDocument();
  });

  it('chooses a problem: its node is selected and the URL names the problem', async () => {
    const user = userEvent.setup();
    renderPanel(6);
    const panel = await loadedPanel();
    await user.click(within(panel).getByRole('button', { name: /Circuit c-3 needs a look/ }));
    expect(screen.getByRole('status', { name: 'Selected node' })).toHaveTextContent('c-3');
    await waitFor(() => expect(window.location.search).toBe('?depot=d&problem=3'));
    expect(within(panel).getByRole('listitem', { current: true })).toHaveTextContent('c-3');
    expect(within(panel).getByRole('listitem', { current: true })).toHaveTextContent('in Site › Main incomer');
  });

  it('F8 and Shift+F8 step through the problems in list order, from anywhere', async () => {
    renderPanel(6);
    const panel = await loadedPanel();
    // List order is grouped by code, groups as first met: OVERSUBSCRIBED (c-0, c-3), then CIRCUIT_EMPTY (c-1, c-2, c-4, c-5).
    const press = (shiftKey = false) => act(() => void fireEvent.keyDown(document.body, { key: 'F8', shiftKey }));
    const selected = () => screen.getByRole('status', { name: 'Selected node' });
    press();
    await waitFor(() => expect(selected()).toHaveTextContent('c-0'));
    press();
    await waitFor(() => expect(selected()).toHaveTextContent('c-3'));
    press();
    await waitFor(() => expect(selected()).toHaveTextContent('c-1'));
    await waitFor(() => expect(within(panel).getByRole('listitem', { current: true })).toHaveTextContent('c-1'));
    press(true);
    await waitFor(() => expect(selected()).toHaveTextContent('c-3'));
    press(true);
    await waitFor(() => expect(selected()).toHaveTextContent('c-0'));
    press(true);
    await waitFor(() => expect(selected()).toHaveTextContent('c-5'));
  });

  it('windows a list of 50,000 warnings and still says it shows them all', async () => {
    // jsdom lays nothing out: give the list's scroll box a height, as a browser would.
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
    onTestFinished(() => void delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight);
    renderPanel(50_000);
    const panel = await loadedPanel();
    expect(within(panel).getByText(/^Showing 50,000 of 50,000 problems in 2 codes\./)).toBeInTheDocument();
    await waitFor(() => expect(within(panel).queryAllByRole('listitem').length).toBeGreaterThan(0));
    expect(within(panel).getAllByRole('listitem').length).toBeLessThan(50);
  });

  it('shows help for a code on request', async () => {
    const user = userEvent.setup();
    renderPanel(1);
    const row = within(await loadedPanel()).getByRole('listitem');
    await user.click(within(row).getByRole('button', { name: 'How to fix' }));
    expect(row).toHaveTextContent(/Usual cause.*Fix/);
  });
});
