/**
 * The phase check: what a watt-only balancer would overload. The same sessions allocated with the
 * current caps removed (the allocator then gives the phase-blind allocation and still reports each
 * phase's current), held against the caps it ignored.
 */
import { allocate, type PowerNode, type Session, type Strategy } from '../allocation';
import { snapshotOf, unchangedSince, type NodeSnapshot } from '../allocation/node-snapshot';
import { FULL_EPSILON_A, PHASES } from './phases';
import type { Phase } from '../allocation';

export interface PhaseOverload {
  readonly nodeId: string;
  readonly phase: Phase;
  /** The current a watt-only balancer would put on the phase, A. */
  readonly currentA: number;
  readonly capA: number;
  /** currentA − capA. */
  readonly overA: number;
}

export interface PhaseCheck {
  /** Whether any node has a current cap: without one there is nothing to check. */
  readonly applies: boolean;
  /** Every node and phase a watt-only balancer would take over its cap, most over first. */
  readonly overloads: readonly PhaseOverload[];
  /** What the watt-only balancer would allocate in all, W. */
  readonly allocatedW: number;
}

/**
 * The nodes without their current caps: one copy per nodes array while it is unchanged, so that
 * the allocator, given the same copy each time, reuses the tree it prepared for it.
 */
const blindCopies = new WeakMap<readonly PowerNode[], { readonly snapshot: NodeSnapshot | null; readonly blind: PowerNode[] }>();
function blindNodes(nodes: readonly PowerNode[]): PowerNode[] {
  const known = blindCopies.get(nodes);
  if (known !== undefined && known.snapshot !== null && unchangedSince(nodes, known.snapshot)) return known.blind;
  const blind = nodes.map((n) => ({ ...n, maxCurrentA: null }));
  blindCopies.set(nodes, { snapshot: snapshotOf(nodes), blind });
  return blind;
}

/** Runs the sessions phase-blind (current caps removed) and lists the caps that allocation breaks. */
export function phaseCheck(nodes: readonly PowerNode[], sessions: readonly Session[], strategy: Strategy): PhaseCheck {
  const caps = new Map<string, number>();
  for (const n of nodes) if (typeof n.maxCurrentA === 'number') caps.set(n.id, n.maxCurrentA);
  if (caps.size === 0) return { applies: false, overloads: [], allocatedW: 0 };
  const blind = allocate({ nodes: blindNodes(nodes), sessions: sessions as Session[], strategy });
  const overloads: PhaseOverload[] = [];
  for (const load of blind.nodes) {
    const cap = caps.get(load.nodeId);
    if (cap === undefined || load.currentA === undefined) continue;
    load.currentA.forEach((a, i) => {
      if (a > cap + FULL_EPSILON_A * Math.max(1, cap)) overloads.push({ nodeId: load.nodeId, phase: PHASES[i]!, currentA: a, capA: cap, overA: a - cap });
    });
  }
  overloads.sort((a, b) => b.overA - a.overA || (a.nodeId < b.nodeId ? -1 : a.nodeId > b.nodeId ? 1 : 0) || a.phase.localeCompare(b.phase));
  return { applies: true, overloads, allocatedW: blind.summary.allocatedW };
}
