import { useEffect, useState } from 'react';
import type { Node } from '@xyflow/react';
import { withLeavingHidden } from './hand-over';

interface HandOver<N> {
  /** The nodes asked for. */
  readonly nodes: readonly N[];
  /** What React Flow is given: those, and for one render the nodes that left, hidden. */
  readonly handed: readonly N[];
}

/**
 * The nodes to give React Flow for `nodes`: on a change, the nodes that leave are kept for one
 * more render, hidden, so React Flow unmounts them before they are gone (see hand-over.ts).
 */
export function useNodesHandOver<N extends Node>(nodes: readonly N[]): readonly N[] {
  const [state, setState] = useState<HandOver<N>>(() => ({ nodes, handed: nodes }));
  let current = state;
  if (nodes !== state.nodes) {
    current = { nodes, handed: withLeavingHidden(state.handed, nodes) };
    setState(current);
  }
  // Once React Flow has been handed the leaving nodes hidden (its own effect runs before this
  // one), they are dropped.
  useEffect(() => {
    if (current.handed === current.nodes) return;
    // The second render, without them, is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setState((s) => (s.nodes === current.nodes ? { nodes: s.nodes, handed: s.nodes } : s));
  }, [current]);
  return current.handed;
}
