/**
 * The topology as an accessible tree (WAI-ARIA tree pattern): one tab stop, arrow keys to move,
 * Enter or Space to select, Escape to clear. Only expanded items are rendered; collapsed
 * subtrees cost nothing. Nodes that hang from no root are listed apart, under "Unplaced nodes".
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import { treeTops, visibleItems, type NodeId } from '../../domain/topology';
import { selectExpanded, useViewState, useViewStore } from '../../view';
import { TreeContext, type TreeContextValue } from './tree-context';
import { TreeGroup } from './TreeGroup';
import { TreeItem, renderTreeItem } from './TreeItem';
import { keyAction, type KeyContext } from './tree-keys';
import { createTreeStore } from './tree-store';
import './TopologyTree.css';

function itemIdOf(target: EventTarget | null): NodeId | null {
  if (!(target instanceof Element)) return null;
  const item = target.closest('[role="treeitem"]');
  return (item?.getAttribute('data-node-id') as NodeId | null | undefined) ?? null;
}

export function TopologyTree() {
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

  const keyContext = useMemo<KeyContext>(() => {
    const visible = visibleItems(index, expanded);
    return { index, visible, expanded, position: new Map(visible.map((id, i) => [id, i])) };
  }, [index, expanded]);


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
        onBlur={onBlur}
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
