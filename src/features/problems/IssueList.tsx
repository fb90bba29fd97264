import type { TopologyIssue } from '../../domain/topology';
import { describeIssueCode, describeRef } from './issue-catalog';

/** Severity, code and, for catalog codes, what the code means; then the issue's own message. */
export function IssueHead({ issue }: { issue: TopologyIssue }) {
  const plain = describeIssueCode(issue.code);
  return (
    <>
      <p className="issue-head">
        <span className="issue-severity">{issue.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
        <code className="issue-code">{issue.code}</code>
        {plain !== null && <span className="issue-plain"> — {plain}</span>}
      </p>
      <p className="issue-message">{issue.message}</p>
    </>
  );
}

function IssueItem({ issue }: { issue: TopologyIssue }) {
  return (
    <li className="issue" data-severity={issue.severity}>
      <IssueHead issue={issue} />
      <dl className="issue-facts">
        <dt>Entity</dt>
        <dd>{describeRef(issue.entity)}</dd>
        {issue.related.length > 0 && (
          <>
            <dt>Related</dt>
            <dd>{issue.related.map(describeRef).join(', ')}</dd>
          </>
        )}
        {issue.pointer !== null && (
          <>
            <dt>Pointer</dt>
            <dd>
              <code>{issue.pointer}</code>
            </dd>
          </>
        )}
      </dl>
    </li>
  );
}

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
