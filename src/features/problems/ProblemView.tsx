import { lazy, Suspense, useCallback, useId, useMemo, useState } from 'react';
import { problemsOfIssues, type ParsedProblem, type Problem } from '../../domain/topology';
import { navigate, useUrlParam, type ProblemsFilter } from '../../view';
import { safeFileName } from '../../ui/download';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { problemAsText } from './issues-text';
import { ProblemsPanel } from './ProblemsPanel';
import { RawResponse } from './RawResponse';
import './problems.css';

export interface ProblemViewProps {
  depotId: string;
  problem: ParsedProblem;
  /** The body as received, for "Show raw response" and "Download raw JSON". */
  rawBody: string | null;
  /** Ask again, e.g. after an administrator fixed the site data. */
  onRetry?: () => void;
}

// The words of every code's help load with it, not with the app.
const ProblemTypeHelp = lazy(() => import('./ProblemTypeHelp'));

const NO_FILTER: ProblemsFilter = { text: '', hidden: [] };

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

/** The 422 screen: why the topology cannot be assembled, issue by issue, in the problems panel. */
export function ProblemView({ depotId, problem, rawBody, onRetry }: ProblemViewProps) {
  const headingId = useId();
  const issues = problem.errors;
  const problems = useMemo(() => problemsOfIssues(issues ?? []), [issues]);
  const [filter, setFilter] = useState(NO_FILTER);
  const chosen = useUrlParam('problem');
  const selected = chosen !== null && chosen < problems.length ? chosen : null;
  const choose = useCallback((p: Problem) => navigate({ problem: p.position }, 'replace'), []);
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
        {problem.type && (
          <>
            {' '}
            · Problem type <a href="#problem-help">{problem.type}</a>
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
        // Whatever the list meets in the issues, the title, detail and raw body above and below stay.
        <ErrorBoundary label="The list of blocking issues" resetKey={problem}>
          <ProblemsPanel
            problems={problems}
            filter={filter}
            onFilterChange={setFilter}
            selected={selected}
            onChoose={choose}
            copyText={() => problemAsText(problem, depotId, problems)}
            download={rawBody === null ? null : { fileName: `${safeFileName(problem.depot_id ?? depotId)}-problem.json`, body: () => rawBody }}
            headingLevel={3}
            emptyText="The server listed no issues."
          />
        </ErrorBoundary>
      )}
      <div className="problem-actions">
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Check again
          </button>
        )}
      </div>
      <RawResponse body={rawBody} />
      {issues !== null && issues.length > 0 && (
        <ErrorBoundary label="The help for these problems" resetKey={problem}>
          <Suspense fallback={null}>
            <ProblemTypeHelp codes={issues.map((i) => i.code)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </section>
  );
}
