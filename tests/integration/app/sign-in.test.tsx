// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { credentialHandlers } from '../../../mocks/auth';
import { server } from '../../../mocks/node';
import { signOut } from '../../../src/api';
import { renderApp, serveMockBackend, testConfig } from './render-app';

serveMockBackend();
afterEach(() => signOut());

const tenant = { ...testConfig, accountId: 'acc-1', workspaceId: 'ws-1' };
const requireToken = () => server.use(...credentialHandlers({ token: 'tok-1', accountId: 'acc-1', workspaceId: 'ws-1' }));

async function signInWith(token: string) {
  const user = userEvent.setup();
  const form = await screen.findByRole('form', { name: 'Sign in' });
  await user.type(within(form).getByLabelText('Access token'), token);
  await user.click(within(form).getByRole('button', { name: 'Sign in' }));
}

describe('signing in', () => {
  it('a 401 says to sign in again and offers the form; signing in asks again and shows the depot', async () => {
    requireToken();
    renderApp('?depot=small-depot', tenant);
    expect(await screen.findByRole('heading', { name: 'Sign-in required' })).toBeInTheDocument();
    expect(screen.getByText(/Sign in again to see this depot/)).toBeInTheDocument();
    await signInWith('tok-1');
    expect(await screen.findByRole('tree', { name: 'Microgrid topology' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('the field is a password field, and a refused token is never repeated on screen', async () => {
    requireToken();
    renderApp('?depot=small-depot', tenant);
    await signInWith('wrong-token');
    expect(await screen.findByRole('heading', { name: 'Sign-in required' })).toBeInTheDocument();
    const field = within(await screen.findByRole('form', { name: 'Sign in' })).getByLabelText('Access token');
    expect(field).toHaveAttribute('type', 'password');
    expect(field).toHaveValue('');
    expect(document.body.textContent).not.toContain('wrong-token');
  });

  it('403 says there is no access to this depot, and offers no sign-in', async () => {
    renderApp('?depot=fault-403');
    expect(await screen.findByRole('heading', { name: 'Access denied' })).toBeInTheDocument();
    expect(screen.getByText(/You do not have access to this depot/)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('404 names the depot and offers no sign-in', async () => {
    renderApp('?depot=no-such-depot');
    expect(await screen.findByRole('heading', { name: 'Depot or microgrid not found' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Sign in' })).not.toBeInTheDocument();
  });
});

describe('the depot-id form', () => {
  it.each(['..', '.'])('refuses %j with a reason and stays on the start screen', async (id) => {
    const user = userEvent.setup();
    renderApp();
    await user.type(screen.getByRole('textbox', { name: 'Depot id' }), id);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(screen.getByRole('alert')).toHaveTextContent(`"${id}" cannot be a depot id: it would name another address.`);
    expect(window.location.search).toBe('');
  });
});
