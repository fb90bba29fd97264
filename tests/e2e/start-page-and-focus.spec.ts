import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

interface Box {
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Each scenario card's box, and whether anything inside it runs past its edges. */
async function cards(page: Page): Promise<{ boxes: Box[]; overflowing: string[] }> {
  return page.evaluate(() => {
    const boxes: Box[] = [];
    const overflowing: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('.scenario-list li')) {
      const name = card.querySelector('.scenario-button')?.textContent ?? '?';
      const r = card.getBoundingClientRect();
      boxes.push({ name, x: r.x, y: r.y, width: r.width, height: r.height });
      for (const part of [card, ...card.querySelectorAll<HTMLElement>('*:not(wbr)')]) {
        const p = part.getBoundingClientRect();
        const outside = p.left < r.left - 1 || p.right > r.right + 1;
        if (outside || part.scrollWidth > part.clientWidth + 1) overflowing.push(`${name}: <${part.tagName.toLowerCase()}>`);
      }
    }
    return { boxes, overflowing };
  });
}

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

for (const viewport of [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
]) {
  test(`the start page's scenario cards do not overlap at ${viewport.width} px`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto('/');
    await expect(page.getByRole('button', { name: 'Large depot, 10,000 connectors' })).toBeVisible();
    const { boxes, overflowing } = await cards(page);
    expect(boxes.length).toBeGreaterThan(20);
    const clashes: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (overlap(boxes[i]!, boxes[j]!)) clashes.push(`${boxes[i]!.name} / ${boxes[j]!.name}`);
    }
    expect(clashes).toEqual([]);
    expect(overflowing).toEqual([]);
    // Nothing wider than the page either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  });
}

test('opening a depot from the start page puts focus on its heading once loaded', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Welshpool bus depot' }).click();
  const heading = page.getByRole('region', { name: 'Summary' }).getByRole('heading', { level: 2 });
  await expect(heading).toContainText('Welshpool');
  await expect(heading).toBeFocused();
});

test('a search puts focus on the chosen row of the tree, in view', async ({ page }) => {
  await page.goto('/?depot=welshpool');
  await page.getByRole('combobox', { name: 'Find a node' }).fill('WEL-031');
  await page.keyboard.press('Enter');
  const row = page.getByRole('treeitem', { name: /WEL-031/ });
  await expect(row).toBeFocused();
  await expect(row).toHaveAttribute('aria-selected', 'true');
  await expect(row).toBeInViewport();
});

test("a 503's Retry-After is shown and honoured: one request again after the wait, not before", async ({ page }) => {
  const times: number[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/depot/fault-503/microgrid')) times.push(Date.now());
  });
  await page.goto('/?depot=fault-503');
  const main = page.getByRole('main');
  await expect(main.getByText(/The server asks to wait 5 s; trying again in [1-5] s\./)).toBeVisible();
  await expect(main.getByRole('button', { name: 'Retry' })).toBeVisible();
  expect(times).toHaveLength(1);
  await expect(main.getByText('It already asked again once by itself', { exact: false })).toBeVisible({ timeout: 15_000 });
  expect(times).toHaveLength(2);
  expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(5000);
  await page.waitForTimeout(6000);
  expect(times).toHaveLength(2);
});
