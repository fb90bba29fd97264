// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp, serveMockBackend } from './render-app';

serveMockBackend();
afterEach(() => vi.restoreAllMocks());

const KEY = 'depot-microgrid.view.welshpool';

async function openTree() {
  return screen.findByRole('tree', { name: 'Microgrid topology' });
}

/** The first expanded item below the root. */
function anExpandedBranch(tree: HTMLElement): HTMLElement {
  return within(tree)
    .getAllByRole('treeitem')
    .find((item) => item.getAttribute('aria-expanded') === 'true' && item.getAttribute('aria-level') !== '1')!;
}

describe('what survives a reload, per depot', () => {
  it('keeps a collapsed branch collapsed', async () => {
    const user = userEvent.setup();
    const first = renderApp('?depot=welshpool');
    const branch = anExpandedBranch(await openTree());
    const id = branch.getAttribute('data-node-id')!;
    await user.click(branch.querySelector('[data-tree-toggle]')!);
    expect(branch).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(JSON.parse(localStorage.getItem(KEY)!).expanded).not.toContain(id));
    first.unmount();

    renderApp('?depot=welshpool');
    const again = await openTree();
    expect(again.querySelector(`[data-node-id="${id}"]`)).toHaveAttribute('aria-expanded', 'false');

    // Another depot is not affected.
    expect(localStorage.getItem('depot-microgrid.view.small-depot')).toBeNull();
  });

  it('keeps the problems list folded', async () => {
    const user = userEvent.setup();
    const first = renderApp('?depot=welshpool');
    const region = await screen.findByRole('region', { name: 'Problems' });
    await within(region).findAllByRole('listitem');
    await user.click(within(region).getByRole('button', { name: 'Hide the list' }));
    expect(within(region).queryByRole('listitem')).not.toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Show the list' })).toHaveAttribute('aria-expanded', 'false');
    await waitFor(() => expect(JSON.parse(localStorage.getItem(KEY)!).problemsFolded).toBe(true));
    first.unmount();

    renderApp('?depot=welshpool');
    const again = await screen.findByRole('region', { name: 'Problems' });
    const show = within(again).getByRole('button', { name: 'Show the list' });
    expect(within(again).queryByRole('listitem')).not.toBeInTheDocument();
    // The counts stay in sight while folded.
    expect(again).toHaveTextContent(/\d+ warnings?/);
    await user.click(show);
    expect(await within(again).findAllByRole('listitem')).not.toHaveLength(0);
  });

  it('ignores stored nodes the topology no longer has, and a stored value that is not JSON', async () => {
    localStorage.setItem(KEY, JSON.stringify({ expanded: ['no-such-node', 'nor-this'] }));
    const first = renderApp('?depot=welshpool');
    const tree = await openTree();
    // The default first view: the branches below the root are open.
    expect(anExpandedBranch(tree)).toBeDefined();
    first.unmount();

    localStorage.setItem(KEY, '{"expanded": [');
    renderApp('?depot=welshpool');
    expect(anExpandedBranch(await openTree())).toBeDefined();
  });

  it('works when storage refuses every read and write', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    const user = userEvent.setup();
    renderApp('?depot=welshpool');
    const branch = anExpandedBranch(await openTree());
    await user.click(branch.querySelector('[data-tree-toggle]')!);
    expect(branch).toHaveAttribute('aria-expanded', 'false');
    const region = screen.getByRole('region', { name: 'Problems' });
    await user.click(await within(region).findByRole('button', { name: 'Hide the list' }));
    expect(within(region).getByRole('button', { name: 'Show the list' })).toBeInTheDocument();
  });
});
