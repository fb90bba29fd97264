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

/**
 * Rows are made by constructors rather than object literals: V8 may decide to allocate a
 * literal's objects straight into the old generation once it has seen many of them survive,
 * which made a large depot's result several milliseconds slower to build and to collect, and
 * whether it did depended on what the process had run before. Constructed rows are plain data
 * like any other (own, enumerable fields; JSON and structured clone see the same thing).
 */
class SessionRow implements SessionAllocation {
  constructor(
    readonly connectorId: string,
    readonly requestedPowerW: number,
    readonly allocatedW: number,
    readonly limitedBy: LimitedBy,
  ) {}
}

class NodeRow implements NodeLoad {
  constructor(
    readonly nodeId: string,
    readonly maxPowerW: number | null,
    readonly flowW: number,
    readonly headroomW: number | null,
    readonly binding: boolean,
  ) {}
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
  const totals = sessionRows(tree, sessions, admission, shares, flow, wanting, out);
  sumUp(tree.order, tree.parent, flow, wanting);
  const nodes: NodeLoad[] = new Array(tree.size);
  const bindingNodeIds: string[] = [];
  nodeRows(tree.ids, tree.cap, flow, wanting, nodes, bindingNodeIds);
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
    if (status[s] !== BY_EVSE && allocated < requested - 1e-6) wanting[leaf]!++;
    if (status[s] === BY_ADMISSION || status[s] === BY_EVSE) refused++;
    requestedW += requested;
    allocatedW += allocated;
    out[s] = new SessionRow(ids[leaf]!, requested, allocated, reasons.of(admission, shares, s));
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

/** One row per node, in node-id order, and the binding ones. */
function nodeRows(
  ids: readonly string[],
  cap: Float64Array,
  flow: Float64Array,
  wanting: Int32Array,
  nodes: NodeLoad[],
  bindingNodeIds: string[],
): void {
  for (let v = 0; v < ids.length; v++) {
    const maxPowerW = cap[v] === Infinity ? null : cap[v]!;
    const flowW = flow[v]!;
    const binding = maxPowerW !== null && wanting[v]! > 0 && saturated(flowW, maxPowerW);
    // Rounding can leave a full node a hair over its cap; that is no headroom, not a negative one.
    const headroomW = maxPowerW === null ? null : Math.max(0, maxPowerW - flowW);
    nodes[v] = new NodeRow(ids[v]!, maxPowerW, flowW, headroomW, binding);
    if (binding) bindingNodeIds.push(ids[v]!);
  }
}
