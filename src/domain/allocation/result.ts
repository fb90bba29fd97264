/**
 * Result assembly: per-session outcomes in connector-id order, per-node loads in node-id order,
 * and the summary. Flows are summed bottom-up in pre-order, so they do not depend on input order.
 */
import { REFUSED_ADMISSION, REFUSED_EVSE, type Admission } from './admission';
import { AT_REQUEST } from './fill';
import { PHASE_NAMES } from './phases';
import type { PreparedSessions } from './session-input';
import type { Shares } from './share';
import type { PreparedTree } from './tree';
import type { AllocationResult, LimitedBy, NodeLoad, SessionAllocation } from './types';

/** The contract's feasibility tolerance, widened only by rounding on very large caps. */
export const saturated = (flow: number, cap: number): boolean => flow >= cap - Math.max(1e-6, cap * 1e-12);

/**
 * Reasons are immutable values: one frozen object per (kind, node, phase) is shared by every
 * session it applies to, rather than one small object per session.
 */
class Reasons {
  /** Keyed by 6 × node + slot (admission, evse, node's watt cap, node's current cap on L1–L3): few nodes ever limit anyone. */
  private readonly byNode = new Map<number, LimitedBy>();
  private readonly atRequest: LimitedBy = Object.freeze({ kind: 'request' });
  /** The last reason given: sessions in id order are mostly siblings, held back by one limit. */
  private lastKey = -1;
  private last: LimitedBy = this.atRequest;

  constructor(private readonly tree: PreparedTree) {}

  of(admission: Admission, shares: Shares, s: number): LimitedBy {
    const status = admission.status[s];
    if (status === REFUSED_ADMISSION) return this.at(0, admission.refusedAt[s]!);
    if (status === REFUSED_EVSE) return this.at(1, admission.refusedAt[s]!);
    const frozenBy = shares.frozenBy[s]!;
    return frozenBy === AT_REQUEST ? this.atRequest : this.at(2 + (shares.frozenPhase?.[s] ?? 0), frozenBy);
  }

  private at(slot: number, v: number): LimitedBy {
    const key = 6 * v + slot;
    if (key === this.lastKey) return this.last;
    let reason = this.byNode.get(key);
    if (reason === undefined) {
      const nodeId = this.tree.ids[v]!;
      if (slot === 0) reason = { kind: 'admission', nodeId };
      else if (slot === 1) reason = { kind: 'evse', nodeId };
      else if (slot === 2) reason = { kind: 'node', nodeId };
      else reason = { kind: 'node', nodeId, phase: PHASE_NAMES[slot - 3]! };
      Object.freeze(reason);
      this.byNode.set(key, reason);
    }
    this.lastKey = key;
    this.last = reason;
    return reason;
  }
}

/** Per node and phase (3v + p): the current drawn beneath it, A. */
function currentsOf(tree: PreparedTree, sessions: PreparedSessions, allocated: Float64Array, perWatt: Float64Array): Float64Array {
  const current = new Float64Array(3 * tree.size);
  for (let s = 0; s < sessions.count; s++) {
    for (let p = 0; p < 3; p++) current[3 * sessions.node[s]! + p]! += allocated[s]! * perWatt[3 * s + p]!;
  }
  for (let k = tree.size - 1; k > 0; k--) {
    const v = tree.order[k]!;
    for (let p = 0; p < 3; p++) current[3 * tree.parent[v]! + p]! += current[3 * v + p]!;
  }
  return current;
}

