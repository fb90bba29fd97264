import type { TopologyIssue } from '../../domain/topology';
import { IssueItem } from '../../ui/IssueItem';

/** Issues in the order received: the backend's order is the contract's, and tickets quote it. */
export function IssueList({ issues, label }: { issues: readonly TopologyIssue[]; label: string }) {
  return (
    <ol className="issue-list" aria-label={label}>
      {issues.map((issue, i) => (
        <IssueItem key={i} issue={issue} />
      ))}
    </ol>
  );
}
