/**
 * The topology as a React Flow graph: a tidy tree, collapsible, with minimap, zoom controls and a
 * legend. Selection and expansion live in the view store, shared with the other views.
 */
import '@xyflow/react/dist/style.css';
import './graph.css';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type JSX, type KeyboardEvent } from 'react';
import { ReactFlow, ReactFlowProvider, useReactFlow, useStoreApi, type NodeChange, type NodeMouseHandler, type NodeTypes } from '@xyflow/react';
import { ancestorsOf, type NodeId, type TopologyIndex } from '../../domain/topology';
import { readStoredView, selectExpanded, selectSelectedId, useSameTree, useViewState, useViewStore } from '../../view';
import { buildFlowEdges, buildFlowNodes, withSelection, type FlowNodesBuilt, type TopologyFlowNode } from './flow-elements';
import { GraphActionsContext, type GraphActions } from './graph-actions';
import { drawnTree, graphKeyAction, normalisedKey, topologyOrder, typeAheadMatch, TypeAhead } from './graph-keys';
import { LegendPanel, MinimapPanel } from './GraphOverlays';
import { collapsedOutside, FOLD_KIND, foldAnchors, foldParentOf, isFoldId, layoutTree, nodeSizeOf, type Collapsed, type TreeLayout } from './layout';
import { paintsEdges } from './lod';
import { OverviewCanvas } from './OverviewCanvas';
import { TopologyNode } from './TopologyNode';
import { useGraphFocus, useRovingState } from './use-graph-focus';
import { NO_EDGES, NO_NODES, useDetailLevel, useMoveView } from './use-move-view';
import { useNodesHandOver } from './use-nodes-hand-over';
import { useRememberViewport } from './use-remember-viewport';
import { useViewFollowsSelection } from './use-view-follows-selection';
import { ZoomControls } from './ZoomControls';

// Module scope: a new object on each render would make React Flow remount every node.
const NODE_TYPES: NodeTypes = { topology: TopologyNode };

const NODE_HELP =
  'Arrow keys move between nodes: left to the parent, right to the first child, up and down between siblings; ' +
  'Home and End to the first and last sibling. Enter or Space selects, Escape clears the selection, ' +
  'plus and minus show and hide the children. Type a name or an OCPP id to go to it.';
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

/** Above this many drawn nodes, React Flow renders only what is inside the viewport. */
const VIEWPORT_CULLING_THRESHOLD = 150;

export interface TopologyGraphProps {
  /** The id of the details panel: a link after the nodes skips the graph's panels to it. */
  detailsId?: string;
  /** Keep the view (zoom and position) for the next visit, under this depot id; null keeps nothing. */
  rememberAs?: string | null;
}

export const TopologyGraph = memo(function TopologyGraph(props: TopologyGraphProps): JSX.Element {
  return (
    <ReactFlowProvider>
      <GraphCanvas {...props} />
    </ReactFlowProvider>
  );
});

/** The flow nodes, built from the previous ones (see `buildFlowNodes`): an edit of a name redraws that node alone. */
function useFlowNodes(index: TopologyIndex, layout: TreeLayout, collapsed: Collapsed): TopologyFlowNode[] {
  const [built, setBuilt] = useState<FlowNodesBuilt | null>(null);
  if (built !== null && built.index === index && built.layout === layout && built.collapsed === collapsed) return built.nodes;
  // State adjusted while rendering, as React advises for a value that follows a prop.
  const next = { index, layout, collapsed, nodes: buildFlowNodes(index, layout, collapsed, built) };
  setBuilt(next);
  return next.nodes;
}

const isTypedCharacter = (key: string) => key.length === 1 && /\S/u.test(key);

