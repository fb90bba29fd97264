/**
 * The topology as a React Flow graph: a tidy tree, collapsible, with minimap, zoom controls and a
 * legend. Selection and expansion live in the view store, shared with the other views.
 */
import '@xyflow/react/dist/style.css';
import './graph.css';
import { memo, useCallback, useEffect, useId, useMemo, useRef, useState, type FocusEvent, type JSX, type KeyboardEvent, type RefObject } from 'react';
import {
  ControlButton,
  Controls,
  getViewportForBounds,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type Edge,
  type NodeChange,
  type NodeMouseHandler,
  type NodeTypes,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import { ancestorsOf, type NodeId } from '../../domain/topology';
import { selectExpanded, selectSelectedId, useViewState, useViewStore } from '../../view';
import { buildFlowEdges, buildFlowNodes, withSelection, type TopologyFlowNode } from './flow-elements';
import { GraphActionsContext, type GraphActions } from './graph-actions';
import { drawnTree, graphKeyAction, normalisedKey, topologyOrder, typeAheadMatch, TypeAhead } from './graph-keys';
import { GraphLegend } from './GraphLegend';
import { GraphMinimap } from './GraphMinimap';
import { collapsedOutside, FOLD_KIND, foldAnchors, foldParentOf, isFoldId, layoutTree, nodeSizeOf, type TreeLayout } from './layout';
import { detailLevel, type DetailLevel } from './lod';
import { OverviewCanvas } from './OverviewCanvas';
import { TopologyNode } from './TopologyNode';
import { useGraphFocus, useRovingState } from './use-graph-focus';
import { useNodesHandOver } from './use-nodes-hand-over';
import { useViewFollowsSelection } from './use-view-follows-selection';

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

/** What React Flow is given at the overview level: nothing to mount (a canvas paints the tree). */
const NO_NODES: TopologyFlowNode[] = [];
const NO_EDGES: Edge[] = [];

/**
 * The level of detail to draw at (see lod.ts), from React Flow's zoom, pan and pane size. The
 * selector's answer changes only when the level does, so the graph re-renders only then.
 */
function useDetailLevel(layout: TreeLayout, kindOf: (id: NodeId) => string) {
  const shown = useRef<DetailLevel>('full');
  const selector = useCallback((state: ReactFlowState) => detailLevel(layout, kindOf, state, shown.current), [layout, kindOf]);
  const level = useStore(selector);
  useEffect(() => {
    shown.current = level;
  }, [level]);
  return { level, shown };
}

/**
 * Moves the view at once, emptying React Flow's nodes first when the move lands in the overview:
 * React Flow draws a new zoom before this component can hand it fewer nodes, so a jump far out
 * (Fit view) would otherwise mount every node in view for one frame, thousands of them.
 */
function useMoveView(layout: TreeLayout, kindOf: (id: NodeId) => string, shown: RefObject<DetailLevel>) {
  const rf = useStoreApi<TopologyFlowNode>();
  const flow = useReactFlow<TopologyFlowNode>();
  return (viewport: Viewport): void => {
    const { width, height, minZoom, maxZoom, setNodes, setEdges } = rf.getState();
    const zoom = Math.min(maxZoom, Math.max(minZoom, viewport.zoom));
    const target = { ...viewport, zoom };
    if (detailLevel(layout, kindOf, { transform: [target.x, target.y, zoom], width, height }, shown.current) === 'overview') {
      setNodes(NO_NODES);
      setEdges(NO_EDGES);
    }
    void flow.setViewport(target, { duration: 0 });
  };
}

/** The view zoomed by `factor` about the pane's middle, as React Flow's own buttons do. */
function zoomedBy(state: Pick<ReactFlowState, 'transform' | 'width' | 'height' | 'minZoom' | 'maxZoom'>, factor: number): Viewport {
  const [x, y, zoom] = state.transform;
  const next = Math.min(state.maxZoom, Math.max(state.minZoom, zoom * factor));
  const cx = state.width / 2;
  const cy = state.height / 2;
  return { x: cx - ((cx - x) * next) / zoom, y: cy - ((cy - y) * next) / zoom, zoom: next };
}

const FIT_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
    <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
  </svg>
);
const PLUS_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">
    <path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" />
  </svg>
);
const MINUS_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5" aria-hidden="true">
    <path d="M0 0h32v4.2H0z" />
  </svg>
);

const selectZoomLimits = (state: ReactFlowState) =>
  `${state.transform[2] >= state.maxZoom ? 1 : 0}${state.transform[2] <= state.minZoom ? 1 : 0}`;

/**
 * Zoom in, zoom out and "Fit view", each one move of the view (see useMoveView). Fit view frames
 * the layout's bounds, known without measuring any node.
 */
