/**
 * Helpers for the graph on generated depots (`large-<n>`), shared by the end-to-end spec and the
 * browser benchmark: drawing thousands of nodes at once, waiting for the page to go quiet, and
 * reading what the graph shows.
 */
import type { Page } from '@playwright/test';

/**
 * Expands every circuit and grid connection (chargers stay folded): on large-10000 about 7,300
 * nodes drawn, as a reader gets after pressing "Show" on each feeder and bay. Done in one step
 * through the page's view store (found from the graph's React tree), since 560 clicks, each laying
 * the graph out again, would measure the clicks and not the zoom. `leaveCollapsed`: ids to leave
 * as they are.
 */
export async function expandCircuits(page: Page, leaveCollapsed: readonly string[] = []): Promise<{ drawn: number }> {
  return page.evaluate((left) => {
    interface Fiber {
      return: Fiber | null;
      memoizedProps?: { value?: unknown };
    }
    interface Store {
      index: { nodes: Map<string, { kind: string; parent_id: string | null }> };
      expandAll(ids: string[]): void;
      getState(): { expanded: ReadonlySet<string> };
    }
    const element = document.querySelector('.topology-graph');
    if (!element) throw new Error('No graph on the page.');
    const key = Object.keys(element).find((k) => k.startsWith('__reactFiber$'));
    let fiber = key ? ((element as unknown as Record<string, Fiber>)[key] ?? null) : null;
    let store: Store | null = null;
    for (; fiber !== null && store === null; fiber = fiber.return) {
      const value = fiber.memoizedProps?.value as Partial<Store> | undefined;
      if (value && typeof value.expandAll === 'function' && value.index) store = value as Store;
    }
    if (store === null) throw new Error('No view store above the graph.');
    const leave = new Set(left);
    const ids = [...store.index.nodes]
      .filter(([id, node]) => (node.kind === 'CIRCUIT' || node.kind === 'GRID_CONNECTION' || node.kind === 'MICROGRID') && !leave.has(id))
      .map(([id]) => id);
    store.expandAll(ids);
    // Drawn: every node whose ancestors are all expanded (before the fold of huge sibling groups).
    const { nodes } = store.index;
    const { expanded } = store.getState();
    let drawn = 0;
    for (const [, node] of nodes) {
      let parent = node.parent_id;
      while (parent !== null && expanded.has(parent)) parent = nodes.get(parent)?.parent_id ?? null;
      if (parent === null) drawn++;
    }
    return { drawn };
  }, leaveCollapsed);
}

/**
 * Resolves once the main thread has been idle for `quietMs` after two frames: the step's work is
 * done. A string, not a function: tsx would wrap the inner functions in a helper the page lacks.
 */
export async function settle(page: Page, quietMs = 300): Promise<void> {
  await page.evaluate(`new Promise((resolve) => {
    const frames = () => requestAnimationFrame(() => requestAnimationFrame(idle));
    const idle = () => requestIdleCallback(() => {
      const at = performance.now();
      setTimeout(() => (performance.now() - at > ${quietMs} + 50 ? frames() : resolve()), ${quietMs});
    });
    frames();
  })`);
}

/** What the graph draws now: nodes in the DOM, how many in the compact form, and the zoom. */
export async function graphState(page: Page): Promise<{ nodes: number; compact: number; zoom: number }> {
  return page.evaluate(() => {
    const viewport = document.querySelector<HTMLElement>('.react-flow__viewport');
    const zoom = Number(/scale\(([^)]+)\)/.exec(viewport?.style.transform ?? '')?.[1] ?? Number.NaN);
    return {
      nodes: document.querySelectorAll('.react-flow__node').length,
      compact: document.querySelectorAll('.react-flow__node .graph-node--compact').length,
      zoom,
    };
  });
}

/** How many pixels of a canvas are painted (not transparent): a blank canvas has none. */
export async function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d');
    if (!ctx) return 0;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) painted++;
    return painted;
  });
}
