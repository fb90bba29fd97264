import type { Page } from '@playwright/test';
import { MARKUP_NAMES } from '../../../mocks/scenarios';
import { expect, test } from '../fixtures';
import { apiRequests, openSignedIn } from './helpers';

async function openByHand(page: Page, depotId: string) {
  const form = page.getByRole('search', { name: 'Open a depot' });
  await form.getByRole('textbox', { name: 'Depot id' }).fill(depotId);
  await form.getByRole('button', { name: 'Open' }).click();
}

for (const [depotId, says] of [
  ['..', '".." cannot be a depot id: it would name another address.'],
  ['.', '"." cannot be a depot id: it would name another address.'],
  ['', 'Enter a depot id.'],
  ['   ', 'Enter a depot id.'],
] as const) {
  test(`the depot id ${JSON.stringify(depotId)} is refused in the form, with no request`, async ({ page }) => {
    await openSignedIn(page, 'small-depot');
    await expect(page.getByRole('tree')).toBeVisible();
    const requests = apiRequests(page);
    await openByHand(page, depotId);
    await expect(page.getByRole('search', { name: 'Open a depot' }).getByRole('alert')).toHaveText(says);
    await expect(page).toHaveURL(/[?&]depot=small-depot\b/);
    expect(requests).toHaveLength(0);
  });
}

test('a link to the depot ".." says it is not a depot id, and sends nothing', async ({ page }) => {
  const requests = apiRequests(page);
  await page.goto('/?depot=..');
  await expect(page.getByRole('heading', { name: 'Not a depot id' })).toBeVisible();
  await expect(page.getByText('".." cannot be a depot id: it would name another address. Nothing was sent to the server.')).toBeVisible();
  expect(requests).toHaveLength(0);
});

test('a depot id with / ? # and % reaches the server as one encoded path segment', async ({ page }) => {
  await openSignedIn(page, 'small-depot');
  await expect(page.getByRole('tree')).toBeVisible();
  const requests = apiRequests(page);
  const odd = 'a/b?c=1#d%e';
  await openByHand(page, odd);
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { name: 'Depot or microgrid not found' })).toBeVisible();
  // The server echoes the id it received, decoded from the single segment.
  await expect(main.getByText(`There is no depot ${odd}, or it has no microgrid.`)).toBeVisible();
  expect(requests.map((r) => new URL(r.url()).pathname)).toEqual(['/api/depot/a%2Fb%3Fc%3D1%23d%25e/microgrid']);
});

test('names that look like markup are shown as text and never run', async ({ page }) => {
  await openSignedIn(page, 'markup-names');
  await expect(page.getByRole('heading', { name: MARKUP_NAMES.depot })).toBeVisible();
  const tree = page.getByRole('tree');
  await expect(tree.getByText(MARKUP_NAMES.microgrid, { exact: true })).toBeVisible();
  await expect(tree.getByText(MARKUP_NAMES.circuit, { exact: true })).toBeVisible();
  await expect(tree.getByText(MARKUP_NAMES.charger, { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'click' })).toHaveCount(0);
  await expect(page).toHaveTitle('Depot microgrid');
});

test('a depot id that looks like markup is shown as text in the 404', async ({ page }) => {
  await openSignedIn(page, 'small-depot');
  await expect(page.getByRole('tree')).toBeVisible();
  const id = '<img src=x onerror="document.title=\'injected\'">';
  await openByHand(page, id);
  await expect(page.getByRole('main').getByText(`There is no depot "${id}", or it has no microgrid. Check the depot id.`)).toBeVisible();
  await expect(page).toHaveTitle('Depot microgrid');
});
