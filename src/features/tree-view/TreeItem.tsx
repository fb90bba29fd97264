/**
 * One row of the flat tree. Memoised on its row and place, and subscribed to its own bits of the
 * tree store, so it renders again only when its selection, tab stop or expansion changes. Clicks
 * and keys are handled once, on the tree (delegation).
 */
import { memo, useCallback, useRef, useSyncExternalStore } from 'react';
import { displayName, issuesBeneathOf, issuesBeneathText, kindCountTexts, kindLabel, subscriptionOf, subscriptionText } from '../../domain/topology';
import { allocationText, loadText } from '../../domain/preview/load-text';
import { formatKilowatts, watts } from '../../domain/units';
import { KindIcon } from '../../ui/KindIcon';
import { LoadMeter } from '../../ui/LoadMeter';
import { useNodeLoad, useSessionAllocation, useViewState } from '../../view';
import { useTreeContext } from './tree-context';
import { capText, itemLabel, warningText } from './tree-model';
import type { TreeRow } from './tree-rows';
import { ROW_EXPANDED, ROW_FOCUSED, ROW_SELECTED } from './tree-store';

interface TreeItemProps {
  row: TreeRow;
  /** Offset from the top of the list, px, for a row placed out of the flow (the tab stop, out of view). */
  top?: number;
}

const sameRow = (a: TreeItemProps, b: TreeItemProps) =>
  a.top === b.top &&
  a.row.id === b.row.id &&
  a.row.level === b.row.level &&
  a.row.posinset === b.row.posinset &&
  a.row.setsize === b.row.setsize &&
  a.row.hasChildren === b.row.hasChildren;

export const TreeItem = memo(function TreeItemRow({ row, top }: TreeItemProps) {
  const { id, level, posinset, setsize, hasChildren } = row;
  const { index, store, register } = useTreeContext();
  const bits = useSyncExternalStore(
    store.subscribe,
    () => store.rowBits(id),
    () => store.rowBits(id),
  );
  const selected = (bits & ROW_SELECTED) !== 0;
  const focused = (bits & ROW_FOCUSED) !== 0;
  const preview = useViewState((state) => state.allocation !== null);
  const load = useNodeLoad(id);
  const session = useSessionAllocation(id);
  const element = useRef<HTMLLIElement | null>(null);
  const ref = useCallback(
    (el: HTMLLIElement | null) => {
      element.current = el;
      register(id, el);
    },
    [id, register],
  );

  const node = index.nodes.get(id);
  if (!node) return null;
  const expanded = hasChildren && (bits & ROW_EXPANDED) !== 0;
  const counts = expanded ? [] : kindCountTexts(index.countsBeneath.get(id));
  const warnings = index.issuesByNode.get(id)?.length ?? 0;
  // A collapsed item says what its branch hides, so a problem deep down is not out of sight.
  const hidden = hasChildren && !expanded ? issuesBeneathOf(index, id) : null;
  const cap = capText(node);
  const isCharger = node.kind === 'CHARGE_POINT';
  const status = isCharger || node.kind === 'CONNECTOR' ? node.asset.status : null;

  const subscription = subscriptionOf(index, id);
  const subscribed = subscription === null ? null : subscriptionText(subscription);
  const isConnector = node.kind === 'CONNECTOR';
  const previewWords = !preview
    ? null
    : isConnector
      ? session === undefined
        ? 'not plugged in'
        : allocationText(session)
      : load !== undefined && (load.maxPowerW !== null || load.flowW > 0)
        ? loadText(load).summary
        : null;
  const label =
    itemLabel({ node, counts, warnings }) +
    (subscribed ? `, children's caps ${subscribed}` : '') +
    (hidden ? `, ${issuesBeneathText(hidden)}` : '') +
    (previewWords ? `, ${previewWords}` : '');
  return (
    <li
      ref={ref}
      role="treeitem"
      className="tree-item"
      data-node-id={id}
      aria-label={label}
      aria-level={level}
      aria-posinset={posinset}
      aria-setsize={setsize}
      aria-expanded={hasChildren ? expanded : undefined}
      aria-selected={selected}
      tabIndex={focused ? 0 : -1}
      data-placed={top === undefined ? undefined : ''}
      style={top === undefined ? undefined : { top }}
    >
      <div className="tree-row" data-tree-row="" title={label} style={{ paddingInlineStart: `${indent(level)}rem` }}>
        <span className="tree-toggle" data-tree-toggle={hasChildren ? '' : undefined} aria-hidden="true">
          {hasChildren ? (expanded ? '▾' : '▸') : ''}
        </span>
        <KindIcon kind={node.kind} />
        <span className="tree-text">
          <span className="tree-kind">{kindLabel(node.kind)}</span>
          <span className="tree-name">{displayName(node)}</span>
          <span className="tree-meta">
            {preview && isConnector && (
              <span className="tree-allocated">{session === undefined ? 'not plugged in' : `${formatKilowatts(watts(session.allocatedW))} allocated`}</span>
            )}
            {preview && !isConnector && load !== undefined && load.maxPowerW !== null && <LoadMeter load={load} compact />}
            {cap !== null && <span className="tree-cap">{cap}</span>}
            {subscribed !== null && (
              <span className="tree-subscribed" title={`Children's caps against its own: ${subscribed}`}>
                {subscribed}
              </span>
            )}
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
    </li>
  );
}, sameRow);

/** Indentation grows with depth up to 40 levels, then stays: a chain 10,000 deep still fits. */
function indent(level: number): number {
  return Math.min(level - 1, 40) * 1.1 + 0.25;
}
