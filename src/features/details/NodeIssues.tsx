/**
 * Every issue that names the node: warnings about it, warnings that list it as related, and the
 * structural defects the index found. Codes are shown verbatim so they can be pasted into a ticket.
 */
import { compareIssues, type NodeId, type TopologyIndex } from '../../domain/topology';
import { IssueItem } from '../../ui/IssueItem';

interface Props {
  index: TopologyIndex;
  nodeId: NodeId;
  headingId: string;
}

export function NodeIssues({ index, nodeId, headingId }: Props) {
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
        <ul className="issue-list" aria-label="Issues about this node">
          {structural.map((d) => (
            <li key={`${d.code}/${d.message}`} className="issue" data-severity="error">
              <p className="issue-head">
                <span className="issue-severity">Structure</span> <code className="issue-code">{d.code}</code>
              </p>
              <p className="issue-message">{d.message}</p>
            </li>
          ))}
          {about.map((issue, i) => (
            <IssueItem key={`${issue.code}/${i}`} issue={issue} hideEntity />
          ))}
        </ul>
      )}
      {mentions.length > 0 && (
        <>
          <h4>Issues about other nodes that involve this one</h4>
          <ul className="issue-list" aria-label="Issues that involve this node">
            {mentions.map((issue, i) => (
              <IssueItem key={`${issue.code}/${issue.entity.id}/${i}`} issue={issue} entityLabel="About" />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
