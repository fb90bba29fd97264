/**
 * The allocation preview, end to end on the mock backend: welshpool's evening return, the top
 * bottleneck selected and revealed everywhere, why a connector is held back, the strategy switched
 * and compared, the URL reloaded to the same preview; the same journey by keyboard alone; a
 * session edited and reset; and axe-core over the preview in both themes. The fixture fails a test
 * on any uncaught error (`pageerror`) or console error in the page; here a console warning fails it too.
 */
import type { Locator, Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const DEPOT = '/?depot=welshpool';
const EVENING_RETURN = 'Scenario: Evening return';

const graphOf = (page: Page) => page.getByRole('region', { name: 'Topology graph' });
const treePanelOf = (page: Page) => page.getByRole('complementary', { name: 'Topology tree' });
const detailsOf = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const previewOf = (page: Page) => page.getByRole('region', { name: 'Load balancing preview' });
const summaryOf = (page: Page) => page.getByRole('region', { name: 'Cycle summary' });
const sessionsOf = (page: Page) => page.getByRole('region', { name: 'Sessions', exact: true });
const comparisonOf = (page: Page) => page.getByRole('region', { name: 'Strategy comparison' });
const toggleOf = (page: Page) => page.getByRole('button', { name: 'Allocation preview' });
const presetOf = (page: Page) => previewOf(page).getByRole('combobox', { name: 'Sessions', exact: true });
/** The binding nodes, ranked, each a button. */
const bindingOf = (page: Page) => summaryOf(page).getByRole('list', { name: /^Binding nodes/ }).getByRole('button');

// Nothing the preview logs: a console warning fails the test as an error does (see the fixture).
let warnings: string[] = [];
test.beforeEach(({ page }) => {
  warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
});
test.afterEach(() => {
  expect(warnings, 'warnings in the browser console').toEqual([]);
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The cycle summary's figures, term → value, read from its description list. */
async function figuresOf(page: Page): Promise<Record<string, string>> {
  const list = summaryOf(page).locator('dl').first();
  const terms = await list.getByRole('term').allInnerTexts();
  const values = await list.getByRole('definition').allInnerTexts();
  return Object.fromEntries(terms.map((t, i) => [t.trim(), (values[i] ?? '').trim()]));
}

const number = (text: string | undefined) => Number((text ?? '').replace(/[^\d.]/g, ''));

/** Requested = allocated + unserved (to the 0.1 kW shown), and every figure is a number. */
function expectConsistent(figures: Record<string, string>) {
  expect(Object.keys(figures)).toEqual(['Requested', 'Allocated', 'Unserved', 'Admitted', 'Refused']);
  for (const key of ['Requested', 'Allocated', 'Unserved']) expect(figures[key]).toMatch(/^[\d,]+\.\d kW$/);
  for (const key of ['Admitted', 'Refused']) expect(figures[key]).toMatch(/^[\d,]+$/);
  const [requested, allocated, unserved] = [figures.Requested, figures.Allocated, figures.Unserved].map(number) as [number, number, number];
  expect(Math.abs(requested - allocated - unserved)).toBeLessThanOrEqual(0.11);
}

/** The URL's preview keys and node, for comparing one URL with another. */
function previewKeys(url: string) {
  const params = new URL(url).searchParams;
  return Object.fromEntries(['depot', 'view', 'sessions', 'strategy', 'edits', 'node'].map((k) => [k, params.get(k)]));
}

async function expectInside(inner: Locator, outer: Locator) {
  const box = (await inner.boundingBox())!;
  const panel = (await outer.boundingBox())!;
  expect(box, 'the inner element is drawn').not.toBeNull();
  expect(box.x).toBeGreaterThanOrEqual(panel.x - 0.5);
  expect(box.y).toBeGreaterThanOrEqual(panel.y - 0.5);
  expect(box.x + box.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
  expect(box.y + box.height).toBeLessThanOrEqual(panel.y + panel.height + 0.5);
}

/** `title` ("Circuit Bay B charger circuit") is selected in the tree and the graph, in view in both, and named by the details. */
async function expectSelectedEverywhere(page: Page, title: string) {
  const item = page.getByRole('treeitem', { selected: true });
  await expect(item).toHaveAccessibleName(new RegExp(`^${escapeRegExp(title)}(,|$)`));
  await expect(async () => expectInside(item, treePanelOf(page))).toPass();
  const node = graphOf(page).getByRole('group', { name: new RegExp(`^${escapeRegExp(title)},`) });
  await expect(node).toHaveAttribute('aria-current', 'true');
  await expect(async () => expectInside(node, graphOf(page))).toPass();
  const details = detailsOf(page);
  const kindAndName = /^(Grid connection|Circuit|Charger|Connector|Microgrid) (.*)$/.exec(title)!;
  await expect(details.getByRole('heading', { level: 2 })).toContainText(kindAndName[2]!);
  const figures = details.getByRole('region', { name: 'In the preview' });
  await expect(figures).toBeVisible();
  return figures;
}

test('the evening return: the top bottleneck selected and revealed, a held-back connector explained, strategies compared, reloaded', async ({ page }) => {
  await page.goto(DEPOT);
  await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'false');
  await toggleOf(page).click();
  await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]view=preview\b/);
  await expect(previewOf(page)).toContainText('not live telemetry');

  await presetOf(page).selectOption({ label: EVENING_RETURN });
  await expect(page).toHaveURL(/[?&]sessions=scenario\b/);
  // Every bus plugged in, none refused.
  await expect.poll(() => figuresOf(page)).toMatchObject({ Admitted: '52', Refused: '0' });
  const connectorFigures = await figuresOf(page);
  expectConsistent(connectorFigures);
  expect(number(connectorFigures.Unserved)).toBeGreaterThan(0);

  // The top bottleneck: selected, revealed in the tree and the graph, explained in the details.
  const top = bindingOf(page).first();
  const title = (await top.innerText()).trim();
  await top.click();
  await expect(page).toHaveURL(/[?&]node=/);
  const figures = await expectSelectedEverywhere(page, title);
  await expect(figures.getByRole('definition').first()).toBeVisible();
  await expect(figures).toContainText(/Binding\s*Yes/);
  await expect(figures).toContainText(/Unserved beneath/);

  // A connector held back by a cap: from the sessions table, its reason in the details.
  const sessions = sessionsOf(page);
  await sessions.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Held back' });
  await expect(sessions.getByRole('status')).toContainText(/^\d+ of 52 connectors$/);
  const firstHeld = sessions.getByRole('table').getByRole('row').nth(1).getByRole('button');
  const connectorName = (await firstHeld.innerText()).trim();
  await firstHeld.click();
  const connectorFiguresRegion = await expectSelectedEverywhere(page, `Connector ${connectorName}`);
  await expect(connectorFiguresRegion).toContainText(/Why: held at [\d,.]+ kW by .+/);

  // Charger-based: the URL says so; the figures stay consistent, the sessions the same.
  await previewOf(page).getByRole('radio', { name: 'Charger-based' }).check();
  await expect(page).toHaveURL(/[?&]strategy=charger\b/);
  await expect(previewOf(page).getByRole('radio', { name: 'Charger-based' })).toBeChecked();
  await expect.poll(async () => (await figuresOf(page)).Allocated).not.toBe('');
  const chargerFigures = await figuresOf(page);
  expectConsistent(chargerFigures);
  expect(chargerFigures.Requested).toBe(connectorFigures.Requested);

  // Compare: both side by side, the rows that differ listed.
  const compare = previewOf(page).getByRole('button', { name: 'Compare strategies' });
  await compare.click();
  await expect(compare).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]view=compare\b/);
  const comparison = comparisonOf(page);
  await expect(comparison.getByRole('status')).toContainText(/^[1-9][\d,]* of [\d,]+ connectors differ$/);
  const differing = comparison.getByRole('table').getByRole('row');
  expect(await differing.count()).toBeGreaterThan(1);
  await expect(differing.nth(1).getByRole('cell').last()).toHaveText(/^[▲▼] [+−][\d,.]+$/);

  // The same preview after a reload: same keys, same figures, compare still on.
  const before = { keys: previewKeys(page.url()), figures: await figuresOf(page) };
  expect(before.keys).toMatchObject({ view: 'compare', sessions: 'scenario', strategy: 'charger' });
  await page.reload();
  await expect(summaryOf(page)).toBeVisible();
  expect(previewKeys(page.url())).toEqual(before.keys);
  await expect.poll(() => figuresOf(page)).toEqual(before.figures);
  await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(previewOf(page).getByRole('button', { name: 'Compare strategies' })).toHaveAttribute('aria-pressed', 'true');
  await expect(previewOf(page).getByRole('radio', { name: 'Charger-based' })).toBeChecked();
  await expect(presetOf(page)).toHaveValue('scenario');
  await expect(comparisonOf(page).getByRole('status')).toContainText(/^[1-9][\d,]* of [\d,]+ connectors differ$/);
  await expectSelectedEverywhere(page, `Connector ${connectorName}`);
});

