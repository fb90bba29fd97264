/**
 * The graph's overlays (legend, zoom controls, minimap) never cover the node being shown; the
 * minimap and the legend fold away and stay so; the side panels are resized by their splitters;
 * and the graph's zoom and position, the overlays' folds and the panels' widths survive a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const intersects = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The overlays' boxes as drawn now: the legend, the zoom controls, the minimap with its button. */
async function overlayBoxes(graph: Locator): Promise<Array<{ name: string; box: Box }>> {
  const parts = [
    { name: 'legend', locator: graph.locator('details', { has: graph.page().getByText('Legend', { exact: true }) }) },
    { name: 'zoom controls', locator: graph.getByLabel('Zoom controls') },
    { name: 'minimap button', locator: graph.getByRole('button', { name: 'Minimap' }) },
    { name: 'minimap', locator: graph.getByRole('img', { name: 'Minimap' }) },
  ];
  const boxes: Array<{ name: string; box: Box }> = [];
  for (const { name, locator } of parts) {
    if (!(await locator.isVisible())) continue;
    const box = await locator.boundingBox();
    if (box) boxes.push({ name, box });
  }
  return boxes;
}

/** The card is whole inside the graph and clear of every overlay. */
async function expectClear(card: Locator, graph: Locator) {
  await expect(async () => {
    const box = (await card.boundingBox())!;
    const pane = (await graph.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(pane.x);
    expect(box.y).toBeGreaterThanOrEqual(pane.y);
    expect(box.x + box.width).toBeLessThanOrEqual(pane.x + pane.width);
    expect(box.y + box.height).toBeLessThanOrEqual(pane.y + pane.height);
    const overlays = await overlayBoxes(graph);
    expect(overlays.map((o) => o.name)).toEqual(expect.arrayContaining(['legend', 'zoom controls', 'minimap button']));
    for (const { name, box: overlay } of overlays) expect(intersects(box, overlay), `the card under the ${name}`).toBe(false);
  }).toPass();
}

test('moving down a column of chargers by keyboard, each focused card is clear of the minimap, the zoom controls and the legend', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const graph = graphOf(page);
  await expect(graph.getByRole('img', { name: 'Minimap' })).toBeVisible();
  const microgrid = graph.getByRole('group', { name: /^Microgrid Welshpool,/ });
  await microgrid.focus();
  // Microgrid → grid connection → circuit → its first charger.
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAccessibleName(/^Charger /);
  // Down the column: cards pass the bottom of the pane, where the minimap and the controls are.
  const seen = new Set<string>();
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('ArrowDown');
    const name = (await focused.getAttribute('aria-label')) ?? '';
    seen.add(name);
    await expectClear(focused, graph);
  }
  expect(seen.size).toBeGreaterThan(1);
});

test.describe('on a narrower screen', () => {
  test.use({ viewport: { width: 1200, height: 800 } });

  test('with the legend open, a charger chosen in the tree is shown beside the legend, not under it; the legend stays open after a reload', async ({ page }) => {
    await page.goto('/?depot=welshpool');
    const graph = graphOf(page);
    const legend = graph.locator('details', { has: page.getByText('Legend', { exact: true }) });
    await graph.getByText('Legend', { exact: true }).click();
    await expect(legend).toHaveAttribute('open', '');

    const tree = page.getByRole('tree');
    await tree.getByRole('treeitem', { name: /^Charger Bay A charger 1\b/ }).first().click();
    const selected = graph.locator('.react-flow__node[aria-current="true"]');
    await expect(selected).toHaveAccessibleName(/^Charger Bay A charger 1,/);
    await expectClear(selected, graph);
    // The middle of the pane is under the open legend: the card was placed beside it.
    const legendBox = (await legend.boundingBox())!;
    const paneBox = (await graph.boundingBox())!;
    const cardBox = (await selected.boundingBox())!;
    expect(legendBox.x + legendBox.width).toBeGreaterThan(paneBox.x + (paneBox.width - cardBox.width) / 2);
    expect(legendBox.y + legendBox.height).toBeGreaterThan(paneBox.y + paneBox.height / 2);

    await page.reload();
    await expect(graphOf(page).locator('details', { has: page.getByText('Legend', { exact: true }) })).toHaveAttribute('open', '');
    await expectClear(graphOf(page).locator('.react-flow__node[aria-current="true"]'), graphOf(page));
  });
});

