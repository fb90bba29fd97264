/**
 * Phases in the preview, in Chromium, on the workplace car park's morning arrivals: level 1's
 * chargers all wired RST bind its breaker on L1, level 2's rotated run binds nothing, and the
 * phase check names the breakers a watt-only balancer would trip, with the figures.
 */
import { expect, test } from './fixtures';

test('the all-RST board binds on L1, the rotated one does not, and the phase check names the trips', async ({ page }) => {
  await page.goto('/?depot=workplace-car-park&view=preview&sessions=scenario');
  const summary = page.getByRole('region', { name: 'Cycle summary' });
  await expect(summary).toBeVisible();
  const binding = summary.getByRole('list', { name: 'Binding nodes, by unserved demand beneath' });
  await expect(binding.getByRole('listitem').filter({ hasText: 'Circuit Level 1 board' })).toContainText('binding on L1 (63 A per phase)');
  await expect(binding.getByRole('listitem').filter({ hasText: 'Level 2 board' })).toHaveCount(0);

  const tree = page.getByRole('tree', { name: 'Microgrid topology' });
  const level1 = tree.getByRole('treeitem', { name: /^Circuit Level 1 board\b.*100% on L1, binding/ });
  await expect(level1).toBeVisible();
  const level2 = tree.getByRole('treeitem', { name: /^Circuit Level 2 board\b/ });
  // The tree mounts the rows in view and a few beyond: scrolled down, as a reader would, to level 2.
  await level1.hover();
  for (let i = 0; i < 60 && (await level2.count()) === 0; i++) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(150);
  }
  await expect(level2).toHaveAttribute('aria-label', /headroom/);
  await expect(level2).not.toHaveAttribute('aria-label', /binding/);

  // A watt-only balancer gives level 1's six cars their 7 kW each: 42 kW, all on L1 = 182.6 A.
  const check = page.getByRole('region', { name: 'Phase check' });
  await expect(check.getByRole('listitem').filter({ hasText: 'Circuit Level 1 board' })).toHaveText(
    'Circuit Level 1 board on L1: 182.6 A on a 63 A cap, 119.6 A over',
  );
  await expect(check.getByRole('listitem').filter({ hasText: 'Level 2 board' })).toHaveCount(0);

  // The breaker's card and the details say the same, per phase.
  await check.getByRole('button', { name: 'Circuit Level 1 board' }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('region', { name: 'In the preview' })).toContainText('L1 63 A of 63 A');
  await expect(page.getByRole('group', { name: /^Circuit Level 1 board\b/ })).toHaveAttribute('aria-current', 'true');
});

test('a single-phase car at a three-phase connector is set from the sessions table', async ({ page }) => {
  await page.goto('/?depot=small-depot&view=preview');
  const table = page.getByRole('region', { name: 'Sessions' });
  const choice = table.getByRole('combobox', { name: / phases$/ }).first();
  await expect(choice).toHaveValue('3');
  await choice.selectOption('1');
  await expect(page).toHaveURL(/edits=[^&]*h1_/);
  await expect(table.getByRole('combobox', { name: / phases$/ }).first()).toHaveValue('1');
});
