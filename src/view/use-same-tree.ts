/**
 * The first of a run of indexes with the very same tree (see `sameTree`): what depends on the
 * tree alone (a layout, an order) is computed once for them, however often a name changes.
 */
import { useState } from 'react';
import { sameTree, type TopologyIndex } from '../domain/topology';

export function useSameTree(index: TopologyIndex): TopologyIndex {
  const [tree, setTree] = useState(index);
  if (sameTree(tree, index)) return tree;
  // State adjusted while rendering, as React advises for a value that follows a prop.
  setTree(index);
  return index;
}
