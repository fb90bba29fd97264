/**
 * The topology as a React Flow graph: a tidy tree, collapsible, with minimap, zoom controls and a
 * legend. Selection and expansion live in the view store, shared with the other views.
 */
import '@xyflow/react/dist/style.css';
import './graph.css';
import { useCallback, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import {
  Controls,
  MiniMap,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
} from '@xyflow/react';
import type { NodeId } from '../../domain/topology';
import { selectExpanded, selectSelectedId, useViewState, useViewStore } from '../../view';
import { buildFlowEdges, buildFlowNodes, withSelection, type TopologyFlowNode } from './flow-elements';
import { GraphActionsContext, type GraphActions } from './graph-actions';
import { GraphLegend } from './GraphLegend';
import { collapsedOutside, foldAnchors, isFoldId, layoutTree } from './layout';
import { TopologyNode } from './TopologyNode';
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
const VIEWPORT_CULLING_THRESHOLD = 150;

const KIND_COLOURS: ReadonlyMap<string, string> = new Map([
  ['MICROGRID', 'var(--kind-microgrid)'],
  ['GRID_CONNECTION', 'var(--kind-grid-connection)'],
  ['CIRCUIT', 'var(--kind-circuit)'],
  ['CHARGE_POINT', 'var(--kind-charge-point)'],
  ['CONNECTOR', 'var(--kind-connector)'],
]);
const minimapColour = (node: TopologyFlowNode): string => KIND_COLOURS.get(node.data.kind) ?? 'var(--kind-unknown)';

export function TopologyGraph(): JSX.Element {
  return (
    <ReactFlowProvider>
      <GraphCanvas />
    </ReactFlowProvider>
  );
}

function GraphCanvas(): JSX.Element {
  const store = useViewStore();
  const { index } = store;
  const expanded = useViewState(selectExpanded);
  const selectedId = useViewState(selectSelectedId);
  const previewOn = useViewState((state) => state.allocation !== null);
  const collapsed = useMemo(() => collapsedOutside(expanded), [expanded]);
  // Which window of a huge sibling group is drawn follows the selection; the key keeps the layout
  // (and every node) as it is while the selection moves outside such groups.
  const anchorKey = useMemo(() => JSON.stringify([...foldAnchors(index, selectedId)]), [index, selectedId]);
  const anchors = useMemo(() => new Map(JSON.parse(anchorKey) as Array<[NodeId, NodeId]>), [anchorKey]);
  const layout = useMemo(() => layoutTree(index, collapsed, anchors), [index, collapsed, anchors]);
  const baseNodes = useMemo(() => buildFlowNodes(index, layout, collapsed), [index, layout, collapsed]);
  const edges = useMemo(() => buildFlowEdges(layout), [layout]);
  const nodes = useMemo(() => withSelection(baseNodes, selectedId), [baseNodes, selectedId]);
  const actions = useMemo<GraphActions>(() => ({ toggle: store.toggle }), [store]);
  // Low enough to fit the whole drawn tree in a few hundred pixels.
  const minZoom = Math.max(0.0005, Math.min(0.1, 400 / Math.max(layout.width, layout.height, 1)));

  const [ready, setReady] = useState(false);
  const chosenHereRef = useRef<NodeId | null>(null);
  useViewFollowsSelection({ ready, index, layout, selectedId, chosenHereRef, minZoom });

  const select = useCallback(
    (id: NodeId | null) => {
      chosenHereRef.current = id;
      store.select(id);
    },
    [store],
  );
  const onNodeClick = useCallback<NodeMouseHandler<TopologyFlowNode>>(
    (_, node) => {
      if (!isFoldId(node.id)) select(node.id as NodeId);
    },
    [select],
  );
  const onPaneClick = useCallback(() => select(null), [select]);
  // React Flow's own keyboard handling: Enter or Space on a focused node selects it, Escape on the
  // selected node unselects it. The nodes are controlled, so its choices arrive here as changes.
  const onNodesChange = useCallback(
    (changes: NodeChange<TopologyFlowNode>[]) => {
      for (const change of changes) {
        if (change.type !== 'select') continue;
        if (change.selected) select(change.id as NodeId);
        else if (change.id === store.getState().selectedId) select(null);
      }
    },
    [select, store],
  );
  // Escape anywhere else in the graph (the pane, a control) clears the selection too.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    if (event.target instanceof Element && event.target.closest('.graph-legend')) return;
    select(null);
  };

  if (layout.visible.length === 0) {
    return <p className="graph-empty">This topology has no nodes to draw.</p>;
  }

  return (
    <GraphActionsContext.Provider value={actions}>
      <div className="topology-graph" onKeyDown={onKeyDown}>
        <ReactFlow<TopologyFlowNode>
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          onInit={() => setReady(true)}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onNodesChange={onNodesChange}
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
            <GraphLegend preview={previewOn} />
          </Panel>
        </ReactFlow>
      </div>
    </GraphActionsContext.Provider>
  );
}