test('the minimap folds away behind its button, and stays folded after a reload', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const graph = graphOf(page);
  const toggle = graph.getByRole('button', { name: 'Minimap' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(graph.getByRole('img', { name: 'Minimap' })).toBeVisible();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(graph.getByRole('img', { name: 'Minimap' })).toHaveCount(0);

  await page.reload();
  const again = graphOf(page).getByRole('button', { name: 'Minimap' });
  await expect(again).toHaveAttribute('aria-expanded', 'false');
  await expect(graphOf(page).getByRole('img', { name: 'Minimap' })).toHaveCount(0);
  await again.press('Enter');
  await expect(again).toHaveAttribute('aria-expanded', 'true');
  await expect(graphOf(page).getByRole('img', { name: 'Minimap' })).toBeVisible();
});

test('the splitters resize the tree and the details panels by keyboard, and the widths survive a reload', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const tree = page.getByRole('complementary', { name: 'Topology tree' });
  const details = page.getByRole('complementary', { name: 'Details' });
  const treeSplitter = page.getByRole('separator', { name: 'Resize the tree panel' });
  const detailsSplitter = page.getByRole('separator', { name: 'Resize the details panel' });
  await expect(treeSplitter).toHaveAttribute('aria-controls', (await tree.getAttribute('id'))!);
  await expect(detailsSplitter).toHaveAttribute('aria-controls', (await details.getAttribute('id'))!);

  const treeBefore = (await tree.boundingBox())!.width;
  const valueBefore = Number(await treeSplitter.getAttribute('aria-valuenow'));
  expect(valueBefore).toBeCloseTo(treeBefore, 0);
  expect(Number(await treeSplitter.getAttribute('aria-valuemin'))).toBeLessThan(valueBefore);
  expect(Number(await treeSplitter.getAttribute('aria-valuemax'))).toBeGreaterThan(valueBefore);
  await treeSplitter.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const treeAfter = (await tree.boundingBox())!.width;
  expect(treeAfter).toBeGreaterThan(treeBefore + 20);
  await expect(treeSplitter).toHaveAttribute('aria-valuenow', String(Math.round(treeAfter)));

  // The details panel is on the splitter's right: the left arrow widens it.
  const detailsBefore = (await details.boundingBox())!.width;
  await detailsSplitter.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const detailsAfter = (await details.boundingBox())!.width;
  expect(detailsAfter).toBeGreaterThan(detailsBefore + 10);

  // Home: as narrow as it goes.
  await treeSplitter.press('Home');
  await expect(treeSplitter).toHaveAttribute('aria-valuenow', (await treeSplitter.getAttribute('aria-valuemin'))!);
  const narrowest = (await tree.boundingBox())!.width;
  expect(narrowest).toBeLessThan(treeBefore);

  await page.reload();
  await expect(page.getByRole('group', { name: /^Microgrid Welshpool,/ })).toBeVisible();
  expect((await page.getByRole('complementary', { name: 'Topology tree' }).boundingBox())!.width).toBeCloseTo(narrowest, 0);
  expect((await page.getByRole('complementary', { name: 'Details' }).boundingBox())!.width).toBeCloseTo(detailsAfter, 0);
});

test('the graph keeps its zoom and position across a reload; a link to another node still shows that node', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const graph = graphOf(page);
  const microgrid = graph.getByRole('group', { name: /^Microgrid Welshpool,/ });
  await expect(microgrid).toBeVisible();
  const opened = (await microgrid.boundingBox())!;
  await graph.getByRole('button', { name: 'Zoom out' }).click();
  await graph.getByRole('button', { name: 'Zoom out' }).click();
  // Pan by dragging the pane's empty top-right part.
  const pane = (await graph.boundingBox())!;
  await page.mouse.move(pane.x + pane.width - 150, pane.y + 60);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width - 230, pane.y + 100, { steps: 5 });
  await page.mouse.up();
  const moved = (await microgrid.boundingBox())!;
  expect(moved.width).toBeLessThan(opened.width * 0.8);

  await page.reload();
  const again = graphOf(page).getByRole('group', { name: /^Microgrid Welshpool,/ });
  await expect(again).toBeVisible();
  await expect(async () => {
    const box = (await again.boundingBox())!;
    expect(box.width).toBeCloseTo(moved.width, 0);
    expect(box.x).toBeCloseTo(moved.x, 0);
    expect(box.y).toBeCloseTo(moved.y, 0);
  }).toPass();

  // A link to a node (not the selection the view was kept with) shows that node, readable and clear.
  await page.goto('/?depot=welshpool&node=cp-038');
  const charger = graphOf(page).locator('.react-flow__node[aria-current="true"]');
  await expect(charger).toHaveAccessibleName(/^Charger /);
  await expect(charger.locator('.graph-node__title')).toBeVisible();
  await expectClear(charger, graphOf(page));
});
