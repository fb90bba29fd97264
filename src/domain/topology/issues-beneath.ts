/**
 * What a collapsed item hides: the worst severity and the number of issues on the nodes beneath
 * it (not on itself), so the tree and the graph can badge a folded branch. O(n), one pass up the
 * index's pre-order.
 */
import type { NodeId, Severity } from './schema';
import type { TopologyIndex } from './tree-index';

export interface IssuesBeneath {
  readonly worst: Severity;
  readonly count: number;
}

export function issuesBeneath(index: TopologyIndex): ReadonlyMap<NodeId, IssuesBeneath> {
  const errors = new Map<NodeId, number>();
  const total = new Map<NodeId, number>();
  const { order } = index;
  // Reverse pre-order meets children before parents; only drawn parent links carry counts up.
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const parent = index.nodes.get(id)?.parent_id ?? null;
    const depth = index.depth.get(id) ?? 0;
    if (parent === null || depth === 0 || index.depth.get(parent) !== depth - 1) continue;
    let ownErrors = 0;
    const own = index.issuesByNode.get(id) ?? [];
    for (const issue of own) if (issue.severity === 'error') ownErrors++;
    const addErrors = ownErrors + (errors.get(id) ?? 0);
    const addTotal = own.length + (total.get(id) ?? 0);
    if (addTotal === 0) continue;
    errors.set(parent, (errors.get(parent) ?? 0) + addErrors);
    total.set(parent, (total.get(parent) ?? 0) + addTotal);
  }
  const out = new Map<NodeId, IssuesBeneath>();
  for (const [id, count] of total) out.set(id, { worst: (errors.get(id) ?? 0) > 0 ? 'error' : 'warning', count });
  return out;
}

/** "3 issues beneath, worst an error". */
export function issuesBeneathText(beneath: IssuesBeneath): string {
  return `${beneath.count} issue${beneath.count === 1 ? '' : 's'} beneath, worst ${beneath.worst === 'error' ? 'an error' : 'a warning'}`;
}

// One computation per index, shared by every row and card that asks.
const cache = new WeakMap<TopologyIndex, ReadonlyMap<NodeId, IssuesBeneath>>();

/** The issues beneath `id`, or null when there are none. */
export function issuesBeneathOf(index: TopologyIndex, id: NodeId): IssuesBeneath | null {
  let map = cache.get(index);
  if (map === undefined) {
    map = issuesBeneath(index);
    cache.set(index, map);
  }
  return map.get(id) ?? null;
}
