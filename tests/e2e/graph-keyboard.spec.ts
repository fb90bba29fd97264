/**
 * The graph by keyboard alone: from a freshly loaded depot, reach a charger, select it and read
 * its details, counting every key pressed on the way.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });

/** Presses keys one at a time and counts them: every Tab, arrow, letter and Enter. */
function keyCounter(page: Page) {
  let count = 0;
  return {
    get count() {
      return count;
    },
    async press(...keys: string[]) {
      for (const key of keys) {
        await page.keyboard.press(key);
        count++;
      }
    },
    async type(text: string) {
      await this.press(...[...text].map((c) => (c === ' ' ? 'Space' : c)));
    },
  };
}

const focused = (page: Page) => page.locator(':focus');

async function expectInside(inner: Locator, outer: Locator) {
  const box = (await inner.boundingBox())!;
  const panel = (await outer.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(panel.x);
  expect(box.y).toBeGreaterThanOrEqual(panel.y);
  expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width);
  expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height);
}

test('charger WEL-031 is selected from the graph in at most 12 keys, and its details reached in at most 3 more', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  const graph = graphOf(page);
  await expect(graph.getByRole('group', { name: /^Charger / })).toHaveCount(40);
  await expect(page.locator('body')).toBeFocused();
  const keys = keyCounter(page);

  // The skip links are the page's first tab stops.
  await keys.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Skip to graph');
  await keys.press('Enter');
  await expect(graph).toBeFocused();
  // The graph is one tab stop: its microgrid, the top of the tree.
  await keys.press('Tab');
  await expect(focused(page)).toHaveAttribute('aria-roledescription', 'node');
  await expect(focused(page)).toHaveAccessibleName(/^Microgrid Welshpool,/);

  // Type-ahead by OCPP id.
  await keys.type('WEL-031');
  const charger = graph.getByRole('group', { name: /^Charger Bay E charger 31,/ });
  await expect(charger).toBeFocused();
  await keys.press('Enter');
  await expect(page).toHaveURL(/[?&]node=cp-031\b/);
  await expect(charger).toHaveAttribute('aria-current', 'true');
  const toSelect = keys.count;
  expect(toSelect, 'key presses to select WEL-031 in the graph').toBeLessThanOrEqual(12);

  // The focused node shows a focus ring and lies whole inside the graph panel.
  const outline = await charger.evaluate((el) => {
    const style = getComputedStyle(el);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
  await expect(async () => expectInside(charger, graph)).toPass();

  // Past the graph's panels to the details.
  await keys.press('Tab');
  await expect(focused(page)).toHaveAccessibleName('Skip the graph controls, go to details');
  await keys.press('Enter');
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details).toBeFocused();
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Bay E charger 31');
  await expect(details).toContainText('WEL-031');
  const toDetails = keys.count - toSelect;
  expect(toDetails, 'more key presses to reach the details').toBeLessThanOrEqual(3);
  console.log(`WEL-031 journey: ${toSelect} keys to select in the graph, ${toDetails} more to the details`);
});
