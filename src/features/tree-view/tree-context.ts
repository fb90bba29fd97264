import { createContext, useContext } from 'react';
import type { NodeId, TopologyIndex } from '../../domain/topology';
import type { TreeStore } from './tree-store';

export interface TreeContextValue {
  index: TopologyIndex;
  store: TreeStore;
  /** Rows hand their element over so keyboard moves can focus it without a DOM query. */
  register: (id: NodeId, element: HTMLElement | null) => void;
}

export const TreeContext = createContext<TreeContextValue | null>(null);

export function useTreeContext(): TreeContextValue {
  const value = useContext(TreeContext);
  if (value === null) throw new Error('A tree row must be rendered inside TopologyTree.');
  return value;
}
