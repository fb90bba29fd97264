// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { ERROR_MANY_CODES } from '../../../mocks/scenarios';
import { renderApp, serveMockBackend } from './render-app';

serveMockBackend();

const details = () => screen.findByRole('complementary', { name: 'Details' });

/** Clicks a tree row the way a reader does: on the node's name. */
async function clickTreeNode(user: ReturnType<typeof userEvent.setup>, label: RegExp) {
  const tree = await screen.findByRole('tree', { name: 'Microgrid topology' });
  const item = within(tree).getByRole('treeitem', { name: label });
  await user.click(item.querySelector('[data-tree-row]') ?? item);
}

describe('choosing a depot', () => {
  it('shows loading with the depot id, then the topology', async () => {
    const user = userEvent.setup();
    // Fall through to the real handler after a pause, so the loading state can be seen.
    server.use(http.get('*/api/depot/small-depot/microgrid', () => delay(300)));
    renderApp();
    await user.click(screen.getByRole('button', { name: 'Small depot' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the topology of depot small-depot…');
    expect(await screen.findByRole('heading', { name: /^Small depot\s+small-depot$/ })).toBeInTheDocument();
    expect(window.location.search).toBe('?depot=small-depot');
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(summary).toHaveTextContent('mg-small-01');
    expect(summary).toHaveTextContent('1 grid connection, 1 circuit, 6 chargers, 6 connectors');
    expect(screen.getByRole('tree', { name: 'Microgrid topology' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Topology graph' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Problems' })).getByText('No problems: no warnings and no structural errors.')).toBeInTheDocument();
    expect(within(await details()).getByText('Select a node in the tree or the graph to see its details.')).toBeInTheDocument();
  });

  it('opens a depot typed by hand, and says when the id is empty', async () => {
    const user = userEvent.setup();
    renderApp();
    const field = screen.getByRole('textbox', { name: 'Depot id' });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Enter a depot id.');
    await user.type(field, 'legacy-depot');
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByRole('note')).toHaveTextContent(/^Rebalancing does not use this topology: .*version 2/);
  });

  it('selecting a node in the tree shows its details and puts it in the URL', async () => {
    const user = userEvent.setup();
    renderApp('?depot=small-depot');
    await clickTreeNode(user, /^Charger AC charger 3,/);
    expect(within(await details()).getByRole('heading', { name: 'Charger AC charger 3' })).toBeInTheDocument();
    expect(window.location.search).toBe('?depot=small-depot&node=sd-cp-ac3');
  });
});

describe('the URL', () => {
  it('reopens the same depot and node', async () => {
    renderApp('?depot=small-depot&node=sd-cp-dc2');
    expect(await within(await details()).findByRole('heading', { name: 'Charger DC charger 2' })).toBeInTheDocument();
    const item = within(screen.getByRole('tree', { name: 'Microgrid topology' })).getByRole('treeitem', { name: /^Charger DC charger 2,/ });
    expect(item).toHaveAttribute('aria-selected', 'true');
  });

  it('says politely when the node does not exist, and can clear it', async () => {
    const user = userEvent.setup();
    renderApp('?depot=small-depot&node=cp-999');
    const panel = await details();
    expect(within(panel).getByText(/There is no node/)).toHaveTextContent('There is no node cp-999 in this topology.');
    await user.click(within(panel).getByRole('button', { name: 'Clear selection' }));
    expect(window.location.search).toBe('?depot=small-depot');
  });

  it('back returns to the previous selection', async () => {
    const user = userEvent.setup();
    renderApp('?depot=small-depot&node=sd-cp-dc2');
    await clickTreeNode(user, /^Charger AC charger 1,/);
    expect(within(await details()).getByRole('heading', { name: 'Charger AC charger 1' })).toBeInTheDocument();
    window.history.back();
    expect(await within(await details()).findByRole('heading', { name: 'Charger DC charger 2' })).toBeInTheDocument();
  });
});

describe('a 422', () => {
  it('shows every issue in the order received, and the raw body on request', async () => {
    const user = userEvent.setup();
    renderApp('?depot=error-many');
    expect(await screen.findByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeInTheDocument();
    const count = ERROR_MANY_CODES.length;
    expect(screen.getByText(`${count} errors prevent deriving the microgrid topology of depot error-many.`)).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Problems' });
    expect(within(panel).getByText(`${count} errors, 0 warnings`)).toBeInTheDocument();
    const items = await within(panel).findAllByRole('listitem');
    expect(within(panel).getByText(new RegExp(`^Showing ${count} of ${count} problems`))).toBeInTheDocument();
    // The contract's order: by code, then entity type, then entity id.
    expect(items.map((li) => li.querySelector('code')?.textContent)).toEqual(ERROR_MANY_CODES);
    expect(items[0]).toHaveTextContent('Charger sd-cp-ac3 (AC charger 3)');
    expect(items[0]).toHaveTextContent('Circuit sd-circ-ac-old');
    expect(items[0]).toHaveTextContent('/charge_points/4/circuit_id');

    await user.click(screen.getByRole('button', { name: 'Show raw response' }));
    const raw = screen.getByRole('region', { name: 'Raw response' });
    expect(raw).toHaveTextContent('"instance": "/api/depot/error-many/microgrid"');
  });

  it('without errors still shows title and detail and says the list is missing', async () => {
    renderApp('?depot=fault-422-no-errors');
    expect(await screen.findByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeInTheDocument();
    expect(screen.getByText('The topology of depot fault-422-no-errors cannot be assembled.')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('The problem has no "errors" list.');
  });
});

describe('other failures', () => {
  it('a 500 can be retried once the server recovers', async () => {
    const user = userEvent.setup();
    renderApp('?depot=fault-500');
    expect(await screen.findByRole('heading', { name: 'The server could not answer' })).toBeInTheDocument();
    expect(screen.getByText('HTTP 500')).toBeInTheDocument();
    expect(screen.getByText('The topology service failed unexpectedly.')).toBeInTheDocument();

    const small = await fetch(`${window.location.origin}/api/depot/small-depot/microgrid`).then((r) => r.json() as Promise<Record<string, unknown>>);
    server.use(http.get('*/api/depot/fault-500/microgrid', () => HttpResponse.json(small)));
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('tree', { name: 'Microgrid topology' })).toBeInTheDocument();
  });

  it('a body that breaks the schema lists the paths', async () => {
    renderApp('?depot=fault-bad-schema');
    expect(await screen.findByRole('heading', { name: 'The response does not match the API contract' })).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Where the response breaks the contract' });
    expect(within(list).getByText(/^at nodes\[\d+\]\.limit\.max_power_w:/)).toBeInTheDocument();
  });

  it('a 401 says to sign in', async () => {
    renderApp('?depot=fault-401');
    expect(await screen.findByRole('heading', { name: 'Sign-in required' })).toBeInTheDocument();
    expect(screen.getByText(/Sign in again/)).toBeInTheDocument();
    expect(screen.getByText('Not authenticated')).toBeInTheDocument();
  });

  it('a 404 says there is no such depot', async () => {
    renderApp('?depot=no-such-depot');
    expect(await screen.findByRole('heading', { name: 'Depot or microgrid not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no depot "no-such-depot", or it has no microgrid/)).toBeInTheDocument();
  });

  it('fault-404 answers the same way', async () => {
    renderApp('?depot=fault-404');
    expect(await screen.findByRole('heading', { name: 'Depot or microgrid not found' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('HTTP 404')).toBeInTheDocument());
  });
});
