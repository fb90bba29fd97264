/**
 * Everything known about one node, as description lists so screen readers pair each label with
 * its value. The panel is a region named by its heading (the node's kind and name). Fields the
 * node does not have are left out, never shown as blanks.
 */
import { useId } from 'react';
import {
  countLabel,
  displayName,
  kindLabel,
  nodeTitle,
  sortedKindCounts,
  subscriptionOf,
  subscriptionText,
  type NodeId,
  type TopologyIndex,
} from '../../domain/topology';
import { useViewStore } from '../../view';
import { KindIcon } from '../../ui/KindIcon';
import { ChildList } from './ChildList';
import { assetRows, limitRows, type DetailRow } from './detail-rows';
import { NodeIssues } from './NodeIssues';
import { PathBreadcrumb } from './PathBreadcrumb';
import { PreviewFigures } from './PreviewFigures';
import { SessionEditor } from './SessionEditor';
import './NodeDetails.css';

export interface NodeDetailsProps {
  nodeId: NodeId;
}

function Rows({ rows }: { rows: readonly DetailRow[] }) {
  return (
    <>
      {rows.map((row) => (
        <div key={row.label} className="details-row">
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </>
  );
}

function ParentValue({ index, nodeId, onSelect }: { index: TopologyIndex; nodeId: NodeId; onSelect: (id: NodeId) => void }) {
  const parentId = index.nodes.get(nodeId)?.parent_id ?? null;
  if (parentId === null) return <>None: this is a root</>;
  const parent = index.nodes.get(parentId);
  if (!parent) return <>{parentId} (not in this topology)</>;
  return (
    <button type="button" className="details-link" onClick={() => onSelect(parentId)}>
      <KindIcon kind={parent.kind} />
      {nodeTitle(parent)}
    </button>
  );
}

export function NodeDetails({ nodeId }: NodeDetailsProps) {
  const view = useViewStore();
  const { index } = view;
  const onSelect = view.select;
  const ids = useId();
  const heading = `${ids}-heading`;
  const node = index.nodes.get(nodeId);

  if (!node) {
    return (
      <section aria-labelledby={heading} className="node-details">
        <h2 id={heading}>Node not found</h2>
        <p>
          There is no node <code>{nodeId}</code> in this topology.
        </p>
      </section>
    );
  }

  const subscription = subscriptionOf(index, nodeId);
  const limit = limitRows(node, subscription === null ? null : subscriptionText(subscription));
  const asset = assetRows(node);
  const counts = sortedKindCounts(index.countsBeneath.get(nodeId));
  const children = index.childrenOf(nodeId);

  return (
    <section aria-labelledby={heading} className="node-details">
      <h2 id={heading} className="details-heading">
        <KindIcon kind={node.kind} size={20} />
        <span className="details-kind">{kindLabel(node.kind)}</span> <span>{displayName(node)}</span>
      </h2>

      <dl className="details-list">
        <Rows rows={[{ label: 'Id', value: node.id }, ...(node.name !== null ? [{ label: 'Name', value: node.name }] : [])]} />
        <Rows rows={[{ label: 'Kind', value: kindLabel(node.kind) === node.kind ? node.kind : `${kindLabel(node.kind)} (${node.kind})` }]} />
        <div className="details-row">
          <dt>Parent</dt>
          <dd>
            <ParentValue index={index} nodeId={nodeId} onSelect={onSelect} />
          </dd>
        </div>
      </dl>

      <PathBreadcrumb index={index} nodeId={nodeId} onSelect={onSelect} />

      <PreviewFigures
        index={index}
        nodeId={nodeId}
        headingId={`${ids}-preview`}
        editor={node.kind === 'CONNECTOR' ? <SessionEditor connectorId={nodeId} /> : null}
      />

      <section aria-labelledby={`${ids}-limit`} className="details-section">
        <h3 id={`${ids}-limit`}>Limit</h3>
        {limit.length > 0 ? (
          <dl className="details-list">
            <Rows rows={limit} />
          </dl>
        ) : (
          <p className="details-muted">No limit at this node.</p>
        )}
      </section>

      {asset.length > 0 && (
        <section aria-labelledby={`${ids}-asset`} className="details-section">
          <h3 id={`${ids}-asset`}>Asset</h3>
          <dl className="details-list">
            <Rows rows={asset} />
          </dl>
        </section>
      )}

      {counts.length > 0 && (
        <section aria-labelledby={`${ids}-beneath`} className="details-section">
          <h3 id={`${ids}-beneath`}>Beneath</h3>
          <ul className="details-counts">
            {counts.map(({ kind, count }) => (
              <li key={kind}>{countLabel(kind, count)}</li>
            ))}
          </ul>
        </section>
      )}

      {children.length > 0 && (
        <section aria-labelledby={`${ids}-children`} className="details-section">
          <h3 id={`${ids}-children`}>Children ({children.length})</h3>
          <ChildList key={nodeId} index={index} ids={children} onSelect={onSelect} />
        </section>
      )}

      <NodeIssues index={index} nodeId={nodeId} headingId={`${ids}-issues`} />
    </section>
  );
}
