/**
 * Main-thread tasks, measured two ways: by the clock (the Long Tasks API, tasks of 50 ms or more)
 * and in CPU time (a trace). A machine busy with other work stretches the clock, not the page's
 * own cost, so a budget holds CPU time; both figures are reported.
 */
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { traceTasks, type TaskTrace } from './task-trace';

export const LONG_TASK_BUDGET_MS = 100;

declare global {
  interface Window {
    longTasks?: Array<{ start: number; duration: number }>;
  }
}

/** Call before `page.goto`: buffered, so tasks from before the observer ran are reported too. */
export async function recordLongTasks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks!.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

export const now = (page: Page): Promise<number> => page.evaluate(() => performance.now());

/** The longest task the Long Tasks API saw end after `since` (the page's `performance.now()`), in ms; 0 if none. */
export async function longestTaskSince(page: Page, since: number): Promise<number> {
  // Two frames, so a task still running when the content appeared has ended and been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const tasks = await page.evaluate(() => window.longTasks ?? []);
  return Math.max(0, ...tasks.filter((t) => t.start + t.duration > since).map((t) => t.duration));
}

export function report(what: string, text: string): void {
  test.info().annotations.push({ type: 'longest task', description: `${what}: ${text}` });
  console.log(`longest task, ${what}: ${text}`);
}

// The Long Tasks API reports only tasks of 50 ms or more.
export const clock = (ms: number): string => (ms === 0 ? 'none of 50 ms or more' : `${ms.toFixed(0)} ms`);

export interface Measuring {
  since: number;
  trace: TaskTrace;
}

export async function startWindow(page: Page): Promise<Measuring> {
  return { since: await now(page), trace: await traceTasks(page) };
}

/** The longest task since the window opened, by the clock and in CPU time, reported. */
export async function measureWindow(page: Page, measuring: Measuring, what: string): Promise<{ wallMs: number; cpuMs: number }> {
  const wallMs = await longestTaskSince(page, measuring.since);
  const { cpuMs } = await measuring.trace.stop();
  report(what, `${clock(wallMs)} by the clock, ${cpuMs.toFixed(0)} ms of CPU`);
  return { wallMs, cpuMs };
}

/** As `measureWindow`, and holds the CPU time of the longest task to the budget. */
export async function expectNoLongTask(page: Page, measuring: Measuring, what: string): Promise<void> {
  const { cpuMs } = await measureWindow(page, measuring, what);
  expect(cpuMs, `CPU time of the longest task ${what}`).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
}