test('unplugging a connector in its details changes the preview and goes in the URL; "Reset edits" undoes it', async ({ page }) => {
  // The allocator runs off the page's thread, in one worker started with the preview; the phase
  // check, a second run of it, in one of its own once the first allocation is shown.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(`${DEPOT}&view=preview&sessions=scenario&node=cp-009-1`);
  await expect.poll(() => figuresOf(page)).toMatchObject({ Admitted: '52' });
  expect(workers.filter((url) => /allocation\.worker/.test(url))).toHaveLength(1);
  await expect(previewOf(page).getByRole('heading', { name: 'Phase check' })).toBeVisible();
  await expect.poll(() => workers.filter((url) => /phase-check\.worker/.test(url)).length).toBe(1);
  const before = await figuresOf(page);
  const details = detailsOf(page);
  const session = details.getByRole('group', { name: 'Session' });
  const plugged = session.getByRole('checkbox', { name: 'Plugged in', exact: true });
  await expect(plugged).toBeChecked();

  // A change is worked out in the browser: it writes the URL and asks the network for nothing
  // (not even the icon again, which a browser may fetch on each URL change).
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await plugged.uncheck();
  await expect(page).toHaveURL(/[?&]edits=[^&]+/);
  await expect(plugged).not.toBeChecked();
  await expect.poll(async () => (await figuresOf(page)).Admitted).toBe('51');
  const after = await figuresOf(page);
  expectConsistent(after);
  expect(number(after.Requested)).toBeLessThan(number(before.Requested));
  await expect(details.getByRole('region', { name: 'In the preview' })).toContainText('Why: not plugged in');
  expect(requests).toEqual([]);
  await expect(sessionsOf(page).getByRole('checkbox', { name: /plugged in$/ }).first()).toBeVisible();
  const sessions = sessionsOf(page);
  await sessions.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Edited' });
  await expect(sessions.getByRole('status')).toHaveText('1 of 52 connectors');

  const reset = previewOf(page).getByRole('button', { name: /^Reset edits/ });
  await expect(reset).toHaveAccessibleName('Reset edits (1)');
  await reset.click();
  await expect(page).not.toHaveURL(/[?&]edits=/);
  await expect(plugged).toBeChecked();
  await expect.poll(() => figuresOf(page)).toEqual(before);
  await expect(reset).toBeDisabled();
});

