import { expect, test } from '../fixtures';
import { apiRequests, openSignedIn } from './helpers';
import { API_E2E } from './setup';

test('the production build serves a policy that allows scripts from itself and connections to the API only', async ({ page }) => {
  const response = await page.goto('/');
  const policy = response!.headers()['content-security-policy'] ?? '';
  expect(policy).toContain("script-src 'self'");
  expect(policy).toContain(`connect-src 'self' ${API_E2E.mockApiUrl}`);
  expect(policy).toContain("default-src 'none'");
  await expect(page.getByRole('heading', { name: 'Depot microgrid', level: 1 })).toBeVisible();
  // No scenario list: the production build has no mock backend.
  await expect(page.getByRole('combobox', { name: 'Scenario' })).toHaveCount(0);
});

test('welshpool, signed in: the graph and tree of the bus depot', async ({ page }) => {
  await openSignedIn(page, 'welshpool');
  await expect(page.getByRole('region', { name: 'Topology graph' }).getByRole('group', { name: /^Grid connection / })).toHaveCount(2);
  await expect(page.getByRole('tree')).toBeVisible();
});

test('a 422 lists its blocking issues', async ({ page }) => {
  await openSignedIn(page, 'error-many');
  await expect(page.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems' }).getByRole('listitem')).toHaveCount(6);
});

test('403 says there is no access to this depot, and offers no sign-in', async ({ page }) => {
  await openSignedIn(page, 'fault-403');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Access denied' })).toBeVisible();
  await expect(main.getByText(/you do not have access to this depot/i)).toBeVisible();
  await expect(main.getByRole('form', { name: 'Sign in' })).toHaveCount(0);
});

test('404 says there is no such depot, and offers no sign-in', async ({ page }) => {
  await openSignedIn(page, 'no-such-depot');
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Depot or microgrid not found' })).toBeVisible();
  await expect(main.getByText('There is no depot "no-such-depot", or it has no microgrid. Check the depot id.')).toBeVisible();
  await expect(main.getByRole('form', { name: 'Sign in' })).toHaveCount(0);
});

test('the API address is never taken from the page URL', async ({ page }) => {
  const elsewhere: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith('http://127.0.0.1:9/')) elsewhere.push(r.url());
  });
  const requests = apiRequests(page);
  await page.goto('/?depot=small-depot&apiBaseUrl=http://127.0.0.1:9/&api=http://127.0.0.1:9/');
  await expect(page.getByRole('form', { name: 'Sign in' })).toBeVisible();
  expect(requests).toHaveLength(1);
  expect(elsewhere).toEqual([]);
});
