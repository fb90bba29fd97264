import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { meterMainThread } from './main-thread';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });

/** The node's centre is inside the graph's visible box, near its middle. */
async function expectCentred(page: Page, node: Locator) {
  const box = (await graphOf(page).boundingBox())!;
  const nodeBox = (await node.boundingBox())!;
  const cx = nodeBox.x + nodeBox.width / 2;
  const cy = nodeBox.y + nodeBox.height / 2;
  expect(Math.abs(cx - (box.x + box.width / 2))).toBeLessThan(box.width / 4);
  expect(Math.abs(cy - (box.y + box.height / 2))).toBeLessThan(box.height / 4);
}

test('the bus depot graph draws every grid connection, circuit and charger', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const graph = graphOf(page);
  await expect(graph.getByRole('group', { name: /^Grid connection / })).toHaveCount(2);
  await expect(graph.getByRole('group', { name: /^Circuit / })).toHaveCount(6);
  await expect(graph.getByRole('group', { name: /^Charger / })).toHaveCount(40);
  await expect(graph.getByRole('group', { name: /^Connector / })).toHaveCount(52);
  // Oversubscribed bay A carries its warning in its label.
  await expect(graph.getByRole('group', { name: /^Circuit Bay A charger circuit, 600 kW, .*1 warning/ })).toHaveCount(1);
  // Edges are drawn (and hidden from assistive technology, which reads the tree from the labels).
  expect(await page.locator('.react-flow__edge').count()).toBeGreaterThanOrEqual(100);
  await expect(graph.getByRole('button', { name: 'Fit view' })).toBeVisible();
  await expect(graph.getByRole('img', { name: 'Minimap' })).toBeVisible();
});

test('searching for a charger selects and centres it everywhere', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const search = page.getByRole('combobox', { name: /find a node/i });
  await search.fill('WEL-031');
  await expect(page.getByRole('listbox', { name: 'Matching nodes' }).getByRole('option').first()).toContainText(
    'Bay E charger 31',
  );
  await search.press('Enter');

  await expect(page).toHaveURL(/[?&]node=cp-031\b/);
  const node = graphOf(page).getByRole('group', { name: /^Charger Bay E charger 31,/ });
  await expect(node).toHaveAttribute('aria-current', 'true');
  await expect(async () => expectCentred(page, node)).toPass();
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Charger Bay E charger 31\b/);
  await expect(page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2 })).toContainText(
    'Bay E charger 31',
  );
});

test('a deep link reopens with the node selected and in view', async ({ page }) => {
  await page.goto('/?depot=welshpool&node=cp-038');
  const node = graphOf(page).getByRole('group', { name: /^Charger Bay E charger 38,/ });
  await expect(node).toHaveAttribute('aria-current', 'true');
  await expect(async () => expectCentred(page, node)).toPass();
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('WEL-038');
  // The tree shows the selected row too: its box lies inside the tree panel's.
  const row = page.getByRole('treeitem', { selected: true });
  await expect(row).toHaveAccessibleName(/^Charger Bay E charger 38\b/);
  await expect(async () => {
    const panel = (await page.getByRole('complementary', { name: 'Topology tree' }).boundingBox())!;
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(panel.y);
    expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height);
  }).toPass();
});

test('selecting in the graph selects in the tree, and the keyboard selects and clears', async ({ page }) => {
  await page.goto('/?depot=small-depot');
  const graph = graphOf(page);
  await graph.getByRole('button', { name: 'Fit view' }).click();
  await graph.getByRole('group', { name: /^Charger DC charger 2,/ }).click();
  await expect(page).toHaveURL(/[?&]node=sd-cp-dc2\b/);
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Charger DC charger 2\b/);

  // Focus moves to a node by keyboard; Enter selects it, Escape clears the selection.
  const other = graph.getByRole('group', { name: /^Charger AC charger 1,/ });
  await other.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]node=sd-cp-ac1\b/);
  await expect(other).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/[?&]node=/);
  await expect(page.getByRole('complementary', { name: 'Details' })).toContainText('Select a node');
});

/**
 * The large depot's budget is the page's main-thread CPU time, which a loaded machine does not
 * stretch: about 2 s for this whole test on an idle one. The wall-clock waits are only a backstop.
 */
const LARGE_DEPOT_MAIN_THREAD_BUDGET_S = 6;

test('a 10,000-connector depot opens on its top levels, folded, and still finds a deep charger', async ({ page }) => {
  test.slow();
  const patient = expect.configure({ timeout: 90_000 });
  const mainThread = await meterMainThread(page);
  await page.goto('/?depot=large-10000');
  const graph = graphOf(page);
  // The graph and the tree share one first view: whole levels while they fit, the rest folded.
  await patient(graph.getByRole('button', { name: /^Show \d+ circuits?, \d+ chargers?, \d+ connectors?$/ }).first()).toBeVisible();
  await expect(graph.getByRole('group', { name: /^Charger / })).toHaveCount(0);
  await expect(graph.getByRole('group', { name: /^Connector / })).toHaveCount(0);

  const search = page.getByRole('combobox', { name: /find a node/i });
  await search.fill('LRG-06543');
  await search.press('Enter');
  await patient(page).toHaveURL(/[?&]node=/);
  const node = graph.locator('[aria-current="true"]');
  await patient(node).toHaveAccessibleName(/OCPP|Charger/);
  await patient(async () => expectCentred(page, node)).toPass();

  // Unfolding the charger shows its connectors in the graph.
  await node.getByRole('button', { name: /^Show \d connectors?$/ }).click();
  await patient(graph.getByRole('group', { name: /^Connector / }).first()).toBeVisible();

  const seconds = await mainThread.seconds();
  expect(seconds, 'main-thread CPU seconds').toBeGreaterThan(0);
  expect(seconds, 'main-thread CPU seconds').toBeLessThan(LARGE_DEPOT_MAIN_THREAD_BUDGET_S);
});

test('a focused graph node shows a focus ring, and the skip links lead to the graph and the details', async ({ page }) => {
  await page.goto('/?depot=small-depot');
  const node = graphOf(page).getByRole('group', { name: /^Charger DC charger 2,/ });
  await node.focus();
  const outline = await node.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);

  await page.getByRole('link', { name: 'Skip to details' }).focus();
  await expect(page.getByRole('link', { name: 'Skip to details' })).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Details' })).toBeFocused();
  await page.getByRole('link', { name: 'Skip to graph' }).focus();
  await page.keyboard.press('Enter');
  await expect(graphOf(page)).toBeFocused();
});
