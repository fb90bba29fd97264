/**
 * One issue of the contract, the same wherever it is listed (a 422's errors, a 200's warnings, the
 * details of a node): severity, code and what the code means, the message, then the records it
 * names and where in the site data. Codes are verbatim so they can be pasted into a ticket.
 */
import type { JSX, ReactNode } from 'react';
import { describeIssueCode, type TopologyIssue } from '../domain/topology';
import { IssueFacts } from './IssueFacts';
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
      <IssueFacts
        entity={hideEntity ? null : <IssueRefText item={issue.entity} />}
        entityLabel={entityLabel}
        related={issue.related}
        pointer={issue.pointer}
      />
      {actions ? <p className="issue-actions">{actions}</p> : null}
    </li>
  );
}
