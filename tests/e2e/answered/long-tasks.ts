/**
 * The Long Tasks API, read from the page: every main-thread task over 50 ms since the page
 * started, with when it started. A test marks a moment (`now`) and asks for the longest task after it.
 */
import type { Page } from '@playwright/test';

declare global {
  interface Window {
    __longTasks?: Array<{ start: number; duration: number }>;
  }
}

/** Call before `page.goto`: the observer must be in place before the page's own scripts run. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The longest task that started at or after `since` (ms on the page's clock); 0 when none was long. */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  return page.evaluate((from) => Math.max(0, ...(window.__longTasks ?? []).filter((t) => t.start >= from).map((t) => t.duration)), since);
}
