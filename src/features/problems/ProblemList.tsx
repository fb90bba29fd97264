/**
 * The grouped list of problems. Short lists are drawn whole; long ones (a depot can carry tens of
 * thousands of warnings) are windowed with @tanstack/react-virtual: only the rows in view, and a
 * few around them, are in the page, in one block moved to where they belong. Group headings and
 * rows are rows alike, so a group's heading scrolls with it.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { createElement, memo, useLayoutEffect, useMemo, useRef } from 'react';
import type { Problem, ProblemGroup } from '../../domain/topology';
import { ProblemRow } from './ProblemRow';

/** Up to this many rows the list is drawn whole: no windowing to get wrong for a short list. */
const DRAWN_WHOLE_UP_TO = 150;
const HEAD_ESTIMATE_PX = 36;
const ROW_ESTIMATE_PX = 110;

type Row = { kind: 'group'; group: ProblemGroup } | { kind: 'problem'; problem: Problem; group: ProblemGroup };

function rowsOf(groups: readonly ProblemGroup[]): Row[] {
  const rows: Row[] = [];
  for (const group of groups) {
    rows.push({ kind: 'group', group });
    for (const problem of group.problems) rows.push({ kind: 'problem', problem, group });
  }
  return rows;
}

interface Segment {
  group: ProblemGroup;
  head: number | null;
  items: number[];
}

/** The drawn rows cut where the group changes, so each group's rows sit in a list of their own. */
function segmentsOf(rows: readonly Row[], drawn: readonly number[]): Segment[] {
  const segments: Segment[] = [];
  for (const i of drawn) {
    const row = rows[i]!;
    const last = segments[segments.length - 1];
    if (row.kind === 'group') segments.push({ group: row.group, head: i, items: [] });
    else if (last && last.group === row.group) last.items.push(i);
    else segments.push({ group: row.group, head: null, items: [i] });
  }
  return segments;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

interface Props {
  groups: readonly ProblemGroup[];
  selected: number | null;
  onChoose: (problem: Problem) => void;
  pathOf: (problem: Problem) => string | null;
  /** The level of the group headings. */
  headingLevel: 3 | 4;
}

// Memoised: a keystroke in the filter box re-renders the panel at once, the list only when its groups change.
export const ProblemList = memo(function ProblemList({ groups, selected, onChoose, pathOf, headingLevel }: Props) {
  const rows = useMemo(() => rowsOf(groups), [groups]);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const windowed = rows.length > DRAWN_WHOLE_UP_TO;
  const virtualizer = useVirtualizer({
    count: windowed ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === 'group' ? HEAD_ESTIMATE_PX : ROW_ESTIMATE_PX),
    // A row not laid out yet measures 0; its estimate is a better guess than nothing.
    measureElement: (el) => el.getBoundingClientRect().height || (el.tagName === 'LI' ? ROW_ESTIMATE_PX : HEAD_ESTIMATE_PX),
    overscan: 4,
    // Rows measured as they mount would each re-render the list synchronously; batched, a scroll
    // that brings a dozen new rows re-renders it once.
    useFlushSync: false,
  });
  const virtualItems = windowed ? virtualizer.getVirtualItems() : null;
  const drawn = virtualItems ? virtualItems.map((v) => v.index) : rows.map((_, i) => i);
  const segments = segmentsOf(rows, drawn);
  const measure = windowed ? virtualizer.measureElement : undefined;

  // The chosen problem is brought into view, however it was chosen (a click, F8, a link).
  const selectedRow = useMemo(
    () => (selected === null ? -1 : rows.findIndex((r) => r.kind === 'problem' && r.problem.position === selected)),
    [rows, selected],
  );
  useLayoutEffect(() => {
    if (selectedRow < 0) return;
    if (windowed) virtualizer.scrollToIndex(selectedRow, { align: 'auto' });
    else scrollRef.current?.querySelector(`[data-index="${selectedRow}"]`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedRow, windowed, virtualizer]);

  return (
    <div ref={scrollRef} className="problems-scroll" data-windowed={windowed || undefined}>
      <div style={windowed ? { height: virtualizer.getTotalSize(), position: 'relative' } : undefined}>
        <div
          style={
            windowed
              ? { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${virtualItems?.[0]?.start ?? 0}px)` }
              : undefined
          }
        >
          {segments.map((segment) => (
            <div key={`${segment.group.key}\u0000${segment.head ?? segment.items[0]}`} className="problem-group">
              {segment.head !== null &&
                createElement(
                  `h${headingLevel}`,
                  { className: 'problem-group-head', 'data-index': segment.head, ref: measure, 'data-severity': segment.group.severity },
                  segment.group.title,
                  ' ',
                  <span className="problem-group-count">({plural(segment.group.problems.length, 'problem')})</span>,
                )}
              {segment.items.length > 0 && (
                <ul className="issue-list problem-items" aria-label={`${segment.group.title}: ${plural(segment.group.problems.length, 'problem')}`}>
                  {segment.items.map((i) => {
                    const row = rows[i] as Extract<Row, { kind: 'problem' }>;
                    return (
                      <ProblemRow
                        key={row.problem.position}
                        index={i}
                        measure={measure}
                        problem={row.problem}
                        path={pathOf(row.problem)}
                        selected={row.problem.position === selected}
                        onChoose={onChoose}
                      />
                    );
                  })}
                </ul>
              )}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
});
