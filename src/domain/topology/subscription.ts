/**
 * Static capacity: how far a grid connection's or circuit's direct children's caps exceed its own
 * (what OVERSUBSCRIBED reports), so an operator sees each ratio without reading warnings.
 */
import { formatCount } from '../units';
import type { NodeId } from './schema';
import type { TopologyIndex } from './tree-index';

export interface Subscription {
  /** The direct children's caps, summed, W. */
  readonly childrenW: number;
  readonly capW: number;
  /** childrenW / capW, above 1. */
  readonly ratio: number;
}

const SUBSCRIBED_KINDS: ReadonlySet<string> = new Set(['GRID_CONNECTION', 'CIRCUIT']);

/** The node's oversubscription, or null where OVERSUBSCRIBED would not apply (not above its cap, no cap, other kinds). */
export function subscriptionOf(index: TopologyIndex, id: NodeId): Subscription | null {
  const node = index.nodes.get(id);
  const capW = node?.limit?.max_power_w;
  if (node === undefined || !SUBSCRIBED_KINDS.has(node.kind) || typeof capW !== 'number' || !(capW > 0)) return null;
  let childrenW = 0;
  for (const child of index.childrenOf(id)) {
    const w = index.nodes.get(child)?.limit?.max_power_w;
    if (typeof w === 'number' && Number.isFinite(w) && w > 0) childrenW += w;
  }
  return childrenW > capW ? { childrenW, capW, ratio: childrenW / capW } : null;
}

const kwNumber = (w: number) => formatCount(Math.round(w / 100) / 10);

/** "1,200 / 600 kW, 2.0×". */
export function subscriptionText(s: Subscription): string {
  return `${kwNumber(s.childrenW)} / ${kwNumber(s.capW)} kW, ${s.ratio.toFixed(1)}×`;
}
