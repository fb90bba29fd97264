import { useCallback, useState } from 'react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import { defaultCollapsed, expandAncestors, toggleCollapsed } from './visibility';

interface State {
  index: TopologyIndex;
  selectedId: NodeId | null;
  collapsed: ReadonlySet<NodeId>;
}

function derive(index: TopologyIndex, selectedId: NodeId | null, base: ReadonlySet<NodeId>): State {
  const collapsed = selectedId !== null && index.nodes.has(selectedId) ? expandAncestors(index, base, selectedId) : base;
  return { index, selectedId, collapsed };
}

/**
 * The collapsed set: reset to the default for each new index, and opened along the path of each
 * newly selected node so the selection is always drawn. Adjusted during render (not in an effect)
 * so the first paint after a selection already shows the node.
 */
export function useCollapsed(index: TopologyIndex, selectedId: NodeId | null): [ReadonlySet<NodeId>, (id: NodeId) => void] {
  const [state, setState] = useState<State>(() => derive(index, selectedId, defaultCollapsed(index)));
  let current = state;
  if (state.index !== index || state.selectedId !== selectedId) {
    current = derive(index, selectedId, state.index !== index ? defaultCollapsed(index) : state.collapsed);
    setState(current);
  }
  const toggle = useCallback((id: NodeId) => {
    setState((s) => ({ ...s, collapsed: toggleCollapsed(s.collapsed, id) }));
  }, []);
  return [current.collapsed, toggle];
}