/** Presses Tab (or Shift+Tab) until focus is on `target`; fails after `most` presses. */
async function tabTo(page: Page, target: Locator, { back = false, most = 80 } = {}) {
  for (let i = 0; i < most; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached by ${back ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

test('the same journey by keyboard alone', async ({ page }) => {
  // One key at a time, each checked: slow on a busy machine.
  test.slow();
  await page.goto(DEPOT);
  await expect(graphOf(page).getByRole('group', { name: /^Charger / })).toHaveCount(40);

  // On: the toggle is a tab stop of its own.
  await tabTo(page, toggleOf(page));
  await page.keyboard.press('Space');
  await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'true');
  await expect(toggleOf(page)).toBeFocused();

  // The evening return, chosen with the arrow keys on the sessions select.
  await tabTo(page, presetOf(page));
  await page.keyboard.press('End');
  await expect(presetOf(page)).toHaveValue('scenario');
  await expect(page).toHaveURL(/[?&]sessions=scenario\b/);
  await expect(presetOf(page)).toBeFocused();
  await expect.poll(() => figuresOf(page)).toMatchObject({ Admitted: '52', Refused: '0' });
  const figures = await figuresOf(page);

  // The top bottleneck, by Tab and Enter.
  const top = bindingOf(page).first();
  const title = (await top.innerText()).trim();
  await tabTo(page, top);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/[?&]node=/);
  await expectSelectedEverywhere(page, title);
  await expect(top).toBeFocused();

  // A held-back connector: the sessions table shows only those, and the first is selected.
  const sessions = sessionsOf(page);
  const show = sessions.getByRole('combobox', { name: 'Show' });
  await tabTo(page, show);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(show).toHaveValue('held');
  await expect(sessions.getByRole('status')).toContainText(/^\d+ of 52 connectors$/);
  const firstHeld = sessions.getByRole('table').getByRole('row').nth(1).getByRole('button');
  const connectorName = (await firstHeld.innerText()).trim();
  await tabTo(page, firstHeld);
  await page.keyboard.press('Enter');
  const why = await expectSelectedEverywhere(page, `Connector ${connectorName}`);
  await expect(why).toContainText(/Why: held at [\d,.]+ kW by .+/);

  // Back up to the strategy: the checked radio is the group's tab stop, an arrow key switches.
  const connectorRadio = previewOf(page).getByRole('radio', { name: 'Connector-based' });
  await tabTo(page, connectorRadio, { back: true });
  await page.keyboard.press('ArrowRight');
  await expect(previewOf(page).getByRole('radio', { name: 'Charger-based' })).toBeChecked();
  await expect(page).toHaveURL(/[?&]strategy=charger\b/);
  await expect(previewOf(page).getByRole('radio', { name: 'Charger-based' })).toBeFocused();
  expectConsistent(await figuresOf(page));
  expect((await figuresOf(page)).Requested).toBe(figures.Requested);

  const compare = previewOf(page).getByRole('button', { name: 'Compare strategies' });
  await tabTo(page, compare);
  await page.keyboard.press('Space');
  await expect(compare).toHaveAttribute('aria-pressed', 'true');
  await expect(page).toHaveURL(/[?&]view=compare\b/);
  await expect(comparisonOf(page).getByRole('status')).toContainText(/^[1-9][\d,]* of [\d,]+ connectors differ$/);

  // The comparison's rows are reachable too: the first differing connector, by Tab and Enter.
  const firstDiffering = comparisonOf(page).getByRole('table').getByRole('row').nth(1).getByRole('button');
  const differingName = (await firstDiffering.innerText()).trim();
  await tabTo(page, firstDiffering);
  await page.keyboard.press('Enter');
  await expectSelectedEverywhere(page, `Connector ${differingName}`);

  // Off again by keyboard: back to the toggle.
  await tabTo(page, toggleOf(page), { back: true, most: 200 });
  await page.keyboard.press('Enter');
  await expect(toggleOf(page)).toHaveAttribute('aria-pressed', 'false');
  await expect(previewOf(page)).toHaveCount(0);
  await expect(page).not.toHaveURL(/[?&](view|sessions|strategy)=/);
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe: the preview with a node selected, and the compare view, ${theme}`, async ({ page }) => {
    // Two scans of a 100-node graph, the tree and the preview.
    test.slow();
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(`${DEPOT}&view=preview&sessions=scenario&node=circ-bay-b`);
    await expect(summaryOf(page)).toBeVisible();
    await expect(detailsOf(page).getByRole('region', { name: 'In the preview' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    expect(await seriousViolations(page), `serious or critical violations, preview, ${theme}`).toEqual([]);

    await previewOf(page).getByRole('button', { name: 'Compare strategies' }).click();
    await expect(comparisonOf(page)).toBeVisible();
    await detailsOf(page).getByRole('region', { name: 'In the preview' }).waitFor();
    expect(await seriousViolations(page), `serious or critical violations, compare view, ${theme}`).toEqual([]);
  });
}

