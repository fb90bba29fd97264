/**
 * The problems panel: a 422's errors, or a 200's structural defects and warnings, counted by
 * severity, grouped by code or by record, filtered, and never cut silently (it always says how
 * many it shows of how many). Choosing a problem, by click or by F8, hands it to `onChoose`.
 * The region and its counts draw at once; the list loads lazily, with the windowing it needs.
 */
import { createElement, lazy, Suspense, useId, useMemo } from 'react';
import { severityCounts, type Problem } from '../../domain/topology';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import type { ProblemsFilter } from '../../view';
import './problems.css';

const ProblemsBody = lazy(() => import('./ProblemsBody'));

export interface ProblemsPanelProps {
  problems: readonly Problem[];
  filter: ProblemsFilter;
  onFilterChange: (filter: ProblemsFilter) => void;
  /** The chosen problem's position, or null. */
  selected: number | null;
  onChoose: (problem: Problem) => void;
  /** Where a problem's record sits in the tree on screen ("Microgrid › Main incomer"), if it does. */
  pathOf?: (problem: Problem) => string | null;
  /** The text "Copy issues" copies, written only when asked. */
  copyText: () => string;
  /** The answer as received, for "Download raw JSON". */
  download: { fileName: string; body: () => string } | null;
  headingLevel: 2 | 3;
  emptyText: string;
  /** With `onFoldChange`: the list can be folded away, leaving the heading and the counts. */
  folded?: boolean;
  onFoldChange?: (folded: boolean) => void;
}

const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function ProblemsPanel(props: ProblemsPanelProps) {
  const { problems, headingLevel, emptyText, folded = false, onFoldChange } = props;
  const headingId = useId();
  const bodyId = `${headingId}-body`;
  const foldable = onFoldChange !== undefined && problems.length > 0;
  const shown = !(foldable && folded);
  const totals = useMemo(() => severityCounts(problems), [problems]);
  return (
    <section className="problems-panel" aria-labelledby={headingId}>
      <div className="problems-head">
        {createElement(`h${headingLevel}`, { id: headingId }, 'Problems')}
        <span className="problems-counts">
          {problems.length === 0 ? 'none' : `${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}`}
        </span>
        {foldable && (
          <button type="button" className="problems-fold" aria-expanded={shown} aria-controls={bodyId} onClick={() => onFoldChange(shown)}>
            {shown ? 'Hide the list' : 'Show the list'}
          </button>
        )}
      </div>
      {problems.length === 0 ? (
        <p className="no-warnings">{emptyText}</p>
      ) : !shown ? null : (
        <div id={bodyId} className="problems-body">
          <ErrorBoundary label="The problem list" resetKey={problems}>
            <Suspense fallback={<p role="status">Loading the list of {count(problems.length, 'problem')}…</p>}>
              <ProblemsBody {...props} totals={totals} />
            </Suspense>
          </ErrorBoundary>
        </div>
      )}
    </section>
  );
}
