import { memo, type JSX } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { TopologyFlowNode } from './flow-elements';
import { NodeCard } from './NodeCard';

function TopologyNodeComponent({ data, selected }: NodeProps<TopologyFlowNode>): JSX.Element {
  return <NodeCard data={data} selected={selected} />;
}

/** Memoised: a node re-renders only when its own data or selection changes. */
export const TopologyNode = memo(
  TopologyNodeComponent,
  (before, after) => before.data === after.data && before.selected === after.selected,
);
