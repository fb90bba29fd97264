/**
 * The problems panel with 50,000 warnings, filtered and scrolled: the longest main-thread task is
 * reported (by the clock and in CPU time), not yet held to the 100 ms budget: most runs stay at
 * 50–80 ms of CPU, but one in several has a task of about 150 ms. The answer comes from `page.route`.
 */
import { expect, test } from '../fixtures';
import { measureWindow, recordLongTasks, startWindow } from './long-tasks';

// No trace: its DOM snapshot at every step runs on the page's main thread and would count here.
test.use({ trace: 'off' });

const WARNINGS = 50_000;
const CIRCUITS = 200;
const CODES = ['OVERSUBSCRIBED', 'CIRCUIT_EMPTY', 'CAPACITY_FROM_SAFE_FALLBACK', 'CHARGE_POINT_WITHOUT_CONNECTORS', 'PHASE_ROTATION_UNKNOWN'];

function bigTopology() {
  const nodes: unknown[] = [
    { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Big site' },
    { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg', name: 'Main incomer' },
  ];
  for (let i = 0; i < CIRCUITS; i++) nodes.push({ id: `c-${i}`, kind: 'CIRCUIT', parent_id: 'gc', name: `Circuit ${i}` });
  const warnings = Array.from({ length: WARNINGS }, (_, n) => ({
    code: CODES[n % CODES.length],
    severity: 'warning',
    message: `Warning ${n} about circuit c-${n % CIRCUITS}: something worth a look (${n * 7} W).`,
    entity: { type: 'CIRCUIT', id: `c-${n % CIRCUITS}` },
    pointer: `/circuits/${n % CIRCUITS}`,
  }));
  return { microgrid_id: 'mg', depot_id: 'many-warnings', name: 'Many warnings', usable_power_calculation_version: 3, generated_at: '2026-03-26T04:12:00Z', nodes, warnings };
}

test('filtering and scrolling 50,000 warnings, with the longest task reported', async ({ page }) => {
  const body = JSON.stringify(bigTopology());
  await page.route('**/api/depot/many-warnings/microgrid', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  await recordLongTasks(page);
  await page.goto('/?depot=many-warnings');
  const panel = page.getByRole('region', { name: 'Problems' });
  await expect(panel.getByText(/^Showing 50,000 of 50,000 problems/)).toBeVisible({ timeout: 60_000 });
  // Loading (parse, index, first render) is not what is measured: start from a quiet page.
  await page.waitForTimeout(500);
  const measuring = await startWindow(page);
  const filter = panel.getByRole('searchbox', { name: 'Filter problems' });
  await filter.pressSequentially('c-17', { delay: 60 });
  await expect(panel.getByText(/^Showing [\d,]+ of 50,000 problems/)).toBeVisible();
  await filter.fill('');
  await filter.pressSequentially('warning 4', { delay: 60 });
  await filter.fill('');
  await expect(panel.getByText(/^Showing 50,000 of 50,000 problems/)).toBeVisible();
  const list = page.locator('.problems-scroll');
  await list.hover();
  for (let i = 0; i < 30; i++) {
    await list.evaluate((el) => el.scrollBy(0, 1500));
    await page.waitForTimeout(50);
  }
  await panel.getByRole('checkbox', { name: /^Warnings/ }).uncheck();
  await panel.getByRole('checkbox', { name: /^Warnings/ }).check();
  await page.waitForTimeout(300);

  await measureWindow(page, measuring, 'filtering and scrolling 50,000 warnings');
});
