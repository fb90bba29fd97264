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
  /** Every row's id in screen order (main, then unplaced), and each id's place in it. */
  readonly ids: readonly NodeId[];
  readonly position: ReadonlyMap<NodeId, number>;
}

/** Appends the rows under `tops` to `out` (and their ids to `ids`); a stack of siblings, not of calls. */
function rowsFrom(index: TopologyIndex, tops: readonly NodeId[], expanded: ReadonlySet<NodeId>, out: TreeRow[], ids: NodeId[]): void {
  // Each stack entry is a group of siblings and the next one of them to draw.
  const groups: Array<{ kids: readonly NodeId[]; next: number; level: number }> = [{ kids: tops, next: 0, level: 1 }];
  while (groups.length > 0) {
    const group = groups[groups.length - 1]!;
    if (group.next >= group.kids.length) {
      groups.pop();
      continue;
    }
    const at = group.next++;
    const id = group.kids[at]!;
    const kids = treeChildren(index, id);
    out.push({ id, level: group.level, posinset: at + 1, setsize: group.kids.length, hasChildren: kids.length > 0 });
    ids.push(id);
    if (kids.length > 0 && expanded.has(id)) groups.push({ kids, next: 0, level: group.level + 1 });
  }
}

export function treeRows(index: TopologyIndex, expanded: ReadonlySet<NodeId>): TreeRows {
  const { roots, unplaced } = treeTops(index);
  const ids: NodeId[] = [];
  const main: TreeRow[] = [];
  const away: TreeRow[] = [];
  rowsFrom(index, roots, expanded, main, ids);
  rowsFrom(index, unplaced, expanded, away, ids);
  const position = new Map<NodeId, number>();
  for (let i = 0; i < ids.length; i++) position.set(ids[i]!, i);
  return { main, unplaced: away, ids, position };
}
