import type { Page, Request } from '@playwright/test';
import { expect } from '../fixtures';
import { API_E2E } from './setup';

/** Every request the page sends to the configured API, as sent. */
export function apiRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${API_E2E.mockApiUrl}/`) && request.method() === 'GET') seen.push(request);
  });
  return seen;
}

/** Opens `depot`, meets the 401 and signs in with the token the mock API accepts. */
export async function openSignedIn(page: Page, depot: string): Promise<void> {
  await page.goto(`/?depot=${encodeURIComponent(depot)}`);
  await signIn(page, API_E2E.token);
}

export async function signIn(page: Page, token: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' });
  await expect(form).toBeVisible();
  await form.getByLabel('Access token').fill(token);
  await form.getByRole('button', { name: 'Sign in' }).click();
}
