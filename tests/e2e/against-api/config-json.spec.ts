import { expect, test } from '../fixtures';

test('an invalid config.json stops the start with a message naming the bad fields', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ json: { apiBaseUrl: 'ftp://example.com', timeoutMs: 'soon', apiBaseURL: 'x' } }));
  await page.goto('/');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The app could not start: config.json is not valid');
  await expect(alert).toContainText('"apiBaseUrl" must be an http(s) URL');
  await expect(alert).toContainText('"timeoutMs" must be a whole number of milliseconds');
  await expect(alert).toContainText('unknown field "apiBaseURL"');
});

test('a config.json that is not JSON says so', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ contentType: 'application/json', body: '{ "apiBaseUrl": ' }));
  await page.goto('/');
  await expect(page.getByRole('alert')).toHaveText('The app could not start: config.json is not valid: it is not JSON.');
});

test('without config.json the build’s defaults apply and the app starts', async ({ page }) => {
  await page.route('**/config.json', (route) => route.fulfill({ status: 404, body: '' }));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose a depot' })).toBeVisible();
});
