/**
 * The problems panel: a 422's errors, or a 200's structural defects and warnings, counted by
 * severity, grouped by code or by record, filtered, and never cut silently (it always says how
 * many it shows of how many). Choosing a problem, by click or by F8, hands it to `onChoose`.
 */
import { createElement, useDeferredValue, useId, useMemo, useState } from 'react';
import { filterProblems, groupProblems, listOrder, severityCounts, type GroupBy, type Problem } from '../../domain/topology';
import type { ProblemsFilter } from '../../view';
import { CopyIssuesButton } from './CopyIssuesButton';
import { downloadText } from './download';
import { ProblemList } from './ProblemList';
import { useProblemKeys } from './use-problem-keys';
import './problems.css';

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
}

const noPath = () => null;
const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function toggled(hidden: readonly string[], severity: string, show: boolean): readonly string[] {
  const rest = hidden.filter((s) => s !== severity);
  return show ? rest : [...rest, severity].sort();
}

export function ProblemsPanel(props: ProblemsPanelProps) {
  const { problems, filter, onFilterChange, selected, onChoose, pathOf = noPath, copyText, download, headingLevel, emptyText } = props;
  const headingId = useId();
  const [groupBy, setGroupBy] = useState<GroupBy>('code');
  // Typing stays instant on a long list: the list follows the box a moment later if it must.
  const deferredFilter = useDeferredValue(filter);
  const totals = useMemo(() => severityCounts(problems), [problems]);
  const shown = useMemo(() => filterProblems(problems, deferredFilter), [problems, deferredFilter]);
  const groups = useMemo(() => groupProblems(shown, groupBy), [shown, groupBy]);
  const order = useMemo(() => listOrder(groups), [groups]);
  useProblemKeys(order, selected, onChoose);

  const at = selected === null ? -1 : order.findIndex((p) => p.position === selected);
  const chosen = at === -1 ? null : order[at]!;
  const hidden = new Set(filter.hidden);

  return (
    <section className="problems-panel" aria-labelledby={headingId}>
      <div className="problems-head">
        {createElement(`h${headingLevel}`, { id: headingId }, 'Problems')}
        <span className="problems-counts">
          {problems.length === 0 ? 'none' : `${count(totals.error, 'error')}, ${count(totals.warning, 'warning')}`}
        </span>
      </div>
      {problems.length === 0 ? (
        <p className="no-warnings">{emptyText}</p>
      ) : (
        <>
          <div className="problems-toolbar" role="group" aria-label="Problem list options">
            <input
              type="search"
              aria-label="Filter problems"
              placeholder="Filter by code, record, message or pointer"
              value={filter.text}
              onChange={(e) => onFilterChange({ ...filter, text: e.target.value })}
            />
            {(['error', 'warning'] as const).map((severity) => (
              <label key={severity} className="problems-severity">
                <input
                  type="checkbox"
                  checked={!hidden.has(severity)}
                  onChange={(e) => onFilterChange({ ...filter, hidden: toggled(filter.hidden, severity, e.target.checked) })}
                />
                {severity === 'error' ? 'Errors' : 'Warnings'} ({totals[severity].toLocaleString('en-US')})
              </label>
            ))}
            <label className="problems-group-by">
              Group by{' '}
              <select value={groupBy} onChange={(e) => setGroupBy(e.target.value === 'record' ? 'record' : 'code')}>
                <option value="code">Code</option>
                <option value="record">Record</option>
              </select>
            </label>
            <CopyIssuesButton text={copyText} />
            {download && (
              <button type="button" onClick={() => downloadText(download.fileName, download.body())}>
                Download raw JSON
              </button>
            )}
          </div>
          <p className="problems-shown" role="status">
            Showing {shown.length.toLocaleString('en-US')} of {count(problems.length, 'problem')}
            {groups.length > 0 && ` in ${count(groups.length, groupBy === 'code' ? 'code' : 'record')}`}.
            {order.length > 0 && ' F8 and Shift+F8 step through them.'}
          </p>
          <p className="visually-hidden" aria-live="polite">
            {chosen && `Problem ${at + 1} of ${order.length}: ${chosen.code}. ${chosen.message}`}
          </p>
          <ProblemList groups={groups} selected={selected} onChoose={onChoose} pathOf={pathOf} headingLevel={headingLevel === 2 ? 3 : 4} />
        </>
      )}
    </section>
  );
}
