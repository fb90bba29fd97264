/**
 * One issue of the contract, the same wherever it is listed (a 422's errors, a 200's warnings, the
 * details of a node): severity, code and what the code means, the message, then the records it
 * names and where in the site data. Codes are verbatim so they can be pasted into a ticket.
 */
import type { JSX, ReactNode } from 'react';
import { describeIssueCode, type TopologyIssue } from '../domain/topology';
import { IssueRefText } from './IssueRefText';
import './issue.css';

export function IssueHead({ issue }: { issue: TopologyIssue }): JSX.Element {
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

interface Props {
  issue: TopologyIssue;
  /** What the entity row is called: "Entity" in a list of issues, "About" under another node. */
  entityLabel?: string;
  /** Leave the entity out (when the list sits under the entity itself). */
  hideEntity?: boolean;
  actions?: ReactNode;
}

export function IssueItem({ issue, entityLabel = 'Entity', hideEntity = false, actions }: Props): JSX.Element {
  return (
    <li className="issue" data-severity={issue.severity}>
      <IssueHead issue={issue} />
      <dl className="issue-facts">
        {!hideEntity && (
          <>
            <dt>{entityLabel}</dt>
            <dd>
              <IssueRefText item={issue.entity} />
            </dd>
          </>
        )}
        {issue.related.length > 0 && (
          <>
            <dt>Related</dt>
            <dd>
              {issue.related.map((r, i) => (
                <span key={i}>
                  {i > 0 && ', '}
                  <IssueRefText item={r} />
                </span>
              ))}
            </dd>
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
      {actions ? <p className="issue-actions">{actions}</p> : null}
    </li>
  );
}
