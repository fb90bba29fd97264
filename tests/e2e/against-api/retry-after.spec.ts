import { expect, test } from '../fixtures';
import { apiRequests, openSignedIn } from './helpers';

test("across origins, a 503's Retry-After reaches the page (CORS exposes it) and is honoured once", async ({ page }) => {
  const requests = apiRequests(page);
  await openSignedIn(page, 'fault-503');
  const main = page.getByRole('main');
  await expect(main.getByText(/The server asks to wait 5 s; trying again in [1-5] s\./)).toBeVisible();
  const before = requests.filter((r) => r.url().includes('/fault-503/')).length;
  await expect(main.getByText(/It already asked again once by itself/)).toBeVisible({ timeout: 15_000 });
  expect(requests.filter((r) => r.url().includes('/fault-503/')).length).toBe(before + 1);
  await expect(main.getByRole('button', { name: 'Retry' })).toBeVisible();
});
