import { ERROR_MANY_CODES } from '../../mocks/scenarios';
import { expect, test } from './fixtures';

test('an operator picks the bus depot, inspects a charger, then a support engineer reads a 422', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Scenario').selectOption({ label: 'Welshpool bus depot' });
  await page.getByRole('button', { name: 'Open scenario' }).click();
  await expect(page).toHaveURL(/[?&]depot=welshpool/);

  const tree = page.getByRole('tree');
  await expect(tree).toBeVisible();
  await expect(page.getByRole('heading', { name: /Welshpool bus depot/ })).toBeVisible();

  // The charger is selected in the accessible tree; its asset details show in the panel.
  await tree.getByRole('treeitem', { name: /^Charger Bay A charger 2\b/ }).locator('> *').first().click();
  await expect(page).toHaveURL(/[?&]node=cp-002\b/);
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Bay A charger 2');
  await expect(details).toContainText('WEL-002');
  await expect(details).toContainText('150 kW');
  await expect(details).toContainText('DC');

  // A topology that cannot be assembled: every blocking issue, in the order received.
  await page.getByLabel('Scenario').selectOption({ label: 'Many errors' });
  await page.getByRole('button', { name: 'Open scenario' }).click();
  await expect(page).toHaveURL(/[?&]depot=error-many/);
  await expect(page.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeVisible();
  const count = ERROR_MANY_CODES.length;
  await expect(page.getByText(`${count} errors prevent deriving the microgrid topology of depot error-many.`)).toBeVisible();
  const issues = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
  await expect(issues).toHaveCount(count);
  const codes = await issues.locator('.issue-code').allTextContents();
  expect(codes).toEqual(ERROR_MANY_CODES);

  await page.getByRole('button', { name: 'Show raw response' }).click();
  await expect(page.getByRole('region', { name: 'Raw response' })).toContainText('"status": 422');
});

test('a link reopens the same depot and node', async ({ page }) => {
  await page.goto('/?depot=small-depot&node=sd-cp-dc1');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toBeVisible();
  await expect(details).toContainText('sd-cp-dc1');
  await expect(page.getByRole('treeitem', { selected: true })).toHaveCount(1);
});
