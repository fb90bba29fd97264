/**
 * The problems panel of a loaded topology: its structural defects and warnings. Choosing one
 * selects its node (and so reveals it in the graph and the tree) and puts `problem=` in the URL.
 */
import { memo, useCallback, useMemo } from 'react';
import { displayName, problemsOfTopology, type Problem } from '../../domain/topology';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { navigate, selectProblemsFolded, useUrlParam, useViewState, useViewStore, type ProblemsFilter, type ViewState } from '../../view';
import { safeFileName } from '../../ui/download';
import { warningsAsText } from './issues-text';
import { ProblemsPanel } from './ProblemsPanel';

const selectFilter = (state: ViewState): ProblemsFilter => state.problemsFilter;

function TopologyProblemsPanel() {
  const view = useViewStore();
  const { index } = view;
  const problems = useMemo(() => problemsOfTopology(index), [index]);
  const filter = useViewState(selectFilter);
  const folded = useViewState(selectProblemsFolded);
  const problem = useUrlParam('problem');
  const selected = problem !== null && problem < problems.length ? problem : null;

  const choose = useCallback(
    (chosen: Problem) => {
      if (chosen.nodeId !== null) view.select(chosen.nodeId);
      // After the selection has reached the URL (it is reported in a microtask), so that both
      // land on the same history entry.
      queueMicrotask(() => navigate({ problem: chosen.position }, 'replace'));
    },
    [view],
  );
  const pathOf = useCallback(
    (p: Problem): string | null => {
      if (p.nodeId === null) return null;
      const above = index.pathTo(p.nodeId).slice(0, -1);
      return above.length === 0 ? null : above.map((id) => displayName(index.nodes.get(id)!)).join(' › ');
    },
    [index],
  );

  return (
    <ProblemsPanel
      problems={problems}
      filter={filter}
      onFilterChange={view.setProblemsFilter}
      selected={selected}
      onChoose={choose}
      pathOf={pathOf}
      copyText={() => warningsAsText(index, problems)}
      download={{ fileName: `${safeFileName(index.topology.depot_id)}-microgrid.json`, body: () => `${JSON.stringify(index.topology, null, 2)}\n` }}
      headingLevel={2}
      emptyText="No problems: no warnings and no structural errors."
      folded={folded}
      onFoldChange={view.setProblemsFolded}
    />
  );
}

/** Below the workspace; a failure here leaves the rest of the screen working. */
export const TopologyProblems = memo(function TopologyProblems() {
  const { index } = useViewStore();
  const folded = useViewState(selectProblemsFolded);
  const empty = index.topology.warnings.length === 0 && index.diagnostics.length === 0;
  // A fixed height when there is a list: the graph above keeps its size (and the node it centred)
  // when the list arrives, which it does a moment later.
  return (
    <div className="topology-problems" data-empty={empty} data-folded={folded}>
      <ErrorBoundary label="The problems panel" resetKey={index}>
        <TopologyProblemsPanel />
      </ErrorBoundary>
    </div>
  );
});
