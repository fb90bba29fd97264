/**
 * Result assembly: per-session outcomes in connector-id order, per-node loads in node-id order,
 * and the summary. Flows are summed bottom-up in pre-order, so they do not depend on input order.
 */
import { REFUSED_ADMISSION, REFUSED_EVSE, type Admission } from './admission';
import { AT_REQUEST } from './fill';
import type { PreparedSessions } from './session-input';
import type { Shares } from './share';
import type { PreparedTree } from './tree';
import type { AllocationResult, LimitedBy, NodeLoad, SessionAllocation } from './types';

// Imported names that hot loops read, copied once into this module: where a CommonJS transform
// runs it (as tsx runs the benchmark), every read of an imported name is a getter call.
const BY_ADMISSION = REFUSED_ADMISSION;
const BY_EVSE = REFUSED_EVSE;
const GOT_REQUEST = AT_REQUEST;

/** The contract's feasibility tolerance, widened only by rounding on very large caps. */
export const saturated = (flow: number, cap: number): boolean => flow >= cap - Math.max(1e-6, cap * 1e-12);

/**
 * Reasons are immutable values: one frozen object per (kind, node) is shared by every session it
 * applies to, which keeps a 50 000-session result from allocating 50 000 small objects.
 */
class Reasons {
  /**
   * Keyed by 3 × node + slot. A Map, not an array over every node: few nodes ever limit anyone,
   * and an array three times as long as the tree was a large share of the garbage besides the
   * result itself (garbage is a large part of the cost on big depots).
   */
  private readonly byNode = new Map<number, LimitedBy>();
  private readonly atRequest: LimitedBy = Object.freeze({ kind: 'request' });
  /** The last reason given: sessions in id order are mostly siblings, held back by one limit. */
  private lastKey = -1;
  private last: LimitedBy = this.atRequest;

  constructor(private readonly tree: PreparedTree) {}

  of(admission: Admission, shares: Shares, s: number): LimitedBy {
    const status = admission.status[s];
    if (status === BY_ADMISSION) return this.at(0, 'admission', admission.refusedAt[s]!);
    if (status === BY_EVSE) return this.at(1, 'evse', admission.refusedAt[s]!);
    const frozenBy = shares.frozenBy[s]!;
    return frozenBy === GOT_REQUEST ? this.atRequest : this.at(2, 'node', frozenBy);
  }

  private at(slot: number, kind: 'admission' | 'evse' | 'node', v: number): LimitedBy {
    const key = 3 * v + slot;
    if (key === this.lastKey) return this.last;
    let reason = this.byNode.get(key);
    if (reason === undefined) {
      reason = Object.freeze({ kind, nodeId: this.tree.ids[v]! }) as LimitedBy;
      this.byNode.set(key, reason);
    }
    this.lastKey = key;
    this.last = reason;
    return reason;
  }
}

export function assemble(
  tree: PreparedTree,
  sessions: PreparedSessions,
  admission: Admission,
  shares: Shares,
): AllocationResult {
  const flow = new Float64Array(tree.size);
  // Sessions refused for a busy EVSE are held back by the charger, not by any cap.
  const wanting = new Int32Array(tree.size);
  const out: SessionAllocation[] = new Array(sessions.count);
  const reasons = new Reasons(tree);
  let requestedW = 0;
  let allocatedW = 0;
  let refused = 0;
  for (let s = 0; s < sessions.count; s++) {
    const leaf = sessions.node[s]!;
    const allocated = shares.allocated[s]!;
    const requested = sessions.requested[s]!;
    flow[leaf]! += allocated;
    if (admission.status[s] !== BY_EVSE && allocated < requested - 1e-6) wanting[leaf]!++;
    if (admission.status[s] === BY_ADMISSION || admission.status[s] === BY_EVSE) refused++;
    requestedW += requested;
    allocatedW += allocated;
    out[s] = {
      connectorId: tree.ids[leaf]!,
      requestedPowerW: requested,
      allocatedW: allocated,
      limitedBy: reasons.of(admission, shares, s),
    };
  }
  const { order, parent } = tree;
  for (let k = tree.size - 1; k > 0; k--) {
    const v = order[k]!;
    flow[parent[v]!]! += flow[v]!;
    wanting[parent[v]!]! += wanting[v]!;
  }

  const nodes: NodeLoad[] = new Array(tree.size);
  const bindingNodeIds: string[] = [];
  for (let v = 0; v < tree.size; v++) {
    const maxPowerW = tree.cap[v] === Infinity ? null : tree.cap[v]!;
    const flowW = flow[v]!;
    const binding = maxPowerW !== null && wanting[v]! > 0 && saturated(flowW, maxPowerW);
    // Rounding can leave a full node a hair over its cap; that is no headroom, not a negative one.
    const headroomW = maxPowerW === null ? null : Math.max(0, maxPowerW - flowW);
    nodes[v] = { nodeId: tree.ids[v]!, maxPowerW, flowW, headroomW, binding };
    if (binding) bindingNodeIds.push(tree.ids[v]!);
  }
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
