/**
 * Which nodes are collapsed. Pure: sets in, sets out. A collapsed node stays visible and hides
 * everything beneath it; React Flow only ever receives what is expanded.
 */
import type { NodeId, TopologyIndex } from '../../domain/topology';

/** Above this many connectors, connectors start folded into their chargers. */
export const CONNECTOR_COLLAPSE_THRESHOLD = 200;

export function connectorCount(index: TopologyIndex): number {
  let count = 0;
  for (const node of index.nodes.values()) if (node.kind === 'CONNECTOR') count++;
  return count;
}

/** The starting collapsed set: every node with connector children, on depots above the threshold. */
export function defaultCollapsed(index: TopologyIndex, threshold = CONNECTOR_COLLAPSE_THRESHOLD): ReadonlySet<NodeId> {
  const collapsed = new Set<NodeId>();
  if (connectorCount(index) <= threshold) return collapsed;
  for (const [parent, kids] of index.children) {
    if (kids.some((kid) => index.nodes.get(kid)?.kind === 'CONNECTOR')) collapsed.add(parent);
  }
  return collapsed;
}

/** The set with every ancestor of `id` expanded; the same set object when nothing changes. */
export function expandAncestors(index: TopologyIndex, collapsed: ReadonlySet<NodeId>, id: NodeId): ReadonlySet<NodeId> {
  const ancestors = index.pathTo(id).slice(0, -1);
  if (!ancestors.some((a) => collapsed.has(a))) return collapsed;
  const next = new Set(collapsed);
  for (const a of ancestors) next.delete(a);
  return next;
}

export function toggleCollapsed(collapsed: ReadonlySet<NodeId>, id: NodeId): ReadonlySet<NodeId> {
  const next = new Set(collapsed);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}

/** True when some ancestor of `id` is collapsed, so the node is not drawn. */
export function isHidden(index: TopologyIndex, collapsed: ReadonlySet<NodeId>, id: NodeId): boolean {
  return index.pathTo(id).slice(0, -1).some((a) => collapsed.has(a));
}
