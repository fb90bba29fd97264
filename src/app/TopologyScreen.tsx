import { Suspense, useId, useMemo } from 'react';
import { buildTopologyIndex, type MicrogridTopology, type NodeId } from '../domain/topology';
import { DetailsPanel } from '../features/details';
import { TopologyProblems } from '../features/problems';
import { NodeSearch } from '../features/search';
import { LegacyNote, SummaryBar } from '../features/summary';
import { TopologyTree } from '../features/tree-view';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { useSelectionSync, useViewStoreFor, ViewStoreContext } from '../view';
import { LazyTopologyGraph } from './lazy-graph';
import { useWorkspaceTabs, WorkspaceTabs } from './workspace-tabs';

interface Props {
  topology: MicrogridTopology;
  /** The node named in the URL, which may not exist in this topology. */
  nodeParam: string | null;
  onSelect: (id: NodeId | null) => void;
}

/**
 * A loaded topology: summary, the three-column workspace and the problems panel, sharing one view store.
 * The URL's node and the store's selection are kept in step both ways.
 */
export function TopologyScreen({ topology, nodeParam, onSelect }: Props) {
  const index = useMemo(() => buildTopologyIndex(topology), [topology]);
  const urlSelected = nodeParam !== null && index.nodes.has(nodeParam as NodeId) ? (nodeParam as NodeId) : null;
  const store = useViewStoreFor(index, urlSelected);
  useSelectionSync(store, urlSelected, onSelect);
  const ids = useId();
  const tabs = useWorkspaceTabs();
  const unknownNode = nodeParam !== null && urlSelected === null ? nodeParam : null;
  return (
    <ViewStoreContext.Provider value={store}>
      <div className="topology-screen">
        <nav className="skip-links" aria-label="Skip links">
          <a href={`#${ids}-graph`}>Skip to graph</a>
          <a href={`#${ids}-details`}>Skip to details</a>
        </nav>
        {/* Each part behind its own boundary: whatever escapes one, the others stay. */}
        <ErrorBoundary label="The summary" resetKey={index}>
          <SummaryBar index={index} />
          {topology.usable_power_calculation_version < 3 && <LegacyNote version={topology.usable_power_calculation_version} />}
        </ErrorBoundary>
        <div className="workspace">
          {tabs.phone && <WorkspaceTabs idBase={ids} tab={tabs.tab} onChange={tabs.setTab} />}
          <aside id={`${ids}-tree`} className="workspace-tree" aria-label="Topology tree" {...tabs.panelProps('tree')}>
            <ErrorBoundary label="Search" resetKey={index}>
              <NodeSearch />
            </ErrorBoundary>
            <ErrorBoundary label="The topology tree" resetKey={index}>
              <TopologyTree />
            </ErrorBoundary>
          </aside>
          <section id={`${ids}-graph`} tabIndex={-1} className="workspace-graph" aria-label="Topology graph" {...tabs.panelProps('graph')}>
            <ErrorBoundary label="The topology graph" resetKey={index}>
              <Suspense fallback={<p className="graph-loading" role="status">Loading the graph…</p>}>
                <LazyTopologyGraph />
              </Suspense>
            </ErrorBoundary>
          </section>
          <aside id={`${ids}-details`} tabIndex={-1} className="workspace-details" aria-label="Details" {...tabs.panelProps('details')}>
            <ErrorBoundary label="The details panel" resetKey={index}>
              <DetailsPanel unknownNode={unknownNode} onClearUnknown={() => onSelect(null)} />
            </ErrorBoundary>
          </aside>
        </div>
        <ErrorBoundary label="The problems" resetKey={index}>
          <TopologyProblems />
        </ErrorBoundary>
      </div>
    </ViewStoreContext.Provider>
  );
}
