/**
 * What the preview shows, read off one `allocate` result: lookups by id, what each node carries
 * beneath it (sessions, requested, allocated, unserved) and the binding nodes ranked by the demand
 * they leave unserved. Every figure is the allocator's own or a sum of them; nothing is allocated here.
 */
import type { AllocationResult, NodeLoad, Session, SessionAllocation, Strategy } from '../allocation';
import { byCodeUnits } from '../allocation/errors';
import type { NodeId, TopologyIndex } from '../topology';

export interface Beneath {
  /** Sessions at or beneath the node. */
  readonly sessions: number;
  readonly requestedW: number;
  readonly allocatedW: number;
  /** Requested minus allocated, summed over those sessions. */
  readonly unservedW: number;
}

export interface Bottleneck {
  readonly nodeId: NodeId;
  readonly unservedW: number;
  readonly sessions: number;
}

export interface PreviewOutcome {
  readonly strategy: Strategy;
  readonly result: AllocationResult;
  /** The sessions the allocator was given, by connector id. */
  readonly inputOf: ReadonlyMap<string, Session>;
  readonly sessionOf: ReadonlyMap<string, SessionAllocation>;
  readonly loadOf: ReadonlyMap<string, NodeLoad>;
  readonly beneathOf: ReadonlyMap<string, Beneath>;
  /** Binding nodes, most unserved demand beneath first (then nearest the root, then id). */
  readonly bottlenecks: readonly Bottleneck[];
}

interface Sums {
  sessions: number;
  requestedW: number;
  allocatedW: number;
  unservedW: number;
}


/** Sums per node, bottom-up in one pass over the index's pre-order (children before parents when reversed). */
function sumsBeneath(index: TopologyIndex, sessions: readonly SessionAllocation[]): Map<string, Sums> {
  const sums = new Map<string, Sums>();
  for (const s of sessions) {
    const unserved = Math.max(0, s.requestedPowerW - s.allocatedW);
    sums.set(s.connectorId, { sessions: 1, requestedW: s.requestedPowerW, allocatedW: s.allocatedW, unservedW: unserved });
  }
  const { order, nodes, depth } = index;
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    const own = sums.get(id);
    if (own === undefined) continue;
    const parent = nodes.get(id)?.parent_id ?? null;
    if (parent === null) continue;
    const parentDepth = depth.get(parent as NodeId);
    // Only a real parent above it in the walk (not a cycle's back edge).
    if (parentDepth === undefined || parentDepth >= (depth.get(id) ?? 0)) continue;
    const up = sums.get(parent);
    if (up === undefined) sums.set(parent, { ...own });
    else {
      up.sessions += own.sessions;
      up.requestedW += own.requestedW;
      up.allocatedW += own.allocatedW;
      up.unservedW += own.unservedW;
    }
  }
  return sums;
}

export function buildOutcome(
  index: TopologyIndex,
  sessions: readonly Session[],
  strategy: Strategy,
  result: AllocationResult,
): PreviewOutcome {
  const inputOf = new Map(sessions.map((s) => [s.connectorId, s]));
  const sessionOf = new Map(result.sessions.map((s) => [s.connectorId, s]));
  const loadOf = new Map(result.nodes.map((n) => [n.nodeId, n]));
  const beneathOf: Map<string, Beneath> = sumsBeneath(index, result.sessions);
  const depthOf = (id: string) => index.depth.get(id as NodeId) ?? Number.MAX_SAFE_INTEGER;
  const bottlenecks = result.summary.bindingNodeIds
    .map((id): Bottleneck => {
      const b = beneathOf.get(id);
      return { nodeId: id as NodeId, unservedW: b?.unservedW ?? 0, sessions: b?.sessions ?? 0 };
    })
    .sort((a, b) => b.unservedW - a.unservedW || depthOf(a.nodeId) - depthOf(b.nodeId) || byCodeUnits(a.nodeId, b.nodeId));
  return { strategy, result, inputOf, sessionOf, loadOf, beneathOf, bottlenecks };
}

export type LoadBand = 'low' | 'high' | 'full';

/** At or above this share of its cap, a node's load is shown as high. */
export const HIGH_LOAD_SHARE = 0.8;

/** A node's share of its cap (watts, or the fullest phase's current when that is fuller); null without a cap. */
export function loadShare(load: NodeLoad): number | null {
  return fullestCap(load)?.share ?? null;
}

/** The cap the node is fullest against: its watts, or a phase's current (the first of the fullest phases). */
export function fullestCap(load: NodeLoad): { share: number; phase: 'L1' | 'L2' | 'L3' | null } | null {
  let best: { share: number; phase: 'L1' | 'L2' | 'L3' | null } | null =
    load.maxPowerW !== null && load.maxPowerW > 0 ? { share: load.flowW / load.maxPowerW, phase: null } : null;
  if (load.currentA !== undefined && load.maxCurrentA !== undefined && load.maxCurrentA !== null && load.maxCurrentA > 0) {
    const cap = load.maxCurrentA;
    load.currentA.forEach((a, i) => {
      const share = a / cap;
      if (best === null || share > best.share) best = { share, phase: (['L1', 'L2', 'L3'] as const)[i]! };
    });
  }
  return best;
}

/** Low below 80%, high from 80%, full when binding or within rounding of the cap. */
export function loadBand(load: NodeLoad): LoadBand | null {
  const share = loadShare(load);
  if (share === null) return null;
  if (load.binding || share >= 0.9995) return 'full';
  return share >= HIGH_LOAD_SHARE ? 'high' : 'low';
}

export const LOAD_BAND_LABELS: ReadonlyMap<LoadBand, string> = new Map([
  ['low', 'under 80%'],
  ['high', '80% or more'],
  ['full', 'full'],
]);
