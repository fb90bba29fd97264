/**
 * The tree mounts only the rows in view; these helpers scroll its list from top to bottom, as a
 * reader would, and gather every row met on the way.
 */
import { act, fireEvent, screen } from '@testing-library/react';

function scroller(): HTMLElement {
  const tree = screen.getByRole('tree');
  const element = tree.closest<HTMLElement>('.tree-scroller') ?? tree.parentElement;
  if (!element) throw new Error('The tree has no scrolling container.');
  return element;
}

/** The ids of every row whose accessible name matches, in screen order. */
export function everyRowId(name?: RegExp): string[] {
  const element = scroller();
  const seen = new Map<string, boolean>();
  for (let top = 0; ; top += 400) {
    act(() => {
      element.scrollTop = top;
      fireEvent.scroll(element);
    });
    const before = seen.size;
    for (const item of screen.getAllByRole('treeitem')) {
      const id = item.getAttribute('data-node-id')!;
      if (!seen.has(id)) seen.set(id, name === undefined || name.test(item.getAttribute('aria-label') ?? ''));
    }
    // Pages overlap (each is smaller than what the tree mounts), so a page with no new row is the end.
    if (seen.size === before) break;
  }
  act(() => {
    element.scrollTop = 0;
    fireEvent.scroll(element);
  });
  return [...seen].filter(([, matches]) => matches).map(([id]) => id);
}
