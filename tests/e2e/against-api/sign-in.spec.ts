import { expect, test } from '../fixtures';
import { apiRequests, openSignedIn, signIn } from './helpers';
import { API_E2E } from './setup';

test('without a token the API says 401; signing in asks again and shows the depot', async ({ page }) => {
  const requests = apiRequests(page);
  await page.goto('/?depot=welshpool');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Sign-in required' })).toBeVisible();
  await expect(main.getByText(/sign in again/i)).toBeVisible();
  expect(requests).toHaveLength(1);
  expect(await requests[0]!.allHeaders()).not.toHaveProperty('authorization');

  await signIn(page, API_E2E.token);
  await expect(page.getByRole('tree')).toBeVisible();
  await expect(page.getByRole('heading', { name: /Welshpool bus depot/ })).toBeVisible();

  // The token went to the API in the header only: not in the URL, not on the screen.
  const sent = await requests.at(-1)!.allHeaders();
  expect(sent.authorization).toBe(`Bearer ${API_E2E.token}`);
  expect(sent['x-account-id']).toBe(API_E2E.accountId);
  expect(sent['x-workspace-id']).toBe(API_E2E.workspaceId);
  expect(sent['x-depot-id']).toBe('welshpool');
  expect(page.url()).not.toContain(API_E2E.token);
  expect(requests.every((r) => !r.url().includes(API_E2E.token))).toBe(true);
  await expect(page.getByText(API_E2E.token)).toHaveCount(0);
});

test('a wrong token is refused with the form again; the right one opens the depot', async ({ page }) => {
  await page.goto('/?depot=small-depot');
  await signIn(page, 'not-the-token');
  await expect(page.getByRole('heading', { name: 'Sign-in required' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  await signIn(page, `Bearer ${API_E2E.token}`);
  await expect(page.getByRole('tree')).toBeVisible();
});

test('a token with characters a header cannot carry is refused in the form, without a request', async ({ page }) => {
  await page.goto('/?depot=small-depot');
  // The first, unsigned request has been answered (401) once the form is there; count from then on.
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  const requests = apiRequests(page);
  await signIn(page, 'two words');
  await expect(page.getByRole('form', { name: 'Sign in' }).getByRole('alert')).toHaveText(/only letters, digits/);
  expect(requests).toHaveLength(0);
});

test('signed in, the session holds across a reload of the tab', async ({ page }) => {
  await openSignedIn(page, 'small-depot');
  await expect(page.getByRole('tree')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('tree')).toBeVisible();
});
