/**
 * The topology as an accessible tree (WAI-ARIA tree pattern): one tab stop, arrow keys to move,
 * Enter or Space to select, Escape to clear. The visible items are one flat list of rows (depth as
 * `aria-level` and indentation), and only the rows in view are mounted, so a depot of any depth or
 * width costs a screenful. Nodes that hang from no root are listed apart, under "Unplaced nodes".
 */
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode, useSyncExternalStore } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { NodeId } from '../../domain/topology';
import { selectExpanded, selectSelectedId, useViewState, useViewStore } from '../../view';
import { TreeContext, type TreeContextValue } from './tree-context';
import { TreeItem } from './TreeItem';
import { keyAction, type KeyContext } from './tree-keys';
import { treeRows, type TreeRow } from './tree-rows';
import { createTreeStore } from './tree-store';
import { ROW_HEIGHT, useRowWindow } from '../../ui/use-row-window';
import './TopologyTree.css';

function itemIdOf(target: EventTarget | null): NodeId | null {
  if (!(target instanceof Element)) return null;
  const item = target.closest('[role="treeitem"]');
  return (item?.getAttribute('data-node-id') as NodeId | null | undefined) ?? null;
}

/**
 * Moves focus to the tree row of `id` inside `container` (the row of the tree's tab stop is always
 * mounted, so the selected row is there once the selection has rendered); false when it is not.
 */
export function focusTreeItem(container: ParentNode | null, id: NodeId): boolean {
  const rows = container?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [];
  for (const row of rows) {
    if (row.getAttribute('data-node-id') !== id) continue;
    row.focus();
    return true;
  }
  return false;
}

/** Rows' worth of height the "Unplaced nodes" label takes. */
const LABEL_SLOTS = 2;

/** Stands in for rows out of view, at their height. */
function Spacer({ rows }: { rows: number }) {
  return rows > 0 ? <li role="none" className="tree-spacer" style={{ height: rows * ROW_HEIGHT }} /> : null;
}

