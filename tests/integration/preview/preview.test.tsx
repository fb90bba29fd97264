// @vitest-environment jsdom
/**
 * The allocation preview on the mock backend's welshpool, against the allocator run in the test on
 * the same topology and sessions: the summary, the binding circuits, each connector's reason, and
 * what a strategy switch changes.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../../mocks/node';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import { mockDepotSite } from '../../unit/allocation/scenario-site';
import { allocate, fromTopology, sessionsAtRating, type AllocationResult, type LimitedBy } from '../../../src/domain/allocation';
import { depotTopology } from '../../unit/preview/depots';
import { renderApp, serveMockBackend } from '../app/render-app';

serveMockBackend();
// jsdom lays nothing out, so the windowed table mounts the rows of a screen's height (see
// `use-row-window.ts`); a screen this tall holds all of welshpool's 52 connectors at once.
beforeEach(() => {
  vi.spyOn(window.screen, 'height', 'get').mockReturnValue(4000);
});
// A whole depot with its sessions table: role queries over it are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const topology = depotTopology('welshpool');
const nodes = fromTopology(topology);
const rated = sessionsAtRating(topology);
const byStrategy = {
  connector: allocate({ nodes, sessions: rated, strategy: 'connector' }),
  charger: allocate({ nodes, sessions: rated, strategy: 'charger' }),
};
const nameOf = new Map<string, string>(topology.nodes.map((n) => [n.id, n.name ?? n.id]));
const kindOf = new Map<string, string>(topology.nodes.map((n) => [n.id, n.kind]));

/** kW with one decimal and thousands, as a reader sees the figures. */
const kw1 = (w: number) => `${(w / 1000).toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} kW`;
const cellKw = (w: number) => (Math.round(w / 100) / 10).toFixed(1);

/** Waits for the summary by its heading's text (a role query over the whole screen is slow to poll), then takes its region. */
async function summaryRegion(): Promise<HTMLElement> {
  await screen.findByText('Cycle summary', { selector: 'h3' }, { timeout: 20_000 });
  return screen.getByRole('region', { name: 'Cycle summary' });
}

async function openPreview(search: string) {
  const view = renderApp(search);
  return { ...view, summary: await summaryRegion() };
}

function figures(summary: HTMLElement): Record<string, string> {
  const out: Record<string, string> = {};
  for (const term of within(summary).getAllByRole('term')) out[term.textContent ?? ''] = term.nextElementSibling?.textContent ?? '';
  return out;
}

/** Rows of the sessions table by connector id (the row's link carries the id as its title). */
function sessionRows(): Map<string, HTMLElement> {
  // The region by its heading's text: a role query over the whole screen is slow on every poll.
  const region = screen.getByText('Sessions', { selector: 'h3' }).closest('section')!;
  expect(region).toHaveAccessibleName('Sessions');
  const table = within(region).getByRole('table');
  const rows = new Map<string, HTMLElement>();
  for (const row of within(table).getAllByRole('row').slice(1)) {
    const id = row.querySelector('button[title]')?.getAttribute('title');
    if (id) rows.set(id, row);
  }
  return rows;
}

/** What a reason must say for this `limitedBy`. */
function reasonPattern(limit: LimitedBy, connectorId: string): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  switch (limit.kind) {
    case 'request':
      return /^got all it asked for/;
    case 'node':
      return limit.nodeId === connectorId
        ? /^held at .* by its own cap/
        : new RegExp(`^held at .* by ${escape((kindOf.get(limit.nodeId) === 'CIRCUIT' ? 'circuit ' : kindOf.get(limit.nodeId) === 'GRID_CONNECTION' ? 'grid connection ' : 'charger ') + nameOf.get(limit.nodeId)!)}`);
    case 'admission':
      return new RegExp(`^refused: .* did not fit under ${escape(nameOf.get(limit.nodeId)!)}`);
    case 'evse':
      return new RegExp(`^waiting: ${escape(nameOf.get(limit.nodeId)!)} has`);
  }
}

