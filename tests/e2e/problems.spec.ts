import type { Page } from '@playwright/test';
import { ERROR_MANY_CODES, findScenario } from '../../mocks/scenarios';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

const problemsOf = (page: Page) => page.getByRole('region', { name: 'Problems' });

test('a 422: F8 steps through the problems, and the copied text is the contract order', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?depot=error-many');
  const panel = problemsOf(page);
  const rows = panel.getByRole('listitem');
  await expect(rows).toHaveCount(ERROR_MANY_CODES.length);
  await expect(panel).toContainText(`${ERROR_MANY_CODES.length} errors, 0 warnings`);

  await page.keyboard.press('F8');
  await expect(page).toHaveURL(/[?&]problem=0\b/);
  await expect(rows.nth(0)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('F8');
  await expect(page).toHaveURL(/[?&]problem=1\b/);
  await expect(rows.nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Shift+F8');
  await expect(page).toHaveURL(/[?&]problem=0\b/);

  // A link reproduces what was seen.
  await page.goto('/?depot=error-many&problem=2');
  await expect(problemsOf(page).getByRole('listitem').nth(2)).toHaveAttribute('aria-current', 'true');

  await problemsOf(page).getByRole('button', { name: 'Copy issues' }).click();
  await expect(problemsOf(page).getByText('Issues copied to the clipboard.')).toBeVisible();
  const lines = (await page.evaluate(() => navigator.clipboard.readText())).split('\n');
  expect(lines[0]).toBe('Microgrid topology cannot be assembled');
  expect(lines[1]).toBe(`${ERROR_MANY_CODES.length} errors prevent deriving the microgrid topology of depot error-many.`);
  const issueLines = lines.filter((l) => /^\d+\. /.test(l));
  expect(issueLines.map((l) => l.split(' ')[1])).toEqual(ERROR_MANY_CODES);
  issueLines.forEach((line, i) => expect(line.startsWith(`${i + 1}. ${ERROR_MANY_CODES[i]} (error) `)).toBe(true));

  expect(await seriousViolations(page, '.problems-panel')).toEqual([]);
});

test('choosing a warning selects its node in the graph and the tree', async ({ page }) => {
  await page.goto('/?depot=warnings-all');
  const panel = problemsOf(page);
  await panel.getByRole('button', { name: /Circuit sd-circ-spare feeds no charge point/ }).click();
  await expect(page).toHaveURL(/[?&]node=sd-circ-spare\b/);
  await expect(page).toHaveURL(/[?&]problem=\d+/);
  await expect(page.getByRole('treeitem', { selected: true })).toHaveAccessibleName(/^Circuit Spare way\b/);
  const node = page.getByRole('region', { name: 'Topology graph' }).getByRole('group', { name: /^Circuit Spare way,/ });
  await expect(node).toHaveAttribute('aria-current', 'true');
  // The chosen row is the current one (aria-current, which role queries cannot filter on).
  await expect(panel.locator('li[aria-current="true"]')).toContainText('CIRCUIT_EMPTY');

  expect(await seriousViolations(page, '.problems-panel')).toEqual([]);
});

test('a site file: its errors are marked in the editor, and fixing a value makes the error go', async ({ page }) => {
  const scenario = findScenario('error-charge-point-rating-missing');
  if (scenario.kind !== 'site') throw new Error('scenario is not site data');
  const text = JSON.stringify(scenario.site, null, 2);
  // The editor is not part of the first load: nothing of it is fetched before the view opens.
  const editorChunks: string[] = [];
  page.on('request', (request) => {
    if (/\/assets\/(SiteEditor|SiteFileWorkbench)-/.test(request.url())) editorChunks.push(request.url());
  });
  // The check runs off the page's thread, in a worker started with the view.
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Choose a depot' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(editorChunks).toEqual([]);
  await page.getByRole('link', { name: 'Check a site file' }).click();
  await expect(page).toHaveURL(/[?&]view=site-file\b/);
  await expect(page.getByRole('textbox', { name: 'Site data' })).toBeVisible();
  expect(editorChunks.length).toBeGreaterThan(0);
  await expect.poll(() => workers.filter((url) => /site-check\.worker/.test(url))).toHaveLength(1);

  await page.getByLabel('Site data file').setInputFiles({ name: 'depot.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  const panel = problemsOf(page);
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel).toContainText('CHARGE_POINT_RATING_MISSING');
  const editor = page.getByRole('textbox', { name: 'Site data' });

  // Choosing the problem puts the cursor on the value it names, in view; typing replaces it.
  await panel.getByRole('button', { name: /no usable maximum power rating/ }).click();
  await editor.focus();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('null');
  // The error is marked where its pointer leads: on the null rating (the editor's lint mark).
  const marks = page.locator('.cm-lintRange-error');
  await expect(marks).toHaveCount(1);
  await expect(marks).toHaveText('null');
  expect(await seriousViolations(page, '.site-file')).toEqual([]);
  await page.keyboard.type('50000');

  await expect(page.getByRole('tree', { name: 'Microgrid topology' })).toBeVisible();
  await expect(marks).toHaveCount(0);
  await expect(page.getByText('CHARGE_POINT_RATING_MISSING')).toHaveCount(0);
  await expect(editor).toContainText('"max_power_w": 50000');
});

test('a file that is not JSON says where, and one that is not site data says which paths', async ({ page }) => {
  await page.goto('/?view=site-file');
  await page.getByLabel('Site data file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{\n  "depot": {,\n}') });
  await expect(page.getByRole('alert')).toContainText('This file is not JSON: Expected a property name in double quotes at line 2, column 13.');
  await page.getByLabel('Site data file').setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"depot": {"id": 7}}') });
  await expect(page.getByRole('alert')).toContainText('This is JSON, but not site data');
  await expect(page.getByRole('alert')).toContainText('depot.id');
});
