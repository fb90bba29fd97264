// @vitest-environment jsdom
/**
 * Render scope of a preview change: a strategy switch or a session edit (a change of the URL's
 * preview keys) redraws the preview and the figures it shows, not the rest of the screen. Counted
 * by the renders of parts each drawn once by the graph (its minimap), the details (the node's
 * details), the problems panel and the header (the depot picker); a selection change, which does
 * concern the graph and the details, shows the counters work.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type * as CommitInputModule from '../../../src/ui/CommitInput';
import type * as DepotPickerModule from '../../../src/features/depot-picker/DepotPicker';
import type * as NodeDetailsModule from '../../../src/features/details/NodeDetails';
import type * as GraphMinimapModule from '../../../src/features/graph/GraphMinimap';
import type * as ProblemsPanelModule from '../../../src/features/problems/ProblemsPanel';
import { untilStable } from '../../support/settle';
import { depotTopology } from '../../unit/preview/depots';
import { renderApp, serveMockBackend } from '../app/render-app';

const renders = vi.hoisted(() => ({ graph: 0, details: 0, problems: 0, header: 0 }));
/** Renders of the sessions table's number inputs, by accessible name ("<connector> Requested (kW)"). */
const inputRenders = vi.hoisted(() => new Map<string, number>());

vi.mock('../../../src/ui/CommitInput', async (importOriginal) => {
  const actual = await importOriginal<typeof CommitInputModule>();
  return {
    ...actual,
    CommitInput: (props: Parameters<typeof actual.CommitInput>[0]) => {
      const name = props['aria-label'] ?? '';
      inputRenders.set(name, (inputRenders.get(name) ?? 0) + 1);
      return actual.CommitInput(props);
    },
  };
});

vi.mock('../../../src/features/graph/GraphMinimap', async (importOriginal) => {
  const actual = await importOriginal<typeof GraphMinimapModule>();
  return {
    ...actual,
    GraphMinimap: (props: Parameters<typeof actual.GraphMinimap>[0]) => {
      renders.graph++;
      return actual.GraphMinimap(props);
    },
  };
});
vi.mock('../../../src/features/details/NodeDetails', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeDetailsModule>();
  return {
    ...actual,
    NodeDetails: (props: Parameters<typeof actual.NodeDetails>[0]) => {
      renders.details++;
      return actual.NodeDetails(props);
    },
  };
});
vi.mock('../../../src/features/problems/ProblemsPanel', async (importOriginal) => {
  const actual = await importOriginal<typeof ProblemsPanelModule>();
  return {
    ...actual,
    ProblemsPanel: (props: Parameters<typeof actual.ProblemsPanel>[0]) => {
      renders.problems++;
      return actual.ProblemsPanel(props);
    },
  };
});
vi.mock('../../../src/features/depot-picker/DepotPicker', async (importOriginal) => {
  const actual = await importOriginal<typeof DepotPickerModule>();
  return {
    ...actual,
    DepotPicker: (props: Parameters<typeof actual.DepotPicker>[0]) => {
      renders.header++;
      return actual.DepotPicker(props);
    },
  };
});

serveMockBackend();
// A whole depot with its sessions table: role queries over it are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const topology = depotTopology('welshpool');
const connectors = topology.nodes.filter((n) => n.kind === 'CONNECTOR');
const first = connectors[0]!;
const second = connectors[1]!;

const counts = () => ({ ...renders });
const reset = () => Object.assign(renders, { graph: 0, details: 0, problems: 0, header: 0 });
const allocating = () => screen.queryAllByRole('status').some((e) => e.textContent === 'Allocating…');

/** Until the preview has its answer and no part renders any more. */
async function settled() {
  await waitFor(() => expect(allocating()).toBe(false), { timeout: 20_000 });
  return untilStable(counts);
}

/** The sessions table's region, by its heading's text (a role query over the whole screen is slow). */
function sessionsRegion(): HTMLElement {
  const region = screen.getByText('Sessions', { selector: 'h3' }).closest('section')!;
  expect(region).toHaveAccessibleName('Sessions');
  return region;
}

