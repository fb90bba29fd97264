/**
 * The topology as a React Flow graph: a tidy tree, collapsible, with minimap, zoom controls and a
 * legend. Selection is controlled by the `selectedId` prop; the graph reports choices via `onSelect`.
 */
import '@xyflow/react/dist/style.css';
import './graph.css';
import { useCallback, useEffect, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import {
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type NodeMouseHandler,
  type NodeTypes,
} from '@xyflow/react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import { buildFlowEdges, buildFlowNodes, withSelection, type TopologyFlowNode } from './flow-elements';
import { GraphActionsContext, type GraphActions } from './graph-actions';
import { GraphLegend } from './GraphLegend';
import { layoutTree } from './layout';
import { TopologyNode } from './TopologyNode';
import { useCollapsed } from './use-collapsed';
import { useViewFollowsSelection } from './use-view-follows-selection';

// Module scope: a new object on each render would make React Flow remount every node.
const NODE_TYPES: NodeTypes = { topology: TopologyNode };

const NODE_HELP = 'Press Enter or Space to select a node, Escape to clear the selection. A node with children has a button to show or hide them.';
/** React Flow's own wording, in the app's sentence case and without the editing hints it cannot use. */
const ARIA_LABELS = {
  'node.a11yDescription.default': NODE_HELP,
  'node.a11yDescription.keyboardDisabled': NODE_HELP,
  'controls.ariaLabel': 'Zoom controls',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Fit view',
  'minimap.ariaLabel': 'Minimap',
} as const;

const FIT_VIEW_OPTIONS = { padding: 0.1 };

/** Above this many drawn nodes, React Flow renders only what is inside the viewport. */
const VIEWPORT_CULLING_THRESHOLD = 300;

const KIND_COLOURS: Record<string, string> = {
  MICROGRID: 'var(--kind-microgrid)',
  GRID_CONNECTION: 'var(--kind-grid-connection)',
  CIRCUIT: 'var(--kind-circuit)',
  CHARGE_POINT: 'var(--kind-charge-point)',
  CONNECTOR: 'var(--kind-connector)',
};
const minimapColour = (node: TopologyFlowNode): string => KIND_COLOURS[node.data.kind] ?? 'var(--kind-unknown)';

interface Props {
  index: TopologyIndex;
  selectedId: NodeId | null;
  onSelect: (id: NodeId | null) => void;
}

export function TopologyGraph(props: Props): JSX.Element {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
}

function GraphCanvas({ index, selectedId, onSelect }: Props): JSX.Element {
  const [collapsed, toggle] = useCollapsed(index, selectedId);
  const layout = useMemo(() => layoutTree(index, collapsed), [index, collapsed]);
  const baseNodes = useMemo(() => buildFlowNodes(index, layout, collapsed), [index, layout, collapsed]);
  const edges = useMemo(() => buildFlowEdges(layout), [layout]);
  const nodes = useMemo(() => withSelection(baseNodes, selectedId), [baseNodes, selectedId]);
  const actions = useMemo<GraphActions>(() => ({ toggle }), [toggle]);
  // Low enough to fit the whole drawn tree in a few hundred pixels.
  const minZoom = Math.max(0.0005, Math.min(0.1, 400 / Math.max(layout.width, layout.height, 1)));

  const [ready, setReady] = useState(false);
  const chosenHereRef = useRef<NodeId | null>(null);
  useViewFollowsSelection({ ready, index, layout, selectedId, chosenHereRef, minZoom });

  const select = useCallback(
    (id: NodeId | null) => {
      chosenHereRef.current = id;
      onSelect(id);
    },
    [onSelect],
  );
  const onNodeClick = useCallback<NodeMouseHandler<TopologyFlowNode>>((_, node) => select(node.id as NodeId), [select]);
  const onPaneClick = useCallback(() => select(null), [select]);

  // Keyboard selection is handled here, before React Flow's own node handler, so that Enter and
  // Space always select and Escape always clears, whatever React Flow's internal state holds.
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>): void => {
    const target = event.target as HTMLElement;
    const nodeElement = target.closest<HTMLElement>('.react-flow__node');
    if (event.key === 'Escape') {
      if (target.closest('.graph-legend')) return;
      event.stopPropagation();
      if (selectedId !== null) select(null);
      return;
    }
    if ((event.key === 'Enter' || event.key === ' ') && nodeElement) {
      event.stopPropagation();
      if (nodeElement !== target) return; // a button inside the node keeps its own activation
      event.preventDefault();
      const id = nodeElement.dataset.id;
      if (id !== undefined) select(id as NodeId);
    }
  };

  // React Flow wraps each edge in its own <svg>, which browsers expose as an unnamed image: a
  // hundred "image" stops for a screen reader. The lines only restate the tree every node label
  // already says, so the whole edge layer is hidden from assistive technology.
  const canvasRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    canvasRef.current?.querySelector('.react-flow__edges')?.setAttribute('aria-hidden', 'true');
  }, [edges]);

  if (layout.visible.length === 0) {
    return <p className="graph-empty">This topology has no nodes to draw.</p>;
  }

  return (
    <GraphActionsContext.Provider value={actions}>
      <div className="topology-graph" ref={canvasRef} onKeyDownCapture={onKeyDownCapture}>
        <ReactFlow<TopologyFlowNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onInit={() => setReady(true)}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable
          edgesFocusable={false}
          elementsSelectable
          selectNodesOnDrag={false}
          deleteKeyCode={null}
          selectionKeyCode={null}
          multiSelectionKeyCode={null}
          onlyRenderVisibleElements={layout.visible.length > VIEWPORT_CULLING_THRESHOLD}
          minZoom={minZoom}
          maxZoom={2}
          aria-label="Topology graph canvas"
          ariaLabelConfig={ARIA_LABELS}
        >
          <MiniMap<TopologyFlowNode> nodeColor={minimapColour} pannable zoomable />
          <Controls showInteractive={false} fitViewOptions={FIT_VIEW_OPTIONS} />
          <Panel position="top-left" className="graph-legend-panel">
            <GraphLegend />
          </Panel>
        </ReactFlow>
      </div>
    </GraphActionsContext.Provider>
  );
}
