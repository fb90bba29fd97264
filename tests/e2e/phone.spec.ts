/**
 * Phone and tablet widths: at 390×844 nothing is wider than the viewport, the workspace is a
 * tablist (Tree, Graph, Details) sharing one selection, and select → details works by touch; at
 * tablet width the details sit under the tree, so the graph keeps most of the width.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Elements wider than the viewport, or reaching past its right edge, outside the scrolling parts. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    // Scrollers whose content may be wider than they are: the graph canvas, the windowed tree,
    // the problems list and raw responses scroll inside themselves.
    const scrolling = '.react-flow, .tree-scroller, .problems-scroll, .raw-response pre, .cm-editor';
    const out: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (element.parentElement?.closest(scrolling)) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      // Skip links and visually hidden text sit off-screen on purpose, never to the right.
      if (box.right <= 1) continue;
      if (box.width > width || box.right > width + 0.5) out.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}→${Math.round(box.right)}`);
    }
    if (document.documentElement.scrollWidth > width) out.push(`page scrollWidth ${document.documentElement.scrollWidth}`);
    return out;
  });
}

test.describe('at phone width (390×844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const url of ['/', '/?depot=welshpool', '/?depot=error-many', '/?depot=warnings-all']) {
    test(`nothing is wider than the viewport: ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
      if (url !== '/' && !url.includes('error')) {
        await expect(page.getByRole('tab', { name: 'Tree' })).toBeVisible();
        // Each tab in turn, the graph included.
        for (const tab of ['Graph', 'Details', 'Tree']) {
          await page.getByRole('tab', { name: tab }).tap();
          expect(await overflowing(page), `wider than 390 px on the ${tab} tab`).toEqual([]);
        }
      }
      expect(await overflowing(page)).toEqual([]);
    });
  }

  test('the panels are tabs; a tapped node is one tap from its details, and stays selected everywhere', async ({ page }) => {
    await page.goto('/?depot=welshpool');
    const tabs = page.getByRole('tablist', { name: 'Workspace' });
    await expect(tabs.getByRole('tab')).toHaveText(['Tree', 'Graph', 'Details']);
    await expect(tabs.getByRole('tab', { name: 'Tree' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('region', { name: 'Topology graph' })).toBeHidden();

    // Tree: tap a row, then "Show details".
    const row = page.getByRole('treeitem', { name: /^Grid connection North incomer/ });
    await row.locator('.tree-row').tap();
    await expect(row).toHaveAttribute('aria-selected', 'true');
    // The closed graph shows nothing through the tree, its selected node's card included.
    await expect(page.getByRole('group', { name: /^Grid connection North incomer/ })).toBeHidden();
    await page.getByRole('button', { name: 'Show details' }).tap();
    await expect(tabs.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    const details = page.getByRole('tabpanel', { name: 'Details' });
    await expect(details.getByRole('heading', { level: 2 })).toContainText('North incomer');
    await expect(details).toBeFocused();

    // Graph: the same node is the current one; tap another, then "Show details".
    await tabs.getByRole('tab', { name: 'Graph' }).tap();
    const graph = page.getByRole('tabpanel', { name: 'Topology graph' });
    await expect(graph.getByRole('group', { name: /^Grid connection North incomer/ })).toHaveAttribute('aria-current', 'true');
    // The graph opened on the selection, drawn in a panel that was hidden when it loaded. Zoom out
    // until another node is wholly in the panel, and tap it.
    const nodeInView = () =>
      graph.evaluate((panel) => {
        const frame = panel.getBoundingClientRect();
        const inView = [...panel.querySelectorAll<HTMLElement>('.react-flow__node[role="group"]:not([aria-current])')].find((node) => {
          const box = node.getBoundingClientRect();
          return box.top >= frame.top && box.bottom <= frame.bottom && box.left >= frame.left && box.right <= Math.min(frame.right, window.innerWidth);
        });
        return inView?.dataset.id ?? null;
      });
    let other = await nodeInView();
    for (let i = 0; i < 6 && other === null; i += 1) {
      await graph.getByRole('button', { name: 'Zoom out' }).tap();
      // React Flow animates the zoom; wait for it to settle rather than for a fixed time.
      await expect.poll(nodeInView, { timeout: 1_500 }).not.toBeNull().catch(() => {});
      other = await nodeInView();
    }
    expect(other, 'a graph node in view beside the selected one').not.toBeNull();
    const node = graph.locator(`.react-flow__node[data-id="${other}"]`);
    await node.locator('.graph-node__head').tap();
    await expect(node).toHaveAttribute('aria-current', 'true');
    await expect(page).toHaveURL(new RegExp(`[?&]node=${other}\\b`));
    await page.getByRole('button', { name: 'Show details' }).tap();
    await expect(details.getByText(other!, { exact: true }).first()).toBeVisible();

    // The tree shows the same selection.
    await tabs.getByRole('tab', { name: 'Tree' }).tap();
    await expect(page.getByRole('treeitem', { selected: true })).toHaveAttribute('data-node-id', other!);
  });

  test('the tabs work from the keyboard too', async ({ page }) => {
    await page.goto('/?depot=small-depot');
    const tree = page.getByRole('tab', { name: 'Tree' });
    await tree.focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Graph' })).toBeFocused();
    await expect(page.getByRole('tab', { name: 'Graph' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Details' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Home');
    await expect(tree).toHaveAttribute('aria-selected', 'true');
  });

  test('the minimap starts folded, leaving the graph the room; opened, it is remembered', async ({ page }) => {
    await page.goto('/?depot=welshpool');
    await page.getByRole('tab', { name: 'Graph' }).tap();
    const graph = page.getByRole('tabpanel', { name: 'Topology graph' });
    const toggle = graph.getByRole('button', { name: 'Minimap' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(graph.getByRole('img', { name: 'Minimap' })).toHaveCount(0);
    await toggle.tap();
    await expect(graph.getByRole('img', { name: 'Minimap' })).toBeVisible();
    await page.reload();
    await page.getByRole('tab', { name: 'Graph' }).tap();
    await expect(graph.getByRole('button', { name: 'Minimap' })).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('at tablet width (1024×768)', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('the details fold under the tree and the graph gets the room', async ({ page }) => {
    await page.goto('/?depot=welshpool&node=cp-031');
    await expect(page.getByRole('tablist')).toHaveCount(0);
    const tree = (await page.getByRole('complementary', { name: 'Topology tree' }).boundingBox())!;
    const graph = (await page.getByRole('region', { name: 'Topology graph' }).boundingBox())!;
    const details = (await page.getByRole('complementary', { name: 'Details' }).boundingBox())!;
    expect(graph.width).toBeGreaterThan(600);
    expect(details.y).toBeGreaterThanOrEqual(tree.y + tree.height - 1);
    // A selected node's details are tall: the tree above them still shows some of its rows.
    expect(tree.height).toBeGreaterThanOrEqual(100);
    await expect(page.getByRole('tree').getByRole('treeitem', { selected: true })).toBeInViewport();
    expect(details.x).toBeLessThan(graph.x);
    expect(await overflowing(page)).toEqual([]);
  });
});
