/**
 * Huge answers given by the test itself (`page.route`): a chain of circuits 10,000 deep with its
 * deepest charger selected, 20,000 chargers under one circuit, and a 422 listing 10,000 blocking
 * errors. Each shows its content, with no page error (the fixture fails the test on one); the
 * longest main-thread task of each step is reported, not yet budgeted.
 */
import type { Page, Route } from '@playwright/test';
import { expect, test } from '../fixtures';
import { clock, longestTaskSince, measureWindow, recordLongTasks, report, startWindow } from './long-tasks';

type WireNode = { id: string; kind: string; parent_id: string | null; name?: string; limit?: { max_power_w: number; source: string } };

function topology(depot: string, nodes: WireNode[]) {
  return { microgrid_id: `mg-${depot}`, depot_id: depot, name: depot, usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z', nodes, warnings: [] };
}

function chain(depth: number): WireNode[] {
  const nodes: WireNode[] = [
    { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Deep site' },
    { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg', name: 'Incomer' },
  ];
  let parent = 'gc';
  for (let i = 1; i <= depth; i++) {
    const id = `circ-${i}`;
    nodes.push({ id, kind: 'CIRCUIT', parent_id: parent, name: `Level ${i}`, limit: { max_power_w: 1_000_000, source: 'DEFAULT_CAPACITY' } });
    parent = id;
  }
  nodes.push({ id: 'cp-deep', kind: 'CHARGE_POINT', parent_id: parent, name: 'Deepest charger', limit: { max_power_w: 22_000, source: 'RATED' } });
  return nodes;
}

function wide(count: number): WireNode[] {
  const nodes: WireNode[] = [
    { id: 'mg', kind: 'MICROGRID', parent_id: null, name: 'Wide site' },
    { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg', name: 'Incomer' },
    { id: 'circ', kind: 'CIRCUIT', parent_id: 'gc', name: 'Car park', limit: { max_power_w: 2_000_000, source: 'DEFAULT_CAPACITY' } },
  ];
  for (let i = 1; i <= count; i++) {
    nodes.push({ id: `cp-${String(i).padStart(5, '0')}`, kind: 'CHARGE_POINT', parent_id: 'circ', name: `Bay ${i}`, limit: { max_power_w: 7_400, source: 'RATED' } });
  }
  return nodes;
}

/** 10,000 blocking issues in the contract's order: by code, then entity type, then entity id. */
function blockingErrors(count: number) {
  const kinds = [
    { code: 'CHARGE_POINT_CIRCUIT_NOT_FOUND', type: 'CHARGE_POINT', message: (id: string) => `Charge point ${id} is assigned to circuit circ-x, which does not exist.` },
    { code: 'CHARGE_POINT_RATING_MISSING', type: 'CHARGE_POINT', message: (id: string) => `Charge point ${id} has no usable maximum power rating.` },
    { code: 'CIRCUIT_CAPACITY_MISSING', type: 'CIRCUIT', message: (id: string) => `Circuit ${id} has neither a default nor a safe capacity.` },
    { code: 'CONNECTOR_RATING_MISSING', type: 'CONNECTOR', message: (id: string) => `Connector ${id} has no usable maximum power rating.` },
  ];
  const each = count / kinds.length;
  return kinds.flatMap(({ code, type, message }, k) =>
    Array.from({ length: each }, (_, i) => {
      const id = `${type.toLowerCase().replace('_', '-')}-${String(i + 1).padStart(5, '0')}`;
      return { code, severity: 'error', message: message(id), entity: { type, id, name: `${type} ${i + 1}` }, pointer: `/records/${k}/${i}` };
    }),
  );
}

function manyErrors(depot: string, count: number) {
  return {
    type: '/problems/microgrid-topology-invalid',
    title: 'Microgrid topology cannot be assembled',
    status: 422,
    detail: `${count.toLocaleString('en-US')} errors prevent deriving the microgrid topology of depot ${depot}.`,
    instance: `/api/depot/${depot}/microgrid`,
    depot_id: depot,
    microgrid_id: `mg-${depot}`,
    errors: blockingErrors(count),
  };
}

async function answer(page: Page, body: unknown) {
  const json = JSON.stringify(body);
  await page.route('**/api/depot/*/microgrid', (route: Route) => route.fulfill({ status: 200, contentType: 'application/json', body: json }));
}

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });

test('a chain of circuits 10,000 deep opens on its deepest charger, selected in tree, graph and details', async ({ page }) => {
  test.slow();
  await recordLongTasks(page);
  await answer(page, topology('deep-chain', chain(10_000)));
  await page.goto('/?depot=deep-chain&node=cp-deep');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Deepest charger', { timeout: 60_000 });
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Charger Deepest charger/);
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAttribute('aria-level', '10003');
  await expect(graphOf(page).locator('[aria-current="true"]')).toHaveAccessibleName(/^Charger Deepest charger/);

  report('loading the chain (not budgeted)', clock(await longestTaskSince(page, 0)));
  // Then a reader works in it: selects the top of the chain in the tree, and finds the deep one again.
  const measuring = await startWindow(page);
  await page.getByRole('treeitem', { selected: true }).focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Deep site');
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Microgrid Deep site/);
  const search = page.getByRole('combobox', { name: /find a node/i });
  await search.fill('cp-deep');
  await search.press('Enter');
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Charger Deepest charger/);
  await measureWindow(page, measuring, 'selecting the top of the chain, then its foot by search');
});