function ZoomControls({ layout, move }: { layout: TreeLayout; move: (viewport: Viewport) => void }): JSX.Element {
  const rf = useStoreApi<TopologyFlowNode>();
  const limits = useStore(selectZoomLimits);
  const fit = () => {
    const { width, height, minZoom, maxZoom } = rf.getState();
    move(getViewportForBounds({ x: 0, y: 0, width: layout.width, height: layout.height }, width, height, minZoom, maxZoom, 0.1));
  };
  return (
    <Controls showInteractive={false} showZoom={false} showFitView={false}>
      <ControlButton onClick={() => move(zoomedBy(rf.getState(), 1.2))} className="react-flow__controls-zoomin" title="Zoom in" aria-label="Zoom in" disabled={limits[0] === '1'}>
        {PLUS_ICON}
      </ControlButton>
      <ControlButton onClick={() => move(zoomedBy(rf.getState(), 1 / 1.2))} className="react-flow__controls-zoomout" title="Zoom out" aria-label="Zoom out" disabled={limits[1] === '1'}>
        {MINUS_ICON}
      </ControlButton>
      <ControlButton onClick={fit} className="react-flow__controls-fitview" title="Fit view" aria-label="Fit view">
        {FIT_ICON}
      </ControlButton>
    </Controls>
  );
}

export interface TopologyGraphProps {
  /** The id of the details panel: a link after the nodes skips the graph's panels to it. */
  detailsId?: string;
}

export const TopologyGraph = memo(function TopologyGraph({ detailsId }: TopologyGraphProps): JSX.Element {
  return (
    <ReactFlowProvider>
      <GraphCanvas detailsId={detailsId} />
    </ReactFlowProvider>
  );
});

const isTypedCharacter = (key: string) => key.length === 1 && /\S/u.test(key);

function GraphCanvas({ detailsId }: TopologyGraphProps): JSX.Element {
  const store = useViewStore();
  const { index } = store;
  const expanded = useViewState(selectExpanded);
  const selectedId = useViewState(selectSelectedId);
  const previewOn = useViewState((state) => state.allocation !== null);
  const collapsed = useMemo(() => collapsedOutside(expanded), [expanded]);
  const [roving, setRoving] = useRovingState(selectedId, index.roots[0] ?? null);
  // Which window of a huge sibling group is drawn follows the selection and the focused node; the
  // key keeps the layout (and every node) as it is while they move outside such groups.
  const focusAnchor = roving.wanted === null ? null : (foldParentOf(roving.wanted) ?? (roving.wanted as NodeId));
  const anchorKey = useMemo(
    () => JSON.stringify([...foldAnchors(index, selectedId), ...foldAnchors(index, index.nodes.has(focusAnchor as NodeId) ? focusAnchor : null)]),
    [index, selectedId, focusAnchor],
  );
  const anchors = useMemo(() => new Map(JSON.parse(anchorKey) as Array<[NodeId, NodeId]>), [anchorKey]);
  const layout = useMemo(() => layoutTree(index, collapsed, anchors), [index, collapsed, anchors]);
  const baseNodes = useMemo(() => buildFlowNodes(index, layout, collapsed), [index, layout, collapsed]);
  const edges = useMemo(() => buildFlowEdges(layout), [layout]);
  const containerRef = useRef<HTMLDivElement | null>(null);
  const { focusedId, moveFocus, onFocusIn, onFocusOut, afterViewMoved } = useGraphFocus({ index, layout, roving, setRoving, containerRef });
  const helpId = useId();
  const nodes = useMemo(
    () => withSelection(baseNodes, selectedId, { id: focusedId, describedBy: helpId }),
    [baseNodes, selectedId, focusedId, helpId],
  );
  const drawn = useMemo(() => drawnTree(layout), [layout]);
  const order = useMemo(() => topologyOrder(index), [index]);
  const [typeAhead] = useState(() => new TypeAhead());
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
  const kindOf = useCallback((id: NodeId) => (layout.folds.has(id) ? FOLD_KIND : (index.nodes.get(id)?.kind ?? '')), [index, layout]);
  const { level, shown } = useDetailLevel(layout, kindOf);
  const moveView = useMoveView(layout, kindOf, shown);
  const flow = useReactFlow<TopologyFlowNode>();
  const rf = useStoreApi<TopologyFlowNode>();
  // What React Flow is given: none at the overview level; nodes that leave stay one render, hidden.
  const handed = useNodesHandOver(level === 'overview' ? NO_NODES : nodes);
  // Back from the overview: React Flow is handed the nodes again (useMoveView may have emptied its
  // copy while the prop stayed the same array).
  useEffect(() => {
    if (level === 'overview') return;
    const state = rf.getState();
    if (state.nodes.length === 0 && nodes.length > 0) {
      state.setNodes(nodes);
      state.setEdges(edges);
    }
  }, [level, rf, nodes, edges]);
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
          nodes={handed as TopologyFlowNode[]}
          edges={level === 'overview' ? NO_EDGES : edges}
          nodeTypes={NODE_TYPES}
          onInit={() => setReady(true)}
          onNodeClick={onNodeClick}
          onPaneClick={onPaneClick}
          onNodesChange={onNodesChange}
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
          {level === 'overview' ? <OverviewCanvas index={index} layout={layout} selectedId={selectedId} /> : null}
          <Panel position="bottom-right" className="graph-minimap-panel">
            <GraphMinimap index={index} layout={layout} selectedId={selectedId} move={moveView} />
          </Panel>
          <ZoomControls layout={layout} move={moveView} />
          <Panel position="top-left" className="graph-legend-panel">
            <GraphLegend preview={previewOn} />
          </Panel>
        </ReactFlow>
      </div>
    </GraphActionsContext.Provider>
  );
}