function GraphCanvas({ detailsId, rememberAs = null }: TopologyGraphProps): JSX.Element {
  const store = useViewStore();
  const { index } = store;
  // The layout and the order depend on the tree alone: an edit of a name keeps them.
  const tree = useSameTree(index);
  const expanded = useViewState(selectExpanded);
  const selectedId = useViewState(selectSelectedId);
  const previewOn = useViewState((state) => state.allocation !== null);
  const collapsed = useMemo(() => collapsedOutside(expanded), [expanded]);
  const [roving, setRoving] = useRovingState(selectedId, index.roots[0] ?? null);
  // Which window of a huge sibling group is drawn follows the selection and the focused node; the
  // key keeps the layout (and every node) as it is while they move outside such groups.
  const focusAnchor = roving.wanted === null ? null : (foldParentOf(roving.wanted) ?? (roving.wanted as NodeId));
  const anchorKey = useMemo(
    () => JSON.stringify([...foldAnchors(tree, selectedId), ...foldAnchors(tree, tree.nodes.has(focusAnchor as NodeId) ? focusAnchor : null)]),
    [tree, selectedId, focusAnchor],
  );
  const anchors = useMemo(() => new Map(JSON.parse(anchorKey) as Array<[NodeId, NodeId]>), [anchorKey]);
  const layout = useMemo(() => layoutTree(tree, collapsed, anchors), [tree, collapsed, anchors]);
  const baseNodes = useFlowNodes(index, layout, collapsed);
  const edges = useMemo(() => buildFlowEdges(layout), [layout]);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { focusedId, moveFocus, onFocusIn, onFocusOut, afterViewMoved } = useGraphFocus({ index, layout, roving, setRoving, containerRef });
  const helpId = useId();
  const nodes = useMemo(
    () => withSelection(baseNodes, selectedId, { id: focusedId, describedBy: helpId }),
    [baseNodes, selectedId, focusedId, helpId],
  );
  const drawn = useMemo(() => drawnTree(layout), [layout]);
  const order = useMemo(() => topologyOrder(tree), [tree]);
  const [typeAhead] = useState(() => new TypeAhead());
  const actions = useMemo<GraphActions>(() => ({ toggle: store.toggle }), [store]);
  // Low enough to fit the whole drawn tree in a few hundred pixels.
  const minZoom = Math.max(0.0005, Math.min(0.1, 400 / Math.max(layout.width, layout.height, 1)));

  const kindOf = useCallback((id: NodeId) => (layout.folds.has(id) ? FOLD_KIND : (index.nodes.get(id)?.kind ?? '')), [index, layout]);
  const { level, shown } = useDetailLevel(layout, kindOf);
  const { move: moveView, onMove } = useMoveView(layout, kindOf, shown);
  const [ready, setReady] = useState(false);
  const chosenHereRef = useRef<NodeId | null>(null);
  const [stored] = useState(() => (rememberAs === null ? undefined : readStoredView(rememberAs).viewport));
  useViewFollowsSelection({ ready, index, layout, selectedId, chosenHereRef, minZoom, stored, move: moveView, containerRef });
  useRememberViewport(rememberAs, ready);

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
  const flow = useReactFlow<TopologyFlowNode>();
  const rf = useStoreApi<TopologyFlowNode>();
  // What React Flow mounts at this level (lod.ts): no node in the overview; no edge where the
  // canvas paints them. Nodes that leave stay one render, hidden (use-nodes-hand-over.ts).
  const painted = paintsEdges(layout, level);
  const flowNodes = useNodesHandOver(level === 'overview' ? NO_NODES : nodes) as TopologyFlowNode[];
  const flowEdges = painted ? NO_EDGES : edges;
  // Back from the overview: React Flow is handed the nodes again (useMoveView may have emptied its
  // copy while the prop stayed the same array).
  useEffect(() => {
    if (level === 'overview') return;
    const state = rf.getState();
    if (state.nodes.length === 0 && flowNodes.length > 0) {
      state.setNodes(flowNodes);
      state.setEdges(flowEdges);
    }
  }, [level, rf, flowNodes, flowEdges]);
  // At the overview level no node is mounted: a click on the canvas selects the node painted there.
  const onPaneClick = useCallback(
    (event: { clientX: number; clientY: number }) => {
      if (level !== 'overview') return select(null);
      const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      // Painted at least 2 px on a side: a little slack around each node, in flow units.
      const slack = 2 / flow.getZoom();
      for (const [id, p] of layout.positions) {
        const size = nodeSizeOf(kindOf(id));
        if (at.x < p.x - slack || at.y < p.y - slack || at.x > p.x + size.width + slack || at.y > p.y + size.height + slack) continue;
        return select(isFoldId(id) ? (foldParentOf(id) ?? null) : id);
      }
      select(null);
    },
    [level, flow, layout, kindOf, select],
  );
  // React Flow's own choices (a click on a node) arrive here as changes: the nodes are controlled.
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
  /** The keys of a focused node (see graph-keys.ts); Escape anywhere else in the graph clears too. */
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.defaultPrevented) return;
    const target = event.target instanceof Element ? event.target : null;
    const nodeElement = target?.closest<HTMLElement>('.react-flow__node');
    const id = nodeElement?.dataset.id;
    if (id === undefined) {
      if (event.key === 'Escape' && !target?.closest('.graph-legend')) select(null);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const now = performance.now();
    // While a name is being typed, Space, minus and plus are part of it.
    const typing = typeAhead.active(now);
    if (isTypedCharacter(event.key) ? typing || !['+', '-', '='].includes(event.key) : typing && event.key === ' ') {
      event.preventDefault();
      event.stopPropagation();
      const from = foldParentOf(id) ?? (id as NodeId);
      const match = typeAheadMatch(index, order, from, typeAhead.push(event.key, now));
      if (match !== null) {
        store.expandAll(ancestorsOf(index, match));
        moveFocus(match);
      }
      return;
    }
    typeAhead.reset();
    const action = graphKeyAction(normalisedKey(event.key, event.code), id, { index, layout, drawn, expanded });
    if (action === null) return;
    event.preventDefault();
    event.stopPropagation();
    switch (action.type) {
      case 'focus':
        return moveFocus(action.id);
      case 'expand':
        store.setExpanded(action.id, true);
        return action.focus === undefined ? undefined : moveFocus(action.focus);
      case 'collapse':
        return store.setExpanded(action.id, false);
      case 'reveal':
        store.expandAll(ancestorsOf(index, action.id));
        return moveFocus(action.id);
      case 'select':
        return select(action.id);
      case 'clear':
        return select(null);
    }
  };
  const onFocus = (event: FocusEvent<HTMLDivElement>) => onFocusIn(event.target);
  const onBlur = (event: FocusEvent<HTMLDivElement>) => onFocusOut(event.relatedTarget);

  if (layout.visible.length === 0) {
    return <p className="graph-empty">This topology has no nodes to draw.</p>;
  }

  return (
    <GraphActionsContext.Provider value={actions}>
      <div ref={containerRef} className="topology-graph" data-detail={level} onKeyDown={onKeyDown} onFocus={onFocus} onBlur={onBlur}>
        <p id={helpId} hidden>
          {NODE_HELP}
        </p>
        <ReactFlow<TopologyFlowNode>
          nodes={flowNodes}
          edges={flowEdges}
          nodeTypes={NODE_TYPES}
          onInit={() => setReady(true)}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onNodesChange={onNodesChange}
          onMove={onMove}
          onMoveEnd={afterViewMoved}
          nodesDraggable={false}
          nodesConnectable={false}
          nodesFocusable
          edgesFocusable={false}
          disableKeyboardA11y
          autoPanOnNodeFocus={false}
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
          {detailsId === undefined ? null : (
            // Right after the nodes in tab order: past the legend, the zoom controls and the minimap.
            <a className="graph-skip-link" href={`#${detailsId}`}>
              Skip the graph controls, go to details
            </a>
          )}
          {painted ? <OverviewCanvas index={index} layout={layout} selectedId={selectedId} nodes={level === 'overview'} /> : null}
          <MinimapPanel index={index} layout={layout} selectedId={selectedId} move={moveView} />
          <ZoomControls layout={layout} move={moveView} />
          <LegendPanel preview={previewOn} />
        </ReactFlow>
      </div>
    </GraphActionsContext.Provider>
  );
}
