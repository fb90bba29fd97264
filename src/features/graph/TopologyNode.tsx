import { memo, type JSX } from 'react';
import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from '@xyflow/react';
import type { TopologyFlowNode } from './flow-elements';
import { isCompactZoom } from './lod';
import { NodeCard } from './NodeCard';

/** Flips only when the zoom crosses the threshold: a node re-renders once then, not on every zoom. */
const selectCompact = (state: ReactFlowState): boolean => isCompactZoom(state);

/**
 * A node too small to read: a rectangle in its kind's colour, no text. Its label and role stay on
 * React Flow's wrapper, so it is still named, clickable and focusable. It keeps the card's two
 * handles: React Flow measures a node's handles from its element when it is first shown, and a node
 * first shown compact without them would have no line to it, at this zoom and after zooming in.
 */
export function CompactNode({ data, selected }: Pick<NodeProps<TopologyFlowNode>, 'data' | 'selected'>): JSX.Element {
  return (
    <div
      className={data.folded === undefined ? 'graph-node--compact' : 'graph-node--compact graph-node--compact-fold'}
      data-kind={data.kind}
      data-selected={selected || undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="graph-node__handle" />
      <Handle type="source" position={Position.Right} isConnectable={false} className="graph-node__handle" />
    </div>
  );
}

function TopologyNodeComponent({ data, selected }: NodeProps<TopologyFlowNode>): JSX.Element {
  const compact = useStore(selectCompact);
  return compact ? <CompactNode data={data} selected={selected} /> : <NodeCard data={data} selected={selected} />;
}

/** Memoised: a node re-renders only when its own data or selection changes, or it changes level. */
export const TopologyNode = memo(
  TopologyNodeComponent,
  (before, after) => before.data === after.data && before.selected === after.selected,
);
