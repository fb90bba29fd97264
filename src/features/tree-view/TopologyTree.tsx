/**
 * The topology as an accessible tree (WAI-ARIA tree pattern): one tab stop, arrow keys to move,
 * Enter or Space to select, Escape to clear. Only expanded items are rendered; collapsed
 * subtrees cost nothing. Nodes that hang from no root are listed apart, under "Unplaced nodes".
 */
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import { TreeContext, type TreeContextValue } from './tree-context';
import { TreeGroup } from './TreeGroup';
import { TreeItem, renderTreeItem } from './TreeItem';
import { keyAction, type KeyContext } from './tree-keys';
import { treeTops, visibleItems } from './tree-model';
import { createTreeStore } from './tree-store';
import './TopologyTree.css';

export interface TopologyTreeProps {
  index: TopologyIndex;
  selectedId: NodeId | null;
  onSelect: (id: NodeId | null) => void;
}

function itemIdOf(target: EventTarget | null): NodeId | null {
  if (!(target instanceof Element)) return null;
  const item = target.closest('[role="treeitem"]');
  return (item?.getAttribute('data-node-id') as NodeId | null | undefined) ?? null;
}

export function TopologyTree({ index, selectedId, onSelect }: TopologyTreeProps) {
  const store = useMemo(() => createTreeStore(index), [index]);
  const expanded = useSyncExternalStore(store.subscribe, () => store.getState().expanded, () => store.getState().expanded);
  const treeRef = useRef<HTMLUListElement | null>(null);
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

  const keyContext = useMemo<KeyContext>(() => {
    const visible = visibleItems(index, expanded);
    return { index, visible, expanded, position: new Map(visible.map((id, i) => [id, i])) };
  }, [index, expanded]);

  // The selection is owned by the page. While the reader is inside the tree the tab stop stays
  // where they are; a selection made elsewhere moves the tab stop to it.
  useLayoutEffect(() => {
    const inside = treeRef.current?.contains(document.activeElement) ?? false;
    store.select(selectedId, !inside);
  }, [store, selectedId]);

  const moveFocus = (id: NodeId) => {
    store.setFocused(id);
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
        return store.setExpanded(action.id, true);
      case 'collapse':
        return store.setExpanded(action.id, false);
      case 'expand-siblings':
        return store.expandAll(action.ids);
      case 'select':
        return onSelect(action.id);
      case 'clear':
        return onSelect(null);
    }
  };

  const onClick = (event: MouseEvent<HTMLUListElement>) => {
    const target = event.target instanceof Element ? event.target : null;
    const row = target?.closest('[data-tree-row]');
    const id = itemIdOf(row ?? null);
    if (!row || id === null) return;
    if (target?.closest('[data-tree-toggle]')) {
      const open = !store.getState().expanded.has(id);
      const focusBefore = store.getState().focusedId;
      store.setExpanded(id, open);
      // Collapsing the branch that held focus pulls focus up to the collapsed item.
      if (store.getState().focusedId !== focusBefore) moveFocus(id);
      return;
    }
    moveFocus(id);
    onSelect(id);
  };

  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const id = itemIdOf(event.target);
    if (id !== null) store.setFocused(id);
  };

  const { roots, unplaced } = treeTops(index);

  return (
    <TreeContext.Provider value={context}>
      <ul
        ref={treeRef}
        role="tree"
        aria-label="Microgrid topology"
        className="topology-tree"
        onKeyDown={onKeyDown}
        onClick={onClick}
        onFocus={onFocus}
      >
        {roots.map((id, i) => (
          <TreeItem key={id} id={id} posinset={i + 1} setsize={roots.length} />
        ))}
        {unplaced.length > 0 && (
          <li role="none" className="tree-unplaced">
            <div className="tree-unplaced-label">
              <span id={`${unplacedLabel}-label`}>Unplaced nodes</span>
              <span id={`${unplacedLabel}-hint`} className="tree-unplaced-hint">
                {' '}
                — not under the microgrid root: their parent is missing or they form a cycle
              </span>
            </div>
            <TreeGroup
              ids={unplaced}
              renderItem={renderTreeItem}
              labelledBy={`${unplacedLabel}-label`}
              describedBy={`${unplacedLabel}-hint`}
            />
          </li>
        )}
      </ul>
      {roots.length === 0 && unplaced.length === 0 && <p className="tree-empty">This topology has no nodes.</p>}
    </TreeContext.Provider>
  );
}