test('20,000 chargers under one circuit: a window drawn, the rest folded behind a count, every one reachable', async ({ page }) => {
  test.slow();
  await recordLongTasks(page);
  await answer(page, topology('wide-site', wide(20_000)));
  await page.goto('/?depot=wide-site');
  const circuit = page.getByRole('treeitem', { name: /^Circuit Car park/ });
  await expect(circuit).toBeVisible({ timeout: 60_000 });
  report('loading the wide depot (not budgeted)', clock(await longestTaskSince(page, 0)));
  const opening = await startWindow(page);

  // Open the circuit in the tree: the graph draws a window of chargers and a card for the rest.
  await circuit.click();
  await page.keyboard.press('ArrowRight');
  await expect(circuit).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('treeitem', { name: /^Charger Bay 1,/ })).toHaveAttribute('aria-setsize', '20000');
  await measureWindow(page, opening, 'opening the circuit of 20,000 chargers');
  // The whole drawn window in view: the card that counts the rest is there.
  await graphOf(page).getByRole('button', { name: 'Fit view' }).click();
  await expect(graphOf(page).getByRole('group', { name: /^19,800 more: 19,800 chargers, not drawn/ })).toHaveCount(1);
  const selecting = await startWindow(page);

  // The last charger is reachable from the keyboard, and the graph draws it when it is selected.
  await page.getByRole('treeitem', { name: /^Charger Bay 1,/ }).focus();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Charger Bay 20000,/);
  await expect(graphOf(page).locator('[aria-current="true"]')).toHaveAccessibleName(/^Charger Bay 20000,/);

  await measureWindow(page, selecting, 'going to the last of them and selecting it');
});

test('a 422 with 10,000 blocking errors: title, detail, a windowed list F8 steps through, and the raw response', async ({ page }) => {
  test.slow();
  await recordLongTasks(page);
  const problem = manyErrors('many-errors', 10_000);
  const body = JSON.stringify(problem);
  await page.route('**/api/depot/*/microgrid', (route: Route) => route.fulfill({ status: 422, contentType: 'application/problem+json', body }));
  // Opened from the depot form, so that loading is measured on a page already painted.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose a depot' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Depot id' }).fill('many-errors');
  const opening = await startWindow(page);
  await page.getByRole('button', { name: 'Open' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Microgrid topology cannot be assembled' })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('10,000 errors prevent deriving the microgrid topology of depot many-errors.')).toBeVisible();
  const panel = page.getByRole('region', { name: 'Problems' });
  await expect(panel.getByText(/^Showing 10,000 of 10,000 problems in 4 codes\./)).toBeVisible();
  const rows = panel.getByRole('listitem');
  await expect(rows.first()).toContainText('CHARGE_POINT_CIRCUIT_NOT_FOUND');
  await expect(rows.first()).toContainText('Charge point charge-point-00001 is assigned to circuit circ-x');
  // Windowed: a screenful of rows is in the page, not 10,000.
  await expect(page.locator('.problems-scroll[data-windowed]')).toHaveCount(1);
  expect(await rows.count()).toBeLessThan(100);
  await measureWindow(page, opening, 'opening the 422 of 10,000 errors (loading included)');

  // F8 steps from the first; Shift+F8 back, then round to the last, which is brought into view.
  const stepping = await startWindow(page);
  await page.keyboard.press('F8');
  await expect(page).toHaveURL(/[?&]problem=0\b/);
  await expect(panel.locator('[aria-current="true"]')).toContainText('charge-point-00001 is assigned');
  await page.keyboard.press('F8');
  await expect(page).toHaveURL(/[?&]problem=1\b/);
  await expect(panel.locator('[aria-current="true"]')).toContainText('charge-point-00002 is assigned');
  await page.keyboard.press('Shift+F8');
  await page.keyboard.press('Shift+F8');
  await expect(page).toHaveURL(/[?&]problem=9999\b/);
  const last = panel.locator('[aria-current="true"]');
  await expect(last).toContainText('Connector connector-02500 has no usable maximum power rating.');
  await expect(last).toBeInViewport();
  await expect(panel.getByText('Problem 10000 of 10000: CONNECTOR_RATING_MISSING. Connector connector-02500 has no usable maximum power rating.')).toBeAttached();
  expect(await rows.count()).toBeLessThan(100);
  await measureWindow(page, stepping, 'stepping through the 10,000 errors with F8 and Shift+F8');

  // The raw body, megabytes of it, a page at a time.
  expect(body.length).toBeGreaterThan(1_000_000);
  const showing = await startWindow(page);
  await page.getByRole('button', { name: 'Show raw response' }).click();
  const raw = page.getByRole('region', { name: 'Raw response' });
  await expect(raw).toContainText('{"type":"/problems/microgrid-topology-invalid","title":"Microgrid topology cannot be assembled"');
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^Showing 65,536 of ${body.length.toLocaleString('en-US')} characters\\.$`) })).toBeVisible();
  await measureWindow(page, showing, 'showing the raw 422 body');
});
