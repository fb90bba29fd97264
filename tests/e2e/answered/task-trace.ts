/**
 * The longest task the page's main thread ran while tracing, by CPU time as well as by the clock.
 * The Long Tasks API measures by the clock, which a loaded machine stretches; the CPU time of the
 * same task is the page's own cost, which only the page's code can raise.
 */
import type { Page } from '@playwright/test';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Wall-clock duration, µs. */
  dur?: number;
  /** Thread (CPU) duration, µs. */
  tdur?: number;
  args?: { name?: string };
}

export interface LongestTask {
  /** CPU ms of the task that used the most CPU. */
  cpuMs: number;
  /** Clock ms of the task that took the longest. */
  wallMs: number;
}

export interface TaskTrace {
  stop(): Promise<LongestTask>;
}

export async function traceTasks(page: Page): Promise<TaskTrace> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => {
    for (const event of value as unknown as TraceEvent[]) events.push(event);
  });
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      const main = new Set(
        events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
      );
      let cpuMs = 0;
      let wallMs = 0;
      for (const e of events) {
        if (e.ph !== 'X' || !e.name.endsWith('RunTask') || !main.has(`${e.pid}:${e.tid}`)) continue;
        cpuMs = Math.max(cpuMs, (e.tdur ?? e.dur ?? 0) / 1000);
        wallMs = Math.max(wallMs, (e.dur ?? 0) / 1000);
      }
      return { cpuMs, wallMs };
    },
  };
}
