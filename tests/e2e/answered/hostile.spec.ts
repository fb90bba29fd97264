/**
 * Responses a hostile server could send, answered by the test itself: names of `Object.prototype`
 * members where the contract says "any string", and a body of megabytes. Each must show its
 * content with no page error, and leave the main thread free: no task over 100 ms of CPU.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from '../fixtures';
import { clock, expectNoLongTask, longestTaskSince, now, recordLongTasks, report, startWindow } from './long-tasks';

test.beforeEach(async ({ page }) => recordLongTasks(page));

type Answer = { status: number; contentType: string; body: string };

/** Opens `depotId`, the test answering its request; returns when the page started opening it. */
async function openAnsweredBy(page: Page, depotId: string, answer: Answer): Promise<number> {
  await page.route('**/api/depot/*/microgrid', (route: Route) =>
    route.fulfill({ status: answer.status, contentType: answer.contentType, body: answer.body }),
  );
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose a depot' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Depot id' }).fill(depotId);
  const opened = await now(page);
  await page.getByRole('button', { name: 'Open' }).click();
  return opened;
}

const json = (status: number, body: unknown, contentType = 'application/json'): Answer => ({ status, contentType, body: JSON.stringify(body) });

test('a 200 with a __proto__ kind, a constructor source and a __proto__ warning shows the node and its details', async ({ page }) => {
  const opened = await openAnsweredBy(page, 'hostile-200', json(200, {
    microgrid_id: 'mg-h',
    depot_id: 'hostile-200',
    name: 'Hostile depot',
    usable_power_calculation_version: 3,
    generated_at: '2026-01-01T00:00:00Z',
    nodes: [
      { id: 'mg-h', kind: 'MICROGRID', parent_id: null, name: 'Site' },
      { id: 'gc-h', kind: 'GRID_CONNECTION', parent_id: 'mg-h', name: 'Incomer', limit: { max_power_w: 400000, source: '__proto__' } },
      { id: 'odd-h', kind: '__proto__', parent_id: 'gc-h', name: 'Odd asset', limit: { max_power_w: 22000, source: 'constructor' } },
    ],
    warnings: [{ code: '__proto__', severity: 'warning', message: 'Odd asset is odd.', entity: { type: '__proto__', id: 'odd-h' } }],
  }));
  await expect(page.getByRole('heading', { name: /Hostile depot/ })).toBeVisible();
  const measuring = await startWindow(page);

  await page.getByRole('combobox', { name: 'Find a node' }).fill('Odd asset');
  await page.getByRole('option', { name: /Odd asset/ }).click();
  const details = page.getByRole('complementary', { name: 'Details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('__proto__ Odd asset');
  await expect(details.getByRole('region', { name: 'Limit' })).toContainText('Sourceconstructor');
  await expect(details.getByRole('list', { name: 'Issues about this node' })).toContainText('Warning __proto__Odd asset is odd.');
  await expect(page.getByRole('tree')).toContainText('Odd asset');
  await expectNoLongTask(page, measuring, 'after the 200 appeared');
  report('from opening the depot (loading included, not budgeted)', clock(await longestTaskSince(page, opened)));
});

test('a 422 whose first error has code __proto__ keeps its title, detail, issues and raw body', async ({ page }) => {
  const issue = (code: string, id: string) => ({
    code,
    severity: 'error',
    message: `Circuit ${id} is broken.`,
    entity: { type: 'CIRCUIT', id },
  });
  const opened = await openAnsweredBy(page, 'hostile-422', json(422, {
    type: '/problems/microgrid-topology-invalid',
    title: 'Microgrid topology cannot be assembled',
    status: 422,
    detail: '2 errors prevent deriving the microgrid topology of depot hostile-422.',
    depot_id: 'hostile-422',
    errors: [issue('__proto__', 'c-1'), issue('constructor', 'c-2')],
  }, 'application/problem+json'));
  await expect(page.getByRole('heading', { name: 'Microgrid topology cannot be assembled' })).toBeVisible();
  const measuring = await startWindow(page);

  await expect(page.getByText('2 errors prevent deriving the microgrid topology of depot hostile-422.')).toBeVisible();
  const issues = page.getByRole('region', { name: 'Problems' }).getByRole('listitem');
  await expect(issues).toHaveCount(2);
  await expect(issues.first()).toContainText('__proto__');
  await expect(issues.nth(1)).toContainText('constructor');
  await page.getByRole('button', { name: 'Show raw response' }).click();
  await expect(page.getByRole('region', { name: 'Raw response' })).toContainText('"code": "__proto__"');
  await expectNoLongTask(page, measuring, 'after the 422 appeared');
  report('from opening the depot (loading included, not budgeted)', clock(await longestTaskSince(page, opened)));
});

test('a 5 MB raw body opens at once, a page at a time, and downloads whole', async ({ page }) => {
  const rows = Array.from({ length: 50_000 }, (_, i) => ({ id: `cp-${i}`, trace: `frame ${i} `.padEnd(80, '.') }));
  const body = JSON.stringify({ error: 'internal', rows });
  expect(body.length).toBeGreaterThan(5_000_000);
  await openAnsweredBy(page, 'hostile-5mb', { status: 500, contentType: 'application/json', body });
  const show = page.getByRole('button', { name: 'Show raw response' });
  await expect(show).toBeVisible();

  const opening = await startWindow(page);
  await show.click();
  const raw = page.getByRole('region', { name: 'Raw response' });
  await expect(raw).toContainText('"rows":[{"id":"cp-0"');
  await expect(page.getByRole('status').filter({ hasText: /^Showing 65,536 of [\d,]+ characters\.$/ })).toBeVisible();
  await expectNoLongTask(page, opening, 'opening the 5 MB raw body');

  // Each press adds a page; none may cost more than the first, however many are shown already.
  const more = await startWindow(page);
  for (let pages = 2; pages <= 6; pages++) {
    await page.getByRole('button', { name: 'Show more' }).click();
    await expect(page.getByRole('status').filter({ hasText: new RegExp(`^Showing ${(pages * 65_536).toLocaleString('en-US')} of`) })).toBeVisible();
  }
  await expectNoLongTask(page, more, 'showing five more pages of it');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download raw response' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('raw-response.json');
  const saved = await file.createReadStream();
  let size = 0;
  for await (const chunk of saved) size += (chunk as Buffer).length;
  expect(size).toBe(Buffer.byteLength(body));
});
