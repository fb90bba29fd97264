// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SLOW_RESPONSE_MS } from '../../../src/app/LoadingView';
import { renderApp, serveMockBackend } from './render-app';

serveMockBackend();
afterEach(() => vi.useRealTimers());

describe('warnings', () => {
  it('lists the warnings in the order received and selects the node one names', async () => {
    const user = userEvent.setup();
    renderApp('?depot=welshpool');
    const region = await screen.findByRole('region', { name: 'Problems' });
    const items = await within(region).findAllByRole('listitem');
    expect(items[0]).toHaveTextContent('CAPACITY_FROM_SAFE_FALLBACK');
    expect(items[1]).toHaveTextContent('Circuit circ-bay-a is oversubscribed');
    await user.click(within(items[1]!).getByRole('button', { name: /Circuit circ-bay-a is oversubscribed/ }));
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByRole('heading', { name: 'Circuit Bay A charger circuit' })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe('?depot=welshpool&node=circ-bay-a&problem=1'));
  });

  it('drops the chosen problem from the URL when another node is selected', async () => {
    const user = userEvent.setup();
    renderApp('?depot=welshpool&node=circ-bay-a&problem=1');
    const tree = await screen.findByRole('tree', { name: 'Microgrid topology' });
    const other = within(tree).getByRole('treeitem', { name: /^Circuit Bay B charger circuit/ });
    await user.click(other.querySelector('[data-tree-row]') ?? other);
    await waitFor(() => expect(window.location.search).toBe('?depot=welshpool&node=circ-bay-b'));
    // Choosing a problem again puts it back, beside its node.
    const region = screen.getByRole('region', { name: 'Problems' });
    await user.click(within(region).getByRole('button', { name: /Circuit circ-bay-a is oversubscribed/ }));
    await waitFor(() => expect(window.location.search).toBe('?depot=welshpool&node=circ-bay-a&problem=1'));
  });
});

describe('the scenario menu', () => {
  it('switches depot when the chosen scenario is opened, and clears the node', async () => {
    const user = userEvent.setup();
    renderApp('?depot=small-depot&node=sd-cp-ac1');
    await screen.findByRole('tree', { name: 'Microgrid topology' });
    const menu = screen.getByRole('combobox', { name: 'Scenario' });
    expect(menu).toHaveValue('small-depot');
    await user.selectOptions(menu, 'fault-401');
    // Choosing in the menu loads nothing yet (no change of context on input).
    expect(window.location.search).toBe('?depot=small-depot&node=sd-cp-ac1');
    await user.click(screen.getByRole('button', { name: 'Open scenario' }));
    expect(await screen.findByRole('heading', { name: 'Sign-in required' })).toBeInTheDocument();
    expect(window.location.search).toBe('?depot=fault-401');
    expect(screen.getByRole('textbox', { name: 'Depot id' })).toHaveValue('fault-401');
  });
});

describe('a slow answer', () => {
  it('offers to cancel after a while, and to try again', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp('?depot=fault-timeout');
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the topology of depot fault-timeout…');
    expect(screen.queryByRole('button', { name: 'Cancel' })).not.toBeInTheDocument();
    await act(() => vi.advanceTimersByTimeAsync(SLOW_RESPONSE_MS));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading of depot fault-timeout was cancelled.');
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading the topology of depot fault-timeout…');
  });

  it('gives up at the configured timeout and says so', async () => {
    renderApp('?depot=fault-timeout', { baseUrl: '', token: null, accountId: null, workspaceId: null, timeoutMs: 100, retries: 0 });
    expect(await screen.findByRole('heading', { name: 'The server took too long' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
