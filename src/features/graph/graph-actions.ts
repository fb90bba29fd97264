import { createContext } from 'react';
import type { NodeId } from '../../domain/topology';

/**
 * Actions a node can take on the graph. Passed by context rather than in node data so that data
 * stays plain facts and the (stable) functions never make a memoised node re-render.
 */
export interface GraphActions {
  toggle(id: NodeId): void;
}

export const GraphActionsContext = createContext<GraphActions>({ toggle: () => {} });
