/**
 * React Flow elements from a layout. Node objects are built once per layout; selecting swaps in
 * new objects only for the nodes whose selection changed, so React Flow (which compares node
 * objects by identity) and the memoised node components leave every other node alone.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { sameTree, type NodeId, type TopologyIndex } from '../../domain/topology';
import type { Collapsed, TreeLayout } from './layout';
import { nodeSizeOf } from './layout';
import { buildFoldData, buildNodeData, type GraphNodeData } from './node-data';

export const TOPOLOGY_NODE_TYPE = 'topology';
export type TopologyFlowNode = Node<GraphNodeData, typeof TOPOLOGY_NODE_TYPE>;

// Data objects per index, per node and per flag state: a node whose own facts did not change keeps
// the same data object across layouts (a collapse elsewhere moves it but does not redraw it).
const dataCache = new WeakMap<TopologyIndex, Map<string, GraphNodeData>>();

function nodeData(index: TopologyIndex, id: NodeId, collapsed: boolean, unplaced: boolean): GraphNodeData {
  let cache = dataCache.get(index);
  if (!cache) {
    cache = new Map();
    dataCache.set(index, cache);
  }
  const key = `${collapsed ? 1 : 0}${unplaced ? 1 : 0}${id}`;
  let data = cache.get(key);
  if (!data) {
    data = buildNodeData(index, id, collapsed, unplaced);
    cache.set(key, data);
  }
  return data;
}

const HANDLE = 6;

/**
 * Sizes and handle positions are known from the kind, so each node says them up front. A node
 * object without them makes React Flow render it off-screen to measure it, which, on a big depot,
 * turns every re-layout into thousands of mounts despite `onlyRenderVisibleElements`.
 */
function handlesFor(width: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
}

/** The nodes built for an index and a layout, for the next build to start from. */
export interface FlowNodesBuilt {
  readonly index: TopologyIndex;
  readonly layout: TreeLayout;
  readonly collapsed: Collapsed;
  readonly nodes: TopologyFlowNode[];
}

/**
 * The flow nodes of `layout`. Given what was built before for the same layout and tree (an edit
 * that changed a name), the nodes whose facts are unchanged (the same node object, the same
 * warnings) are the previous objects, and with nothing changed the previous array itself: React
 * Flow then has nothing to update.
 */
export function buildFlowNodes(
  index: TopologyIndex,
  layout: TreeLayout,
  collapsed: Collapsed,
  previous?: FlowNodesBuilt | null,
): TopologyFlowNode[] {
  const before =
    previous && previous.layout === layout && previous.collapsed === collapsed && sameTree(previous.index, index) &&
    previous.index.topology.warnings === index.topology.warnings
      ? previous
      : null;
  if (before === null) return layout.visible.map((id) => flowNode(index, layout, collapsed, id));
  let changed = false;
  const nodes = before.nodes.map((old) => {
    const id = old.id as NodeId;
    if (index.nodes.get(id) === before.index.nodes.get(id)) return old;
    changed = true;
    return flowNode(index, layout, collapsed, id);
  });
  return changed ? nodes : before.nodes;
}

function flowNode(index: TopologyIndex, layout: TreeLayout, collapsed: Collapsed, id: NodeId): TopologyFlowNode {
  const fold = layout.folds.get(id);
  const data = fold ? buildFoldData(index, id, fold) : nodeData(index, id, collapsed.has(id), layout.unplaced.has(id));
  const size = nodeSizeOf(data.kind);
  return {
    id,
    type: TOPOLOGY_NODE_TYPE,
    position: layout.positions.get(id)!,
    data,
    width: size.width,
    height: size.height,
    measured: { width: size.width, height: size.height },
    handles: handlesFor(size.width, size.height),
    ariaLabel: data.ariaLabel,
    selected: false,
    selectable: fold === undefined,
    draggable: false,
    connectable: false,
    // One tab stop for the whole graph: `withSelection` gives the focused node tabIndex 0. The
    // description is the card's figures in the allocation preview (empty otherwise).
    domAttributes: data.describedBy ? { tabIndex: -1, 'aria-describedby': data.describedBy } : NOT_TAB_STOP,
  };
}

export function buildFlowEdges(layout: TreeLayout): Edge[] {
  return layout.edges.map(([source, target]) => ({
    id: `${source}->${target}`,
    source,
    target,
    type: 'smoothstep',
    focusable: false,
    selectable: false,
    // The lines only restate the tree, which every node label and the tree view already say.
    ariaRole: 'presentation',
    domAttributes: { 'aria-hidden': true },
  }));
}

const NOT_TAB_STOP = Object.freeze({ tabIndex: -1 });

/** The node's own description (its preview figures) and, on the tab stop, the keys' help. */
function describedBy(own: string | undefined, help: string | undefined): { 'aria-describedby'?: string } {
  const ids = [own, help].filter((id): id is string => id !== undefined && id !== '');
  return ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {};
}

/**
 * The same array entries except the selected node and the focused one (the graph's one tab stop,
 * described by `describedBy`), which become marked copies.
 */
export function withSelection(
  nodes: readonly TopologyFlowNode[],
  selectedId: NodeId | null,
  focused: { id: string | null; describedBy?: string } = { id: null },
): TopologyFlowNode[] {
  if (selectedId === null && focused.id === null) return nodes as TopologyFlowNode[];
  return nodes.map((node) => {
    const isSelected = node.id === selectedId;
    const isFocused = node.id === focused.id;
    if (!isSelected && !isFocused) return node;
    return {
      ...node,
      selected: isSelected,
      domAttributes: {
        tabIndex: isFocused ? 0 : -1,
        ...describedBy(node.data.describedBy, isFocused ? focused.describedBy : undefined),
        ...(isSelected ? { 'aria-current': 'true' as const } : {}),
      },
    };
  });
}
