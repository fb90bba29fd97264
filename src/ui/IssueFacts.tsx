/** The records an issue names and where in the site data, as a description list: one for every issue list. */
import type { JSX, ReactNode } from 'react';
import type { IssueRef } from '../domain/topology';
import { IssueRefText } from './IssueRefText';

interface Props {
  /** The entity as shown (null leaves the row out) and what its row is called. */
  entity: ReactNode | null;
  entityLabel?: string;
  related: readonly IssueRef[];
  pointer: string | null;
}

export function IssueFacts({ entity, entityLabel = 'Entity', related, pointer }: Props): JSX.Element {
  return (
    <dl className="issue-facts">
      {entity !== null && (
        <>
          <dt>{entityLabel}</dt>
          <dd>{entity}</dd>
        </>
      )}
      {related.length > 0 && (
        <>
          <dt>Related</dt>
          <dd>
            {related.map((r, i) => (
              <span key={i}>
                {i > 0 && ', '}
                <IssueRefText item={r} />
              </span>
            ))}
          </dd>
        </>
      )}
      {pointer !== null && (
        <>
          <dt>Pointer</dt>
          <dd>
            <code>{pointer}</code>
          </dd>
        </>
      )}
    </dl>
  );
}
