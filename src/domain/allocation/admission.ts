/**
 * Admission, in the contract's explicit order (priority high first, then connector id): a charge
 * point with a limited number of EVSEs serves the first sessions in that order, then a session
 * with a minimum is admitted when that minimum still fits under every cap on its path beside the
 * minimums admitted before it. Admitted minimums are reserved before any sharing starts.
 */
import type { PreparedSessions } from './session-input';
import type { PreparedTree } from './tree';

export const ADMITTED = 0;
export const REFUSED_ADMISSION = 1;
export const REFUSED_EVSE = 2;

export interface Admission {
  /** ADMITTED, REFUSED_ADMISSION or REFUSED_EVSE, per session. */
  readonly status: Uint8Array;
  /** The node that refused a session (blocking cap or busy charge point); -1 when admitted. */
  readonly refusedAt: Int32Array;
  /** Per node: the admitted minimums beneath it, W. */
  readonly reserved: Float64Array;
}

/**
 * Sessions are already in connector-id order, so grouping them by priority (highest first),
 * keeping that order inside each group, gives the contract's order.
 */
export function admissionOrder(sessions: PreparedSessions): Int32Array {
  const { priority, count } = sessions;
  const order = new Int32Array(count);
  for (let i = 0; i < count; i++) order[i] = i;
  // Usually every session has the same priority: then id order is the order.
  let mixed = false;
  for (let i = 1; i < count && !mixed; i++) mixed = priority[i] !== priority[0];
  if (!mixed) return order;
  const levels = [...new Set(priority)].sort((a, b) => b - a);
  // A few tiers: one sweep each. Many: a stable sort, to stay O(n log n).
  if (levels.length > 8) return order.sort((a, b) => priority[b]! - priority[a]! || a - b);
  let k = 0;
  for (const level of levels) for (let i = 0; i < count; i++) if (priority[i] === level) order[k++] = i;
  return order;
}

/** Room for rounding in sums of minimums, far below anything a meter could see. */
const fits = (load: number, cap: number): boolean => load <= cap + 1e-9 * Math.max(1, cap);

export function admit(tree: PreparedTree, sessions: PreparedSessions): Admission {
  const status = new Uint8Array(sessions.count);
  const refusedAt = new Int32Array(sessions.count).fill(-1);
  const reserved = new Float64Array(tree.size);
  const busy = new Int32Array(tree.size);
  const { parent, cap, chargePointOf, evseCount } = tree;

  const order = admissionOrder(sessions);
  for (let k = 0; k < order.length; k++) {
    const s = order[k]!;
    const leaf = sessions.node[s]!;
    const chargePoint = chargePointOf[leaf]!;
    if (chargePoint >= 0 && evseCount[chargePoint]! > 0) {
      if (busy[chargePoint]! >= evseCount[chargePoint]!) {
        status[s] = REFUSED_EVSE;
        refusedAt[s] = chargePoint;
        continue;
      }
      busy[chargePoint]!++;
    }
    const minimum = sessions.minimum[s]!;
    if (minimum <= 0) continue;
    let blocker = -1;
    for (let v = leaf; v >= 0; v = parent[v]!) if (!fits(reserved[v]! + minimum, cap[v]!)) blocker = v;
    if (blocker >= 0) {
      status[s] = REFUSED_ADMISSION;
      refusedAt[s] = blocker;
      continue;
    }
    for (let v = leaf; v >= 0; v = parent[v]!) reserved[v]! += minimum;
  }
  return { status, refusedAt, reserved };
}