describe('the allocation preview on welshpool, every connector at its rating', () => {
  it('is off until the toggle is pressed, then says what it is', async () => {
    const user = userEvent.setup();
    renderApp('?depot=welshpool');
    const toggle = await screen.findByRole('button', { name: 'Allocation preview' }, { timeout: 10_000 });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('region', { name: 'Cycle summary' })).toBeNull();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(new URLSearchParams(window.location.search).get('view')).toBe('preview');
    await summaryRegion();
    expect(screen.getByText(/not live telemetry/)).toBeInTheDocument();
    await user.click(toggle);
    expect(window.location.search).toBe('?depot=welshpool');
    expect(screen.queryByRole('region', { name: 'Cycle summary' })).toBeNull();
  });

  it('sums up the cycle as allocate does, and ranks binding circuits by unserved demand', async () => {
    const { summary } = await openPreview('?depot=welshpool&view=preview&sessions=rated');
    const expected = byStrategy.connector.summary;
    expect(figures(summary)).toEqual({
      Requested: kw1(expected.requestedW),
      Allocated: kw1(expected.allocatedW),
      Unserved: kw1(expected.unservedW),
      Admitted: String(expected.admitted),
      Refused: String(expected.refused),
    });
    const binding = within(summary).getAllByRole('button').map((b) => b.textContent);
    expect(binding.some((text) => text?.startsWith('Circuit '))).toBe(true);
    // Every binding node the allocator names is offered (ten at first, then "Show all").
    expect(binding.length).toBe(Math.min(10, expected.bindingNodeIds.length) + (expected.bindingNodeIds.length > 10 ? 1 : 0));
  });

  it('gives each connector the reason its limitedBy calls for, and its allocation', async () => {
    await openPreview('?depot=welshpool&view=preview&sessions=rated');
    const rows = sessionRows();
    expect(rows.size).toBe(byStrategy.connector.sessions.length);
    for (const s of byStrategy.connector.sessions) {
      const row = rows.get(s.connectorId)!;
      const cells = within(row).getAllByRole('cell');
      expect(cells.at(-2)).toHaveTextContent(cellKw(s.allocatedW));
      expect(cells.at(-1)!.textContent).toMatch(reasonPattern(s.limitedBy, s.connectorId));
    }
  });

  it('switching strategy changes exactly the connectors whose allocation differs', async () => {
    const user = userEvent.setup();
    await openPreview('?depot=welshpool&view=preview&sessions=rated');
    const allocated = () => new Map([...sessionRows()].map(([id, row]) => [id, within(row).getAllByRole('cell').at(-2)!.textContent]));
    const before = allocated();
    await user.click(screen.getByRole('radio', { name: 'Charger-based' }));
    expect(new URLSearchParams(window.location.search).get('strategy')).toBe('charger');
    await waitFor(() => expect(allocated()).not.toEqual(before));
    const after = allocated();
    const changed = [...after].filter(([id, text]) => before.get(id) !== text).map(([id]) => id);
    const differ = (a: AllocationResult, b: AllocationResult) =>
      a.sessions.filter((s, i) => cellKw(s.allocatedW) !== cellKw(b.sessions[i]!.allocatedW)).map((s) => s.connectorId);
    expect(changed.sort()).toEqual(differ(byStrategy.connector, byStrategy.charger).sort());
    expect(changed.length).toBeGreaterThan(0);
  });

  it('shows a connector’s reason and allocation in the details, and the tree its kW', async () => {
    const held = byStrategy.connector.sessions.find((s) => s.limitedBy.kind === 'node')!;
    await openPreview(`?depot=welshpool&view=preview&sessions=rated&node=${held.connectorId}`);
    const details = screen.getByRole('complementary', { name: 'Details' });
    const section = await within(details).findByRole('region', { name: 'In the preview' });
    const why = within(section).getByText('Why:').parentElement!.textContent!.replace(/^Why: /, '');
    expect(why).toMatch(reasonPattern(held.limitedBy, held.connectorId));
    expect(section).toHaveTextContent(`Allocated${cellKw(held.allocatedW)} kW`);
    const item = within(screen.getByRole('tree', { name: 'Microgrid topology' })).getByRole('treeitem', { selected: true });
    expect(item.getAttribute('aria-label')).toContain(`${cellKw(held.allocatedW)} kW allocated`);
  });

  it('edits a session from the details into the URL, and resets it', async () => {
    const user = userEvent.setup();
    const first = byStrategy.connector.sessions[0]!;
    const { summary } = await openPreview(`?depot=welshpool&view=preview&sessions=rated&node=${first.connectorId}`);
    const details = screen.getByRole('complementary', { name: 'Details' });
    await user.click(within(details).getByRole('checkbox', { name: 'Plugged in' }));
    expect(new URLSearchParams(window.location.search).get('edits')).toBe(`x_${first.connectorId}`);
    await waitFor(() => expect(figures(summary).Admitted).toBe(String(byStrategy.connector.summary.admitted - 1)));
    expect(within(details).getByRole('region', { name: 'In the preview' })).toHaveTextContent('not plugged in');
    await user.click(screen.getByRole('button', { name: 'Reset edits (1)' }));
    expect(new URLSearchParams(window.location.search).get('edits')).toBeNull();
    await waitFor(() => expect(figures(summary).Admitted).toBe(String(byStrategy.connector.summary.admitted)));
  });

  it('selects a binding node from the summary, expanding the tree to it', async () => {
    const user = userEvent.setup();
    const { summary } = await openPreview('?depot=welshpool&view=preview&sessions=rated');
    const top = within(summary).getAllByRole('button')[0]!;
    await user.click(top);
    const selected = within(screen.getByRole('tree', { name: 'Microgrid topology' })).getByRole('treeitem', { selected: true });
    expect(selected.getAttribute('aria-label')).toContain(top.textContent!.replace(/^\S+ /, '').replace(/^connection /, ''));
    expect(within(screen.getByRole('complementary', { name: 'Details' })).getByRole('region', { name: 'In the preview' })).toHaveTextContent('Binding');
  });
});

