/**
 * axe-core over every kind of screen, in the light and the dark theme: no serious or critical WCAG
 * 2.1 A/AA violation. Each scenario loads once; the theme is switched in place (the system's
 * prefers-color-scheme, which the page follows live), and once through the header's toggle.
 */
import type { Page } from '@playwright/test';
import { FAULTS } from '../../mocks/scenarios/faults';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/** What shows a scenario has settled: the screen its heading belongs to, or its loading state. */
const STILL_LOADING = new Set(['fault-slow', 'fault-timeout']);

const SCREENS: Array<{ name: string; url: string; topology?: boolean }> = [
  { name: 'the start page', url: '/' },
  { name: 'welshpool', url: '/?depot=welshpool', topology: true },
  { name: 'welshpool with a node selected', url: '/?depot=welshpool&node=cp-031', topology: true },
  { name: 'warnings-all', url: '/?depot=warnings-all', topology: true },
  { name: 'error-many (a 422)', url: '/?depot=error-many' },
  { name: 'large-10000', url: '/?depot=large-10000', topology: true },
  { name: 'the site-file check', url: '/?view=site-file' },
  ...Object.keys(FAULTS).map((id) => ({ name: id, url: `/?depot=${id}` })),
];

async function settled(page: Page, screen: (typeof SCREENS)[number]): Promise<void> {
  const depot = new URL(screen.url, 'http://x').searchParams.get('depot');
  if (depot !== null && STILL_LOADING.has(depot)) {
    await expect(page.getByText(/loading/i).first()).toBeVisible();
    return;
  }
  await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible();
  if (screen.topology) await expect(page.locator('.react-flow__node').first()).toBeVisible();
  if (screen.url.includes('site-file')) await expect(page.locator('.cm-content')).toBeVisible();
}

const themeOf = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

for (const screen of SCREENS) {
  test(`axe: ${screen.name}, light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(screen.url);
    await settled(page, screen);
    expect(await themeOf(page)).toBe('light');
    expect(await seriousViolations(page), 'serious or critical violations in the light theme').toEqual([]);

    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => themeOf(page)).toBe('dark');
    expect(await seriousViolations(page), 'serious or critical violations in the dark theme').toEqual([]);
  });
}

test('the header toggle switches the theme, keeps the choice, and applies it before the app runs', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/?depot=warnings-all&node=sd-circ-spare');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const toggle = page.getByRole('banner').getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');

  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(await themeOf(page)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 20, 26)');
  expect(await seriousViolations(page), 'serious or critical violations after the toggle').toEqual([]);

  // The choice outlives a reload, and the classic script in <head> applies it with no app code at all.
  await page.route(/\/assets\/index-[^/]*\.js$/, (route) => route.abort());
  await page.reload();
  expect(await themeOf(page)).toBe('dark');
  await page.unroute(/\/assets\/index-[^/]*\.js$/);
  await page.reload();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

  // Choosing the system's own theme again means following the system.
  await page.getByRole('banner').getByRole('button', { name: 'Dark theme' }).click();
  expect(await themeOf(page)).toBe('light');
  expect(await page.evaluate(() => localStorage.getItem('depot-microgrid.theme'))).toBeNull();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(() => themeOf(page)).toBe('dark');
});
