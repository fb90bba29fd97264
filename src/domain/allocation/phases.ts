/**
 * Phase data of the input: per-phase current caps, connectors' phase counts, charge points'
 * rotations, sessions' phase counts. Read only when some node or session carries any of it, so
 * that an input without phase data allocates exactly as it did before phases existed.
 */
import { quote } from './errors';
import type { PowerNode, Session } from './types';
import type { PreparedTree } from './tree';

/** Line-to-neutral, V: a session drawing W on n phases draws W / (230 × n) A on each. */
export const VOLTS = 230;

export interface TreePhases {
  /** A per phase; Infinity where the node has no current cap. */
  readonly maxCurrent: Float64Array;
  /** Connectors' phase counts: 1, 3, or 0 when not given. */
  readonly phases: Uint8Array;
  /** Per charge point: the grid phase (0 = L1, 1 = L2, 2 = L3) its L1 is wired to. */
  readonly firstPhase: Uint8Array;
}

/** OCPP ConnectorPhaseRotation: R, S, T are grid L1, L2, L3; the first letter is where L1 goes. */
const ROTATIONS: Readonly<Record<string, number>> = { RST: 0, RTS: 0, SRT: 1, STR: 1, TRS: 2, TSR: 2 };

const isPhaseCount = (value: unknown): value is 1 | 3 => value === 1 || value === 3;

/** Problems with the phase fields of the node with this id, added to `problems`. */
export function checkNodePhases(node: Partial<Record<keyof PowerNode, unknown>>, id: string, problems: string[]): void {
  const { maxCurrentA, phases, phaseRotation } = node;
  const name = () => `node ${quote(id)}`;
  if (maxCurrentA != null && !(typeof maxCurrentA === 'number' && maxCurrentA >= 0 && maxCurrentA < Infinity)) {
    problems.push(`${name()}: maxCurrentA must be a finite number >= 0 or null, got ${quote(maxCurrentA)}`);
  }
  if (phases != null && !isPhaseCount(phases)) problems.push(`${name()}: phases must be 1 or 3, got ${quote(phases)}`);
  if (phaseRotation != null && typeof phaseRotation !== 'string') {
    problems.push(`${name()}: phaseRotation must be a string, got ${quote(phaseRotation)}`);
  }
}

export function checkSessionPhases(phases: unknown, name: string, problems: string[]): boolean {
  if (phases == null || isPhaseCount(phases)) return true;
  problems.push(`${name}: phases must be 1 or 3, got ${quote(phases)}`);
  return false;
}

const hasPhaseFields = (node: PowerNode): boolean => node.maxCurrentA != null || node.phases != null || node.phaseRotation != null;

/**
 * Each node's phase data at its place in id order (`rank[k]` for the k-th read node, found at
 * `source[k]` in the input); null when no node carries any. Unknown rotations count as `RST`.
 */
export function readNodePhases(rawNodes: readonly unknown[], source: readonly number[], rank: Int32Array): TreePhases | null {
  if (!source.some((at) => hasPhaseFields(rawNodes[at] as PowerNode))) return null;
  const n = rank.length;
  const maxCurrent = new Float64Array(n).fill(Infinity);
  const phases = new Uint8Array(n);
  const firstPhase = new Uint8Array(n);
  source.forEach((at, k) => {
    const node = rawNodes[at] as PowerNode;
    const i = rank[k]!;
    if (typeof node.maxCurrentA === 'number') maxCurrent[i] = node.maxCurrentA;
    if (isPhaseCount(node.phases)) phases[i] = node.phases;
    if (node.kind === 'CHARGE_POINT' && typeof node.phaseRotation === 'string') firstPhase[i] = ROTATIONS[node.phaseRotation] ?? 0;
  });
  return { maxCurrent, phases, firstPhase };
}

/** Per session: A drawn per W on each grid phase, as three entries (3s, 3s + 1, 3s + 2). */
export function sessionCoefficients(tree: PreparedTree, node: Int32Array, sessionPhases: Uint8Array | null): Float64Array {
  const coefficients = new Float64Array(3 * node.length);
  const phases = tree.phases;
  for (let s = 0; s < node.length; s++) {
    const leaf = node[s]!;
    const count = sessionPhases?.[s] || phases?.phases[leaf] || 3;
    if (count === 3) {
      for (let p = 0; p < 3; p++) coefficients[3 * s + p] = 1 / (3 * VOLTS);
      continue;
    }
    // Circuits do not rotate phases: only the charge point's wiring decides.
    const chargePoint = tree.chargePointOf[leaf]!;
    const phase = chargePoint >= 0 && phases ? phases.firstPhase[chargePoint]! : 0;
    coefficients[3 * s + phase] = 1 / VOLTS;
  }
  return coefficients;
}

export const PHASE_NAMES = ['L1', 'L2', 'L3'] as const;

/** Whether any session names its phase count (which alone is phase data). */
export const anySessionPhases = (rawSessions: readonly unknown[]): boolean =>
  rawSessions.some((raw) => typeof raw === 'object' && raw !== null && (raw as Session).phases != null);
