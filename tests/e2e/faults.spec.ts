import { expect, test } from './fixtures';

// Every fault scenario ends in a clear state that says what happened and offers what it can.
const FAULTS: Array<{ depot: string; heading: RegExp; says: RegExp; raw: boolean }> = [
  { depot: 'fault-500', heading: /server/i, says: /failed while answering/i, raw: true },
  { depot: 'fault-503', heading: /server/i, says: /usually temporary/i, raw: true },
  { depot: 'fault-network', heading: /./, says: /did not reach the server/i, raw: false },
  { depot: 'fault-401', heading: /./, says: /not signed in/i, raw: true },
  { depot: 'fault-403', heading: /./, says: /ask an administrator/i, raw: true },
  { depot: 'fault-404', heading: /./, says: /no depot "fault-404"/i, raw: true },
  { depot: 'no-such-depot', heading: /./, says: /no depot "no-such-depot"/i, raw: true },
  { depot: 'fault-bad-schema', heading: /./, says: /not in the shape/i, raw: true },
];

for (const fault of FAULTS) {
  test(`${fault.depot} is explained${fault.raw ? ', with the raw body' : ''}`, async ({ page }) => {
    await page.goto(`/?depot=${fault.depot}`);
    const view = page.getByRole('main');
    await expect(view.getByText(fault.says)).toBeVisible();
    await expect(view.getByRole('heading', { level: 2 }).first()).toHaveText(fault.heading);
    await expect(view.getByRole('button', { name: 'Retry' })).toHaveCount(1);
    await expect(view.getByRole('button', { name: 'Show raw response' })).toHaveCount(fault.raw ? 1 : 0);
    if (fault.raw) {
      await view.getByRole('button', { name: 'Show raw response' }).click();
      await expect(view.getByRole('region', { name: 'Raw response' })).not.toBeEmpty();
    }
  });
}

test('retrying after a failure asks the server again', async ({ page }) => {
  let requests = 0;
  page.on('request', (request) => {
    if (request.url().includes('/api/depot/fault-503/microgrid')) requests += 1;
  });
  await page.goto('/?depot=fault-503');
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  const before = requests;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect.poll(() => requests).toBeGreaterThan(before);
  await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a 200 that breaks the schema says where', async ({ page }) => {
  await page.goto('/?depot=fault-bad-schema');
  const where = page.getByRole('list', { name: 'Where the response breaks the contract' });
  await expect(where).toContainText(/at nodes\[\d+\]\.limit\.max_power_w/);
  await page.getByRole('button', { name: 'Show raw response' }).click();
  await expect(page.getByRole('region', { name: 'Raw response' })).toContainText('max_power_w');
});

test('a 422 without errors still shows its title and detail', async ({ page }) => {
  await page.goto('/?depot=fault-422-no-errors');
  await expect(page.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeVisible();
  await expect(page.getByText(/could not be read/i)).toBeVisible();
  await expect(page.getByText('The problem has no "errors" list.')).toBeVisible();
});

test('a slow response shows loading, then the depot', async ({ page }) => {
  await page.goto('/?depot=fault-slow');
  await expect(page.getByText(/loading/i).first()).toBeVisible();
  await expect(page.getByRole('tree')).toBeVisible({ timeout: 20_000 });
});

test('the legacy depot says rebalancing does not use its topology', async ({ page }) => {
  await page.goto('/?depot=legacy-depot');
  await expect(page.getByText(/rebalancing does not use this topology/i)).toBeVisible();
});