async function openWithSelection() {
  renderApp(`?depot=welshpool&view=preview&node=${encodeURIComponent(first.id)}`);
  await screen.findByText('Cycle summary', { selector: 'h3' }, { timeout: 20_000 });
  await waitFor(() => expect(renders.graph).toBeGreaterThan(0), { timeout: 20_000 });
  expect(renders.details).toBeGreaterThan(0);
  expect(renders.problems).toBeGreaterThan(0);
  expect(renders.header).toBeGreaterThan(0);
  await settled();
  reset();
}

describe('what a preview change renders', () => {
  it('a strategy switch renders none of the graph, the details, the problems or the header', async () => {
    const user = userEvent.setup();
    await openWithSelection();

    await user.click(screen.getByRole('radio', { name: 'Charger-based' }));
    expect(new URLSearchParams(window.location.search).get('strategy')).toBe('charger');
    expect(await settled()).toEqual({ graph: 0, details: 0, problems: 0, header: 0 });

    // The counters see a change that concerns those parts: another connector chosen in the sessions
    // table is selected in the graph and shown in the details.
    const link = within(sessionsRegion()).getAllByRole('button').find((b) => b.getAttribute('title') === second.id);
    await user.click(link!);
    await waitFor(() => expect(new URLSearchParams(window.location.search).get('node')).toBe(second.id));
    const afterSelect = await settled();
    expect(afterSelect.graph).toBeGreaterThan(0);
    expect(afterSelect.details).toBeGreaterThan(0);
  });

  it('unplugging a connector in the sessions table renders none of them either', async () => {
    const user = userEvent.setup();
    await openWithSelection();

    const plugged = within(sessionsRegion()).getAllByRole('checkbox', { name: / plugged in$/ })[0]!;
    expect(plugged).toBeChecked();
    await user.click(plugged);
    expect(new URLSearchParams(window.location.search).get('edits')).not.toBeNull();
    await waitFor(() => expect(plugged).not.toBeChecked());
    expect(await settled()).toEqual({ graph: 0, details: 0, problems: 0, header: 0 });
  });

  it("unplugging a connector redraws its row and the rows whose figures changed, not the table's other rows", async () => {
    const user = userEvent.setup();
    await openWithSelection();
    const table = within(sessionsRegion()).getByRole('table');
    /** Each mounted row's look (its text and its controls' state), by connector id. */
    const looks = () => {
      const out = new Map<string, string>();
      for (const row of within(table).getAllByRole('row').slice(1)) {
        const id = within(row).queryAllByRole('button').find((b) => b.hasAttribute('title'))?.getAttribute('title');
        if (id === undefined || id === null) continue;
        const controls = [...row.querySelectorAll('input, select')].map((c) => {
          const control = c as HTMLInputElement;
          return `${control.value}/${control.checked}/${control.disabled}`;
        });
        out.set(id, `${row.textContent}|${controls.join(',')}|${row.getAttribute('data-edited') ?? ''}`);
      }
      return out;
    };
    const before = looks();
    const [edited] = [...before.keys()];
    inputRenders.clear();

    await user.click(within(table).getByRole('checkbox', { name: `${edited} plugged in` }));
    await waitFor(() => expect(within(table).getByRole('checkbox', { name: `${edited} plugged in` })).not.toBeChecked());
    await settled();
    await untilStable(() => [...inputRenders]);

    const after = looks();
    const rendersOf = (id: string) => [...inputRenders].filter(([name]) => name.startsWith(`${id} `)).reduce((sum, [, n]) => sum + n, 0);
    expect(rendersOf(edited!)).toBeGreaterThan(0);
    const unchanged = [...before.keys()].filter((id) => after.has(id) && after.get(id) === before.get(id));
    // Most connectors keep their allocation when one is unplugged: the check below is not empty.
    expect(unchanged.length).toBeGreaterThan(0);
    expect(Object.fromEntries(unchanged.map((id) => [id, rendersOf(id)]))).toEqual(Object.fromEntries(unchanged.map((id) => [id, 0])));
  });
});
