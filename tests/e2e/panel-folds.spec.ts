/**
 * The side panels fold away from the toolbar above the workspace ("Tree panel", "Details panel"),
 * giving the graph their width; the folds survive a reload; by keyboard too. At tablet width and
 * on a phone there is nothing to fold: the panels stay as they are laid out there.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const widthOf = async (page: Page) => (await graphOf(page).boundingBox())!.width;

test.describe('side by side (1440×900)', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('folding the tree and the details gives the graph their width, and is remembered', async ({ page }) => {
    await page.goto('/?depot=welshpool&node=cp-009-1');
    const tree = page.getByRole('complementary', { name: 'Topology tree' });
    const details = page.getByRole('complementary', { name: 'Details' });
    const treeFold = page.getByRole('button', { name: 'Tree panel' });
    const detailsFold = page.getByRole('button', { name: 'Details panel' });
    await expect(treeFold).toHaveAttribute('aria-expanded', 'true');
    await expect(treeFold).toHaveAttribute('aria-controls', (await tree.getAttribute('id'))!);
    await expect(detailsFold).toHaveAttribute('aria-controls', (await details.getAttribute('id'))!);
    await expect(page.getByRole('treeitem', { selected: true })).toBeVisible();
    const full = await widthOf(page);
    const treeWidth = (await tree.boundingBox())!.width;
    const detailsWidth = (await details.boundingBox())!.width;

    await treeFold.click();
    await expect(treeFold).toHaveAttribute('aria-expanded', 'false');
    await expect(tree).toBeHidden();
    await expect(page.getByRole('separator', { name: 'Resize the tree panel' })).toHaveCount(0);
    await expect.poll(() => widthOf(page)).toBeGreaterThan(full + treeWidth - 2);

    await detailsFold.click();
    await expect(details).toBeHidden();
    await expect(page.getByRole('separator', { name: 'Resize the details panel' })).toHaveCount(0);
    // No skip link to a folded panel.
    await expect(page.getByRole('link', { name: 'Skip to details' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Skip the graph controls, go to details' })).toHaveCount(0);
    await expect.poll(() => widthOf(page)).toBeGreaterThan(full + treeWidth + detailsWidth - 4);
    // The graph still selects, with nothing beside it.
    await expect(graphOf(page).getByRole('group', { name: /^Connector cp-009-1/ })).toHaveAttribute('aria-current', 'true');

    await page.reload();
    await expect(page.getByRole('button', { name: 'Tree panel' })).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('button', { name: 'Details panel' })).toHaveAttribute('aria-expanded', 'false');
    await expect(tree).toBeHidden();
    await expect(details).toBeHidden();

    // Back, as wide as before, the selection shown in both.
    await page.getByRole('button', { name: 'Tree panel' }).click();
    await page.getByRole('button', { name: 'Details panel' }).click();
    await expect(tree).toBeVisible();
    await expect(details).toBeVisible();
    await expect(page.getByRole('link', { name: 'Skip the graph controls, go to details' })).toHaveCount(1);
    expect((await tree.boundingBox())!.width).toBeCloseTo(treeWidth, 0);
    expect((await details.boundingBox())!.width).toBeCloseTo(detailsWidth, 0);
    await expect(page.getByRole('treeitem', { selected: true })).toBeVisible();
    await expect(details.getByRole('heading', { level: 2 })).toContainText('cp-009-1');
  });

  test('by keyboard: the fold buttons are in the tab order and keep the focus, shown', async ({ page }) => {
    await page.goto('/?depot=small-depot');
    const treeFold = page.getByRole('button', { name: 'Tree panel' });
    await treeFold.focus();
    await page.keyboard.press('Enter');
    await expect(treeFold).toHaveAttribute('aria-expanded', 'false');
    await expect(treeFold).toBeFocused();
    const outline = await treeFold.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect(treeFold).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('complementary', { name: 'Topology tree' })).toBeVisible();
  });
});

test.describe('at tablet width (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('there is nothing to fold, even when folds were chosen on a wider screen', async ({ page }) => {
    await page.addInitScript(() => {
      localStorage.setItem('depot-microgrid.layout.workspace.tree-open', 'false');
      localStorage.setItem('depot-microgrid.layout.workspace.details-open', 'false');
    });
    await page.goto('/?depot=welshpool');
    await expect(page.getByRole('complementary', { name: 'Topology tree' })).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Details' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Tree panel' })).toHaveCount(0);
  });
});
