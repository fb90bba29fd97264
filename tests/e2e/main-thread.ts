/**
 * The CPU time the page's main thread spends on its own work: script, style, layout and paint,
 * less the time it spends answering the test runner's queries. A busy machine stretches the wall
 * clock, not this, so a budget in it holds however loaded the machine is.
 */
import type { Page } from '@playwright/test';

export interface MainThreadMeter {
  /** CPU seconds of the page's own work since the meter started. */
  seconds(): Promise<number>;
}

export async function meterMainThread(page: Page): Promise<MainThreadMeter> {
  const cdp = await page.context().newCDPSession(page);
  // Thread ticks: durations are CPU time on the thread, not time between a task's start and end.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? Number.NaN;
    return metric('ThreadTime') - metric('DevToolsCommandDuration');
  };
  const start = await read();
  return { seconds: async () => (await read()) - start };
}
