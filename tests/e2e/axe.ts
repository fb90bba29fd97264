/**
 * axe-core in the end-to-end tests: WCAG 2.0 and 2.1, levels A and AA. A test fails on any
 * violation of impact serious or critical, and its message lists each one's id, impact and targets.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical violations on the page (or inside `selector`), one line each. */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  // Violations only: collecting every passing node doubles the time on a large graph.
  const builder = new AxeBuilder({ page }).withTags(AXE_TAGS).options({ resultTypes: ['violations'] });
  if (selector !== undefined) builder.include(selector);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')}${n.any[0] ? ` — ${n.any[0].message}` : ''}`).join('; ')}`);
}
