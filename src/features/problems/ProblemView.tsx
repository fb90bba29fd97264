import { useId, useMemo } from 'react';
import type { ParsedProblem } from '../../domain/topology';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { CopyIssuesButton } from './CopyIssuesButton';
import { IssueList } from './IssueList';
import { problemAsText } from './issues-text';
import { RawResponse } from './RawResponse';
import './problems.css';

export interface ProblemViewProps {
  depotId: string;
  problem: ParsedProblem;
  /** The body as received, for "Show raw response". */
  rawBody: string | null;
  /** Ask again, e.g. after an administrator fixed the site data. */
  onRetry?: () => void;
}

/** Reasons listed before the rest are counted: a list of 50,000 malformed issues has as many. */
export const REASONS_SHOWN = 20;

function UnreadableReasons({ reasons }: { reasons: readonly string[] }) {
  const more = reasons.length - REASONS_SHOWN;
  return (
    <ul>
      {reasons.slice(0, REASONS_SHOWN).map((reason, i) => (
        <li key={i}>{reason}</li>
      ))}
      {more > 0 && <li>… and {more.toLocaleString('en-US')} more.</li>}
    </ul>
  );
}

/** "Copy issues" with the ticket text, built once per problem. */
function CopyIssues({ problem, depotId }: { problem: ParsedProblem; depotId: string }) {
  const text = useMemo(() => problemAsText(problem, depotId), [problem, depotId]);
  return <CopyIssuesButton text={text} />;
}

/** The 422 screen: why the topology cannot be assembled, issue by issue. */
export function ProblemView({ depotId, problem, rawBody, onRetry }: ProblemViewProps) {
  const headingId = useId();
  const issues = problem.errors;
  const count = issues?.length ?? 0;
  return (
    <section className="problem-view" aria-labelledby={headingId}>
      <h2 id={headingId}>{problem.title ?? 'Microgrid topology cannot be assembled'}</h2>
      {problem.detail && <p className="problem-detail">{problem.detail}</p>}
      <p className="problem-ids">
        Depot <code>{problem.depot_id ?? depotId}</code>
        {problem.microgrid_id && (
          <>
            , microgrid <code>{problem.microgrid_id}</code>
          </>
        )}
      </p>
      {issues === null ? (
        <div className="problem-unreadable" role="note">
          <p>The list of issues in this response could not be read:</p>
          <UnreadableReasons reasons={problem.errorsProblems ?? []} />
          <p>The raw response below shows what the server sent.</p>
        </div>
      ) : (
        <>
          <h3>
            {count} blocking {count === 1 ? 'issue' : 'issues'}
          </h3>
          {/* Whatever the list meets in the issues, the title, detail and raw body above and below stay. */}
          <ErrorBoundary label="The list of blocking issues" resetKey={problem}>
            <IssueList issues={issues} label="Blocking issues" />
          </ErrorBoundary>
        </>
      )}
      <div className="problem-actions">
        {issues !== null && issues.length > 0 && (
          <ErrorBoundary label="Copy issues" resetKey={problem}>
            <CopyIssues problem={problem} depotId={depotId} />
          </ErrorBoundary>
        )}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Check again
          </button>
        )}
      </div>
      <RawResponse body={rawBody} />
    </section>
  );
}
