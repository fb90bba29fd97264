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
  /** Per node and phase (3v + p): the current of those minimums, A; null without current caps. */
  readonly reservedA: Float64Array | null;
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

/**
 * `perWatt` (A per W on each phase, 3 per session) is given when some node has a current cap:
 * a minimum must then fit under those caps too.
 */
export function admit(tree: PreparedTree, sessions: PreparedSessions, perWatt: Float64Array | null = null): Admission {
  const status = new Uint8Array(sessions.count);
  const refusedAt = new Int32Array(sessions.count).fill(-1);
  const reserved = new Float64Array(tree.size);
  const busy = new Int32Array(tree.size);
  const { parent, cap, chargePointOf, evseCount } = tree;
  const maxCurrent = perWatt ? tree.phases?.maxCurrent : undefined;
  const reservedA = maxCurrent ? new Float64Array(3 * tree.size) : null;
  const fitsCurrent = (v: number, s: number, minimum: number): boolean => {
    if (!maxCurrent || !reservedA || maxCurrent[v] === Infinity) return true;
    for (let p = 0; p < 3; p++) if (!fits(reservedA[3 * v + p]! + minimum * perWatt![3 * s + p]!, maxCurrent[v]!)) return false;
    return true;
  };

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
    for (let v = leaf; v >= 0; v = parent[v]!) if (!fits(reserved[v]! + minimum, cap[v]!) || !fitsCurrent(v, s, minimum)) blocker = v;
    if (blocker >= 0) {
      status[s] = REFUSED_ADMISSION;
      refusedAt[s] = blocker;
      continue;
    }
    for (let v = leaf; v >= 0; v = parent[v]!) {
      reserved[v]! += minimum;
      if (reservedA) for (let p = 0; p < 3; p++) reservedA[3 * v + p]! += minimum * perWatt![3 * s + p]!;
    }
  }
  return { status, refusedAt, reserved, reservedA };
}
