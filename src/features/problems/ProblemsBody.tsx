/**
 * The problems panel's body, loaded lazily (it brings the windowed list): options, the count of
 * what is shown, the grouped list, and F8 / Shift+F8.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import { narrowingFilter } from './narrowing-filter';
import { groupProblems, listOrder, type GroupBy, type SeverityCounts } from '../../domain/topology';
import { downloadText } from '../../ui/download';
import { CopyIssuesButton } from './CopyIssuesButton';
import { ProblemList } from './ProblemList';
import type { ProblemsPanelProps } from './ProblemsPanel';
import { useProblemKeys } from './use-problem-keys';

const noPath = () => null;
const count = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

function toggled(hidden: readonly string[], severity: string, show: boolean): readonly string[] {
  const rest = hidden.filter((s) => s !== severity);
  return show ? rest : [...rest, severity].sort();
}

export default function ProblemsBody(props: ProblemsPanelProps & { totals: SeverityCounts }) {
  const { problems, totals, filter, onFilterChange, selected, onChoose, pathOf = noPath, copyText, download, headingLevel } = props;
  const [groupBy, setGroupBy] = useState<GroupBy>('code');
  // Typing stays instant on a long list: the list follows the box a moment later if it must.
  const deferredFilter = useDeferredValue(filter);
  const shown = useMemo(() => narrowingFilter(problems, deferredFilter), [problems, deferredFilter]);
  // The whole list's grouping is kept apart: clearing the filter returns to it at no cost.
  const allGroups = useMemo(() => groupProblems(problems, groupBy), [problems, groupBy]);
  const groups = useMemo(() => (shown === problems ? allGroups : groupProblems(shown, groupBy)), [shown, problems, allGroups, groupBy]);
  const order = useMemo(() => listOrder(groups), [groups]);
  useProblemKeys(order, selected, onChoose);

  const at = selected === null ? -1 : order.findIndex((p) => p.position === selected);
  const chosen = at === -1 ? null : order[at]!;
  const hidden = new Set(filter.hidden);

  return (
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
  );
}
