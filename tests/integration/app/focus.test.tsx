// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp, serveMockBackend } from './render-app';

serveMockBackend();

/** The depot's heading, once its topology is on screen. */
async function depotHeading(name: RegExp) {
  await screen.findByRole('tree', { name: 'Microgrid topology' });
  return within(screen.getByRole('region', { name: 'Summary' })).getByRole('heading', { level: 2, name });
}

describe('focus after opening a depot', () => {
  it('goes to the depot heading when opened from the start page', async () => {
    const user = userEvent.setup();
    renderApp('');
    await user.click(screen.getByRole('button', { name: 'Small depot' }));
    const heading = await depotHeading(/small-depot/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(heading).toHaveAttribute('tabindex', '-1');
  });

  it('goes to the depot heading when opened by its id', async () => {
    const user = userEvent.setup();
    renderApp('');
    await user.type(screen.getByRole('textbox', { name: 'Depot id' }), 'welshpool{Enter}');
    const heading = await depotHeading(/Welshpool/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('goes to the new depot heading when opened from the scenario menu', async () => {
    const user = userEvent.setup();
    renderApp('?depot=small-depot');
    await depotHeading(/small-depot/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Scenario' }), 'welshpool');
    await user.click(screen.getByRole('button', { name: 'Open scenario' }));
    const heading = await depotHeading(/Welshpool/);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('is left alone when the depot comes from the URL (a link, a reload)', async () => {
    renderApp('?depot=small-depot');
    await depotHeading(/small-depot/);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(document.activeElement).toBe(document.body);
  });
});

describe('focus after a search', () => {
  it('goes to the chosen node’s row in the tree, chosen by keyboard', async () => {
    const user = userEvent.setup();
    renderApp('?depot=welshpool');
    await depotHeading(/Welshpool/);
    await user.type(screen.getByRole('combobox', { name: 'Find a node' }), 'WEL-031');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('role', 'treeitem'));
    const row = document.activeElement as HTMLElement;
    expect(row).toHaveAttribute('aria-selected', 'true');
    expect(row.getAttribute('aria-label')).toMatch(/WEL-031/);
    expect(row).toHaveAttribute('tabindex', '0');
    expect(window.location.search).toContain(`node=${row.getAttribute('data-node-id')}`);
    // The next key is the tree's: Down moves on from the chosen row.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).not.toBe(row);
    expect(document.activeElement).toHaveAttribute('role', 'treeitem');
  });

  it('goes to the chosen node’s row when chosen with the pointer', async () => {
    const user = userEvent.setup();
    renderApp('?depot=welshpool');
    await depotHeading(/Welshpool/);
    await user.type(screen.getByRole('combobox', { name: 'Find a node' }), 'WEL-012');
    const matches = await screen.findByRole('listbox', { name: 'Matching nodes' });
    const option = within(matches).getAllByRole('option')[0]!;
    await user.click(option);
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-selected', 'true'));
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toMatch(/WEL-012/);
  });
});