describe('a session set as a file', () => {
  const fileOf = (text: string, name = 'sessions.json') => new File([text], name, { type: 'application/json' });

  it('imports a valid file as edits on the preset, and says how many sessions it brought', async () => {
    const user = userEvent.setup();
    const { summary } = await openPreview('?depot=welshpool&view=preview&sessions=rated');
    const kept = rated.slice(0, 3).map((s) => ({ ...s, requestedPowerW: 10_000 }));
    const text = JSON.stringify({ format: 'depot-microgrid-sessions', version: 1, depotId: 'welshpool', strategy: 'charger', sessions: kept });
    await user.upload(screen.getByLabelText('Import sessions'), fileOf(text));
    expect(await screen.findByText('Imported 3 sessions from sessions.json.')).toBeInTheDocument();
    const params = new URLSearchParams(window.location.search);
    expect(params.get('strategy')).toBe('charger');
    // Three sessions at 10 kW; every other connector unplugged.
    const expected = allocate({ nodes, sessions: kept, strategy: 'charger' }).summary;
    await waitFor(() => expect(figures(summary)).toMatchObject({ Requested: kw1(expected.requestedW), Admitted: '3' }));
  });

  it('refuses a bad file with a clear message and changes nothing', async () => {
    const user = userEvent.setup();
    const { summary } = await openPreview('?depot=welshpool&view=preview&sessions=rated');
    const search = window.location.search;
    const before = figures(summary);
    const text = JSON.stringify({ format: 'depot-microgrid-sessions', version: 1, depotId: 'welshpool', sessions: [{ connectorId: 'cp-999-1', requestedPowerW: 5 }] });
    await user.upload(screen.getByLabelText('Import sessions'), fileOf(text, 'bad.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^bad\.json was not imported; nothing changed\. .*cp-999-1/);
    expect(window.location.search).toBe(search);
    expect(figures(summary)).toEqual(before);
  });
});

describe('the preview where it cannot run as asked', () => {
  it('falls back to the rating preset and says so for an unknown preset', async () => {
    await openPreview('?depot=welshpool&view=preview&sessions=everyone-please');
    expect(screen.getByText(/"everyone-please" is not one this app knows/)).toBeInTheDocument();
  });

  it('says why the allocator refuses a topology with two roots, and keeps the rest of the screen', async () => {
    const body = deriveMicrogrid(mockDepotSite('small-depot')).body as { nodes: unknown[] };
    const stray = { id: 'stray-root', kind: 'MICROGRID', parent_id: null, name: 'Stray', limit: null, asset: {} };
    server.use(http.get('*/api/depot/small-depot/microgrid', () => HttpResponse.json({ ...body, nodes: [...body.nodes, stray] })));
    renderApp('?depot=small-depot&view=preview');
    const alert = await screen.findByText('The allocator cannot preview this topology:', {}, { timeout: 20_000 });
    expect(alert.closest('[role="alert"]')).toHaveTextContent(/stray-root/);
    expect(screen.queryByText('Cycle summary', { selector: 'h3' })).toBeNull();
    expect(screen.getByRole('tree', { name: 'Microgrid topology' })).toBeInTheDocument();
  });

  it('says plainly on a legacy depot that rebalancing ignores the topology today', async () => {
    await openPreview('?depot=legacy-depot&view=preview');
    expect(screen.getByText(/rebalancing ignores this topology today/)).toBeInTheDocument();
  });
});