/** `perWatt` (A per W per session and phase) is given when the input has phase data. */
export function assemble(
  tree: PreparedTree,
  sessions: PreparedSessions,
  admission: Admission,
  shares: Shares,
  perWatt: Float64Array | null = null,
): AllocationResult {
  const flow = new Float64Array(tree.size);
  // Sessions refused for a busy EVSE are held back by the charger, not by any cap.
  const wanting = new Int32Array(tree.size);
  const out: SessionAllocation[] = new Array(sessions.count);
  const totals = sessionRows(tree, sessions, admission, shares, flow, wanting, out);
  sumUp(tree.order, tree.parent, flow, wanting);
  const nodes: NodeLoad[] = new Array(tree.size);
  const bindingNodeIds: string[] = [];
  const current = perWatt ? currentsOf(tree, sessions, shares.allocated, perWatt) : null;
  nodeRows(tree, flow, wanting, current, nodes, bindingNodeIds);
  const { requestedW, allocatedW, refused } = totals;
  return {
    sessions: out,
    nodes,
    summary: {
      requestedW,
      allocatedW,
      unservedW: requestedW - allocatedW,
      admitted: sessions.count - refused,
      refused,
      bindingNodeIds,
    },
  };
}

/** One row per session, in connector-id order; each session's power and want added at its connector. */
function sessionRows(
  tree: PreparedTree,
  sessions: PreparedSessions,
  admission: Admission,
  shares: Shares,
  flow: Float64Array,
  wanting: Int32Array,
  out: SessionAllocation[],
): { requestedW: number; allocatedW: number; refused: number } {
  const reasons = new Reasons(tree);
  const { ids } = tree;
  const { status } = admission;
  let requestedW = 0;
  let allocatedW = 0;
  let refused = 0;
  for (let s = 0; s < sessions.count; s++) {
    const leaf = sessions.node[s]!;
    const allocated = shares.allocated[s]!;
    const requested = sessions.requested[s]!;
    flow[leaf]! += allocated;
    if (status[s] !== REFUSED_EVSE && allocated < requested - 1e-6) wanting[leaf]!++;
    if (status[s] === REFUSED_ADMISSION || status[s] === REFUSED_EVSE) refused++;
    requestedW += requested;
    allocatedW += allocated;
    out[s] = { connectorId: ids[leaf]!, requestedPowerW: requested, allocatedW: allocated, limitedBy: reasons.of(admission, shares, s) };
  }
  return { requestedW, allocatedW, refused };
}

/** Flows and wants summed bottom-up, in pre-order, so that sums do not depend on input order. */
function sumUp(order: Int32Array, parent: Int32Array, flow: Float64Array, wanting: Int32Array): void {
  for (let k = order.length - 1; k > 0; k--) {
    const v = order[k]!;
    flow[parent[v]!]! += flow[v]!;
    wanting[parent[v]!]! += wanting[v]!;
  }
}

/** One row per node, in node-id order, and the binding ones; with currents when they are given. */
function nodeRows(
  tree: PreparedTree,
  flow: Float64Array,
  wanting: Int32Array,
  current: Float64Array | null,
  nodes: NodeLoad[],
  bindingNodeIds: string[],
): void {
  const { ids, cap } = tree;
  const maxCurrent = tree.phases?.maxCurrent;
  for (let v = 0; v < ids.length; v++) {
    const maxPowerW = cap[v] === Infinity ? null : cap[v]!;
    const flowW = flow[v]!;
    let full = maxPowerW !== null && saturated(flowW, maxPowerW);
    // Rounding can leave a full node a hair over its cap; that is no headroom, not a negative one.
    const headroomW = maxPowerW === null ? null : Math.max(0, maxPowerW - flowW);
    const row: NodeLoad = { nodeId: ids[v]!, maxPowerW, flowW, headroomW, binding: false };
    if (current) {
      const currentA: [number, number, number] = [current[3 * v]!, current[3 * v + 1]!, current[3 * v + 2]!];
      const maxCurrentA = maxCurrent && maxCurrent[v] !== Infinity ? maxCurrent[v]! : null;
      if (maxCurrentA !== null && currentA.some((a) => saturated(a, maxCurrentA))) full = true;
      row.currentA = currentA;
      row.maxCurrentA = maxCurrentA;
    }
    row.binding = wanting[v]! > 0 && full;
    nodes[v] = row;
    if (row.binding) bindingNodeIds.push(ids[v]!);
  }
}
