/**
 * The lines of the graph: every drawn node but the root has the line from its parent, whatever the
 * zoom it was first shown at. A node first shown as a compact rectangle (zoomed out, on a depot too
 * big to mount at once) keeps its line there and after zooming back in to the cards. The tree is
 * drawn with 150 to 300 nodes: only the nodes in view are mounted, and React Flow draws the lines
 * at the compact level too (beyond that the overview canvas paints them, see lod.ts).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { expandCircuits, settle } from './large-graph';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const detail = (page: Page) => page.locator('.topology-graph');

/** The mounted nodes that have no line drawn to them from their parent. */
async function nodesWithoutLine(page: Page): Promise<{ mounted: number; without: string[] }> {
  return page.evaluate(() => {
    const targets = new Set(
      [...document.querySelectorAll('.react-flow__edge')].map((edge) => (edge.getAttribute('data-id') ?? '').split('->')[1]),
    );
    const ids = [...document.querySelectorAll('.react-flow__node')].map((node) => node.getAttribute('data-id') ?? '');
    return { mounted: ids.length, without: ids.filter((id) => !targets.has(id)) };
  });
}

test('nodes first shown compact keep the line from their parent, zoomed out and back in', async ({ page }) => {
  test.slow();
  await page.goto('/?depot=large-1000');
  const graph = graphOf(page);
  await expect(graph.locator('.react-flow__node').first()).toBeVisible();
  // Every circuit open but the bays after the eighth: about 190 nodes drawn.
  const laterBays = Array.from({ length: 200 }, (_, i) => `lg-bay-${String(i + 9).padStart(4, '0')}`);
  const { drawn } = await expandCircuits(page, laterBays);
  expect(drawn).toBeGreaterThan(150);
  expect(drawn).toBeLessThanOrEqual(300);
  await settle(page);
  const root = 'mg-large-1000';

  const opening = await nodesWithoutLine(page);
  const zoomOut = graph.getByRole('button', { name: 'Zoom out' });
  for (let i = 0; i < 10 && (await detail(page).getAttribute('data-detail')) === 'full'; i++) {
    await zoomOut.click();
    await settle(page);
  }
  await expect(detail(page)).toHaveAttribute('data-detail', 'compact');
  const compact = await nodesWithoutLine(page);
  // More nodes are in view than at the opening zoom: some were first shown compact.
  expect(compact.mounted).toBeGreaterThan(opening.mounted);
  expect(compact.without.filter((id) => id !== root)).toEqual([]);

  await graph.getByRole('button', { name: 'Zoom in' }).click();
  await settle(page);
  await expect(detail(page)).toHaveAttribute('data-detail', 'full');
  const full = await nodesWithoutLine(page);
  expect(full.mounted).toBeGreaterThan(0);
  expect(full.without.filter((id) => id !== root)).toEqual([]);
});
