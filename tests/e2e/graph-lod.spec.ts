/**
 * The graph's level of detail on a 10,000-connector depot with thousands of nodes drawn: Fit
 * view, Zoom in and Zoom out keep the graph drawn and usable; far out it is painted (no node
 * mounted), nearer each node is a coloured rectangle, near enough the full cards; the selected
 * node stays reachable, and the minimap shows the tree. The mouse wheel goes through the same
 * levels, and a turn out to the overview mounts nothing on the way. Timings are the benchmark's business
 * (`npm run bench:browser`), not asserted here.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expandCircuits, graphState, paintedPixels, settle } from './large-graph';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const detail = (page: Page) => page.locator('.topology-graph');

test('Fit view, Zoom in and Zoom out on thousands of drawn nodes: painted far out, compact nearer, cards near', async ({ page }) => {
  test.slow();
  const patient = expect.configure({ timeout: 60_000 });
  await page.goto('/?depot=large-10000');
  const graph = graphOf(page);
  await patient(graph.locator('.react-flow__node').first()).toBeVisible();
  const { drawn } = await expandCircuits(page);
  expect(drawn).toBeGreaterThan(7_000);
  await settle(page);

  // Fit view: the whole tree, painted on the overview canvas; no node element mounted.
  await graph.getByRole('button', { name: 'Fit view' }).click();
  await patient(detail(page)).toHaveAttribute('data-detail', 'overview');
  await settle(page);
  expect((await graphState(page)).nodes).toBe(0);
  expect(await paintedPixels(page, '.graph-overview')).toBeGreaterThan(1_000);
  // The minimap shows the tree too, not a blank box.
  await expect(graph.getByRole('img', { name: 'Minimap' })).toBeVisible();
  expect(await paintedPixels(page, '.graph-minimap canvas')).toBeGreaterThan(1_000);

  // Zoom in, then out: still drawn.
  await graph.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  expect(await paintedPixels(page, '.graph-overview')).toBeGreaterThan(1_000);
  await graph.getByRole('button', { name: 'Zoom out' }).click();
  await settle(page);
  await expect(detail(page)).toHaveAttribute('data-detail', 'overview');
  expect(await paintedPixels(page, '.graph-overview')).toBeGreaterThan(1_000);

  // A charger chosen by search is centred as a full card.
  const search = page.getByRole('combobox', { name: /find a node/i });
  await search.fill('lg-cp-00100');
  await search.press('Enter');
  const selected = graph.locator('.react-flow__node[aria-current="true"]');
  await patient(selected).toHaveAccessibleName(/^Charger Charger 100,/);
  await expect(detail(page)).toHaveAttribute('data-detail', 'full');
  await expect(selected.locator('.graph-node__title')).toHaveText('Charger 100');

  // Zoomed out below the threshold: every mounted node is a compact rectangle, the selected one
  // among them, still named and in the graph.
  for (let i = 0; i < 10 && (await detail(page).getAttribute('data-detail')) === 'full'; i++) {
    await graph.getByRole('button', { name: 'Zoom out' }).click();
    await settle(page);
  }
  await expect(detail(page)).toHaveAttribute('data-detail', 'compact');
  const compact = await graphState(page);
  expect(compact.zoom).toBeLessThan(0.35);
  expect(compact.nodes).toBeGreaterThan(0);
  expect(compact.compact).toBe(compact.nodes);
  await expect(selected).toHaveAccessibleName(/^Charger Charger 100,/);
  await expect(selected.locator('.graph-node--compact')).toBeVisible();
  await expect(graph.locator('.graph-node__title')).toHaveCount(0);

  // And back in: the full cards again.
  await graph.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  await expect(detail(page)).toHaveAttribute('data-detail', 'full');
  const full = await graphState(page);
  expect(full.zoom).toBeGreaterThanOrEqual(0.35);
  expect(full.compact).toBe(0);
  await expect(selected.locator('.graph-node__title')).toHaveText('Charger 100');

  // Fit view again: the overview, the selection kept.
  await graph.getByRole('button', { name: 'Fit view' }).click();
  await expect(detail(page)).toHaveAttribute('data-detail', 'overview');
  await expect(page).toHaveURL(/[?&]node=lg-cp-00100\b/);
});

/**
 * Starts counting the graph nodes added to the DOM, through every change until read: a node mounted
 * and removed again within one task counts too.
 */
async function countMounted(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __mounted: number; __mountObserver?: MutationObserver };
    w.__mounted = 0;
    w.__mountObserver = new MutationObserver((records) => {
      for (const record of records)
        for (const added of record.addedNodes) {
          if (!(added instanceof Element)) continue;
          w.__mounted += (added.matches('.react-flow__node') ? 1 : 0) + added.querySelectorAll('.react-flow__node').length;
        }
    });
    w.__mountObserver.observe(document.querySelector('.topology-graph')!, { childList: true, subtree: true });
  });
  return () =>
    page.evaluate(() => {
      const w = window as unknown as { __mounted: number; __mountObserver?: MutationObserver };
      w.__mountObserver?.disconnect();
      return w.__mounted;
    });
}

test('the mouse wheel goes through the same levels: in to compact nodes, out to the overview without mounting the nodes in view', async ({ page }) => {
  test.slow();
  const patient = expect.configure({ timeout: 60_000 });
  await page.goto('/?depot=large-10000');
  const graph = graphOf(page);
  await patient(graph.locator('.react-flow__node').first()).toBeVisible();
  await expandCircuits(page);
  await settle(page);
  await graph.getByRole('button', { name: 'Fit view' }).click();
  await patient(detail(page)).toHaveAttribute('data-detail', 'overview');
  await settle(page);

  const pane = (await graph.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
  for (let turn = 0; turn < 12 && (await detail(page).getAttribute('data-detail')) === 'overview'; turn++) {
    await page.mouse.wheel(0, -600);
    await settle(page);
  }
  await expect(detail(page)).toHaveAttribute('data-detail', 'compact');
  const near = await graphState(page);
  expect(near.nodes).toBeGreaterThan(0);
  expect(near.compact).toBe(near.nodes);

  // Out again, one fast turn at a time: the turn that lands in the overview mounts no node on the way.
  let mountedByLastTurn = Number.NaN;
  for (let turn = 0; turn < 12 && (await detail(page).getAttribute('data-detail')) !== 'overview'; turn++) {
    const mounted = await countMounted(page);
    await page.mouse.wheel(0, 600);
    await settle(page);
    mountedByLastTurn = await mounted();
  }
  await expect(detail(page)).toHaveAttribute('data-detail', 'overview');
  expect((await graphState(page)).nodes).toBe(0);
  expect(await paintedPixels(page, '.graph-overview')).toBeGreaterThan(1_000);
  expect(mountedByLastTurn).toBe(0);
});