export const TopologyTree = memo(function TopologyTree() {
  const view = useViewStore();
  const { index } = view;
  const treeRef = useRef<HTMLUListElement | null>(null);
  const [store] = useState(() => createTreeStore(view));
  const expanded = useViewState(selectExpanded);
  const elements = useRef(new Map<NodeId, HTMLElement>());
  const unplacedLabel = useId();

  // A keyboard move to a row not mounted yet (the tail of a long group) focuses it on arrival.
  const pendingFocus = useRef<NodeId | null>(null);
  const register = useCallback((id: NodeId, element: HTMLElement | null) => {
    if (!element) {
      elements.current.delete(id);
      return;
    }
    elements.current.set(id, element);
    if (pendingFocus.current === id) {
      pendingFocus.current = null;
      element.focus();
    }
  }, []);
  const context = useMemo<TreeContextValue>(() => ({ index, store, register }), [index, store, register]);

  const rows = useMemo(() => treeRows(index, expanded), [index, expanded]);
  const keyContext = useMemo<KeyContext>(
    () => ({ index, visible: rows.ids, expanded, position: rows.position }),
    [index, expanded, rows],
  );
  // Slots: main rows, two for the "Unplaced nodes" label, then the unplaced rows.
  const labelSlots = rows.unplaced.length > 0 ? LABEL_SLOTS : 0;
  const slotCount = rows.main.length + labelSlots + rows.unplaced.length;
  const slotOf = useCallback(
    (id: NodeId): number | undefined => {
      const at = keyContext.position.get(id);
      if (at === undefined) return undefined;
      return at < rows.main.length ? at : at + labelSlots;
    },
    [keyContext, rows.main.length, labelSlots],
  );
  const { start, end, measured, reveal, ref: scrollerRef } = useRowWindow(slotCount);

  // A new selection, whichever view made it, is scrolled into view here; again once the scroller's
  // height is known, since until then a screen's height is assumed.
  const selectedId = useViewState(selectSelectedId);
  useEffect(() => {
    const slot = selectedId === null ? undefined : slotOf(selectedId);
    if (slot !== undefined) reveal(slot);
  }, [selectedId, slotOf, reveal, measured]);


  const moveFocus = (id: NodeId) => {
    store.setFocused(id);
    const slot = slotOf(id);
    if (slot !== undefined) reveal(slot);
    const element = elements.current.get(id);
    pendingFocus.current = element ? null : id;
    element?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const id = itemIdOf(event.target);
    if (id === null) return;
    const action = keyAction(event.key, id, keyContext);
    if (action === null) return;
    event.preventDefault();
    event.stopPropagation();
    switch (action.type) {
      case 'focus':
        return moveFocus(action.id);
      case 'expand':
        return view.setExpanded(action.id, true);
      case 'collapse':
        return view.setExpanded(action.id, false);
      case 'expand-siblings':
        return view.expandAll(action.ids);
      case 'select':
        return view.select(action.id);
      case 'clear':
        return view.select(null);
    }
  };

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const row = target?.closest('[data-tree-row]');
    const id = itemIdOf(row ?? null);
    if (!row || id === null) return;
    if (target?.closest('[data-tree-toggle]')) {
      const focusBefore = store.focusedId();
      view.toggle(id);
      // Collapsing the branch that held focus pulls focus up to the collapsed item.
      if (store.focusedId() !== focusBefore) moveFocus(id);
      return;
    }
    moveFocus(id);
    view.select(id);
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    store.setHoldsFocus(true);
    const id = itemIdOf(event.target);
    if (id !== null) store.setFocused(id);
  };
  const onBlur = (event: FocusEvent<HTMLUListElement>) => {
    if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) store.setHoldsFocus(false);
  };

  // Rows in view sit in the normal flow between two spacers, so a row keeps its props (and is not
  // redrawn) when rows above it come and go. The tab stop's row is always mounted, so Tab reaches
  // the tree wherever it is scrolled; out of view, it is placed absolutely.
  const focusedId = useSyncExternalStore(store.subscribe, store.focusedId, store.focusedId);
  const focusedSlot = focusedId === null ? undefined : slotOf(focusedId);
  const segment = (list: readonly TreeRow[], firstSlot: number): ReactNode[] => {
    const from = Math.max(0, start - firstSlot);
    const to = Math.min(list.length, end - firstSlot);
    const out: ReactNode[] = [];
    if (from >= to) {
      out.push(<Spacer key="all" rows={list.length} />);
    } else {
      out.push(<Spacer key="before" rows={from} />);
      for (let i = from; i < to; i++) out.push(<TreeItem key={list[i]!.id} row={list[i]!} />);
      out.push(<Spacer key="after" rows={list.length - to} />);
    }
    const at = focusedSlot === undefined ? -1 : focusedSlot - firstSlot;
    if (at >= 0 && at < list.length && (at < from || at >= to)) out.push(<TreeItem key={list[at]!.id} row={list[at]!} top={focusedSlot! * ROW_HEIGHT} />);
    return out;
  };
  const unplacedFirst = rows.main.length + labelSlots;

  return (
    <TreeContext.Provider value={context}>
      <div ref={scrollerRef} className="tree-scroller">
        <ul
          ref={treeRef}
          role="tree"
          aria-label="Microgrid topology"
          className="topology-tree"
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
          onBlur={onBlur}
        >
          {segment(rows.main, 0)}
          {rows.unplaced.length > 0 && (
            <li role="none" className="tree-unplaced">
              <div className="tree-unplaced-label" style={{ height: LABEL_SLOTS * ROW_HEIGHT }}>
                <span id={`${unplacedLabel}-label`}>Unplaced nodes</span>
                <span id={`${unplacedLabel}-hint`} className="tree-unplaced-hint">
                  {' '}
                  — not under the microgrid root: their parent is missing or they form a cycle
                </span>
              </div>
              <ul role="group" className="tree-group" aria-labelledby={`${unplacedLabel}-label`} aria-describedby={`${unplacedLabel}-hint`}>
                {segment(rows.unplaced, unplacedFirst)}
              </ul>
            </li>
          )}
        </ul>
        {slotCount === 0 && <p className="tree-empty">This topology has no nodes.</p>}
      </div>
    </TreeContext.Provider>
  );
});
