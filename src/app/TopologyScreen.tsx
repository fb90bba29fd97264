import { useMemo } from 'react';
import { buildTopologyIndex, type MicrogridTopology, type NodeId } from '../domain/topology';
import { NodeDetails } from '../features/details/NodeDetails';
import { TopologyGraph } from '../features/graph/TopologyGraph';
import { NodeSearch } from '../features/search/NodeSearch';
import { TopologyTree } from '../features/tree-view/TopologyTree';
import { ErrorBoundary } from './ErrorBoundary';
import { LegacyNote, SummaryBar } from './SummaryBar';
import { WarningsRegion } from './WarningsRegion';

interface Props {
  topology: MicrogridTopology;
  /** The node named in the URL, which may not exist in this topology. */
  nodeParam: string | null;
  onSelect: (id: NodeId | null) => void;
}

function DetailsHint({ unknownNode, onClear }: { unknownNode: string | null; onClear: () => void }) {
  if (unknownNode === null) return <p className="details-hint">Select a node in the tree or the graph to see its details.</p>;
  return (
    <div className="details-hint" role="note">
      <p>
        There is no node <code>{unknownNode}</code> in this topology. It may have been removed or renamed since the link was
        made.
      </p>
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}

/** A loaded topology: summary, the three-column workspace and the warnings. */
export function TopologyScreen({ topology, nodeParam, onSelect }: Props) {
  const index = useMemo(() => buildTopologyIndex(topology), [topology]);
  const selectedId = nodeParam !== null && index.nodes.has(nodeParam as NodeId) ? (nodeParam as NodeId) : null;
  const unknownNode = nodeParam !== null && selectedId === null ? nodeParam : null;
  return (
    <div className="topology-screen">
      <SummaryBar index={index} />
      {topology.usable_power_calculation_version < 3 && <LegacyNote version={topology.usable_power_calculation_version} />}
      <div className="workspace">
        <aside className="workspace-tree" aria-label="Topology tree">
          <ErrorBoundary label="Search" resetKey={index}>
            <NodeSearch index={index} onSelect={onSelect} />
          </ErrorBoundary>
          <ErrorBoundary label="The topology tree" resetKey={index}>
            <TopologyTree index={index} selectedId={selectedId} onSelect={onSelect} />
          </ErrorBoundary>
        </aside>
        <section className="workspace-graph" aria-label="Topology graph">
          <ErrorBoundary label="The topology graph" resetKey={index}>
            <TopologyGraph index={index} selectedId={selectedId} onSelect={onSelect} />
          </ErrorBoundary>
        </section>
        <aside className="workspace-details" aria-label="Details">
          <ErrorBoundary label="The details panel" resetKey={selectedId}>
            {selectedId !== null ? (
              <NodeDetails index={index} nodeId={selectedId} onSelect={onSelect} />
            ) : (
              <DetailsHint unknownNode={unknownNode} onClear={() => onSelect(null)} />
            )}
          </ErrorBoundary>
        </aside>
      </div>
      <WarningsRegion index={index} onSelect={onSelect} />
    </div>
  );
}
