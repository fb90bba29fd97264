/**
 * Every issue that names the node: warnings about it, warnings that list it as related, and the
 * structural defects the index found. Codes are shown verbatim so they can be pasted into a ticket.
 */
import { compareIssues, type IssueRef, type NodeId, type TopologyIndex, type TopologyIssue } from '../../domain/topology';
import { nodeTitle } from './detail-rows';

interface Props {
  index: TopologyIndex;
  nodeId: NodeId;
  onSelect: (id: NodeId) => void;
  headingId: string;
}

function RefLink({ index, item, onSelect }: { index: TopologyIndex; item: IssueRef; onSelect: (id: NodeId) => void }) {
  const node = index.nodes.get(item.id as NodeId);
  if (!node) return <span>{`${item.type} ${item.id}`}</span>;
  return (
    <button type="button" className="details-link" onClick={() => onSelect(node.id)}>
      {nodeTitle(node)}
    </button>
  );
}

interface IssueItemProps {
  issue: TopologyIssue;
  index: TopologyIndex;
  onSelect: (id: NodeId) => void;
  /** Say which node the issue is about (for issues listed under a node they only involve). */
  showEntity?: boolean;
}

function IssueItem({ issue, index, onSelect, showEntity = false }: IssueItemProps) {
  return (
    <li className="details-issue" data-severity={issue.severity}>
      <p className="details-issue-head">
        <span className="details-severity">{issue.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
        <code>{issue.code}</code>
      </p>
      <p>{issue.message}</p>
      {showEntity && (
        <p className="details-related">
          About: <RefLink index={index} item={issue.entity} onSelect={onSelect} />
        </p>
      )}
      {issue.related.length > 0 && (
        <p className="details-related">
          Related:{' '}
          {issue.related.map((r, i) => (
            <span key={`${r.type}/${r.id}/${i}`}>
              {i > 0 && ', '}
              <RefLink index={index} item={r} onSelect={onSelect} />
            </span>
          ))}
        </p>
      )}
      {issue.pointer !== null && (
        <p className="details-pointer">
          Site data: <code>{issue.pointer}</code>
        </p>
      )}
    </li>
  );
}

export function NodeIssues({ index, nodeId, onSelect, headingId }: Props) {
  const about = [...(index.issuesByNode.get(nodeId) ?? [])].sort(compareIssues);
  const mentions = index.topology.warnings
    .filter((w) => w.entity.id !== nodeId && w.related.some((r) => r.id === nodeId))
    .sort(compareIssues);
  const structural = index.diagnostics.filter((d) => d.nodeIds.includes(nodeId));
  const none = about.length + mentions.length + structural.length === 0;

  return (
    <section aria-labelledby={headingId} className="details-section">
      <h3 id={headingId}>Issues</h3>
      {none && <p className="details-muted">No issue names this node.</p>}
      {(about.length > 0 || structural.length > 0) && (
        <ul className="details-issues" aria-label="Issues about this node">
          {structural.map((d) => (
            <li key={`${d.code}/${d.message}`} className="details-issue" data-severity="error">
              <p className="details-issue-head">
                <span className="details-severity">Structure</span> <code>{d.code}</code>
              </p>
              <p>{d.message}</p>
            </li>
          ))}
          {about.map((issue, i) => (
            <IssueItem key={`${issue.code}/${i}`} issue={issue} index={index} onSelect={onSelect} />
          ))}
        </ul>
      )}
      {mentions.length > 0 && (
        <>
          <h4>Issues about other nodes that involve this one</h4>
          <ul className="details-issues" aria-label="Issues that involve this node">
            {mentions.map((issue, i) => (
              <IssueItem key={`${issue.code}/${issue.entity.id}/${i}`} issue={issue} index={index} onSelect={onSelect} showEntity />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
