/**
 * One treeitem and, when expanded, its group of children. Memoised on its position props and
 * subscribed to its own bits of the tree store, so it renders again only when its selection,
 * tab stop or expansion changes. Clicks and keys are handled once, on the tree (delegation).
 */
import { memo, useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { displayName, issuesBeneathOf, issuesBeneathText, kindCountTexts, kindLabel, treeChildren, type NodeId } from '../../domain/topology';
import { KindIcon } from '../../ui/KindIcon';
import { useTreeContext } from './tree-context';
import { TreeGroup } from './TreeGroup';
import { capText, itemLabel, warningText } from './tree-model';
import { ROW_EXPANDED, ROW_FOCUSED, ROW_SELECTED } from './tree-store';

interface TreeItemProps {
  id: NodeId;
  posinset: number;
  setsize: number;
}

// The inner function has its own name: inside it, `TreeItem` must mean the memoised component.
export const TreeItem = memo(function TreeItemRow({ id, posinset, setsize }: TreeItemProps) {
  const { index, store, register } = useTreeContext();
  const bits = useSyncExternalStore(
    store.subscribe,
    () => store.rowBits(id),
    () => store.rowBits(id),
  );
  const selected = (bits & ROW_SELECTED) !== 0;
  const focused = (bits & ROW_FOCUSED) !== 0;
  const element = useRef<HTMLLIElement | null>(null);
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      element.current = el;
      register(id, el);
    },
    [id, register],
  );

  // A newly selected item is brought into view, whichever view selected it.
  useEffect(() => {
    if (selected) element.current?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);

  const node = index.nodes.get(id);
  if (!node) return null;
  const children = treeChildren(index, id);
  const hasChildren = children.length > 0;
  const expanded = hasChildren && (bits & ROW_EXPANDED) !== 0;
  const counts = expanded ? [] : kindCountTexts(index.countsBeneath.get(id));
  const warnings = index.issuesByNode.get(id)?.length ?? 0;
  // A collapsed item says what its branch hides, so a problem deep down is not out of sight.
  const hidden = hasChildren && !expanded ? issuesBeneathOf(index, id) : null;
  const cap = capText(node);
  const depth = index.depth.get(id) ?? 0;
  const isCharger = node.kind === 'CHARGE_POINT';
  const status = isCharger || node.kind === 'CONNECTOR' ? node.asset.status : null;

  return (
    <li
      ref={ref}
      role="treeitem"
      className="tree-item"
      data-node-id={id}
      aria-label={itemLabel({ node, counts, warnings }) + (hidden ? `, ${issuesBeneathText(hidden)}` : '')}
      aria-level={depth + 1}
      aria-posinset={posinset}
      aria-setsize={setsize}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      tabIndex={focused ? 0 : -1}
    >
      <div className="tree-row" data-tree-row="" style={{ paddingInlineStart: `${depth * 1.1 + 0.25}rem` }}>
        <span className="tree-toggle" data-tree-toggle={hasChildren ? '' : undefined} aria-hidden="true">
          {hasChildren ? (expanded ? '▾' : '▸') : ''}
        </span>
        <KindIcon kind={node.kind} />
        <span className="tree-text">
          <span className="tree-kind">{kindLabel(node.kind)}</span>
          <span className="tree-name">{displayName(node)}</span>
          <span className="tree-meta">
            {cap !== null && <span className="tree-cap">{cap}</span>}
            {isCharger && node.asset.ocpp_id && <span className="tree-ocpp">{node.asset.ocpp_id}</span>}
            {status && <span className="tree-status">{status}</span>}
            {warnings > 0 && (
              <span className="tree-badge" title={warningText(warnings)}>
                <span aria-hidden="true">⚠ {warnings}</span>
                <span className="visually-hidden">{warningText(warnings)}</span>
              </span>
            )}
            {hidden && (
              <span className="tree-badge tree-badge--beneath" data-severity={hidden.worst} title={issuesBeneathText(hidden)}>
                <span aria-hidden="true">{hidden.worst === 'error' ? '✖' : '⚠'} {hidden.count} beneath</span>
              </span>
            )}
            {counts.length > 0 && <span className="tree-counts">{counts.join(', ')}</span>}
          </span>
        </span>
      </div>
      {expanded && <TreeGroup ids={children} renderItem={renderTreeItem} />}
    </li>
  );
});

export function renderTreeItem(id: NodeId, posinset: number, setsize: number) {
  return <TreeItem key={id} id={id} posinset={posinset} setsize={setsize} />;
}
