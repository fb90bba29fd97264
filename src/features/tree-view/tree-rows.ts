/**
 * The tree as a flat list of rows: what the tree view draws, one row per visible item, with the
 * level, position and set size the WAI-ARIA tree pattern asks for. A loop over an explicit stack,
 * so a chain 10,000 levels deep costs no call stack and no nested components.
 */
import { treeChildren, treeTops, type NodeId, type TopologyIndex } from '../../domain/topology';

export interface TreeRow {
  readonly id: NodeId;
  /** 1 for top items. */
  readonly level: number;
  readonly posinset: number;
  readonly setsize: number;
  readonly hasChildren: boolean;
}

export interface TreeRows {
  /** Rows under the roots, in screen order. */
  readonly main: readonly TreeRow[];
  /** Rows of the subtrees that hang from no root, listed apart. */
  readonly unplaced: readonly TreeRow[];
}

function rowsFrom(index: TopologyIndex, tops: readonly NodeId[], expanded: ReadonlySet<NodeId>): TreeRow[] {
  const out: TreeRow[] = [];
  const stack: Array<[NodeId, number, number, number]> = [];
  for (let i = tops.length - 1; i >= 0; i--) stack.push([tops[i]!, 1, i + 1, tops.length]);
  while (stack.length > 0) {
    const [id, level, posinset, setsize] = stack.pop()!;
    const kids = treeChildren(index, id);
    out.push({ id, level, posinset, setsize, hasChildren: kids.length > 0 });
    if (!expanded.has(id)) continue;
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i]!, level + 1, i + 1, kids.length]);
  }
  return out;
}

export function treeRows(index: TopologyIndex, expanded: ReadonlySet<NodeId>): TreeRows {
  const { roots, unplaced } = treeTops(index);
  return { main: rowsFrom(index, roots, expanded), unplaced: rowsFrom(index, unplaced, expanded) };
}
