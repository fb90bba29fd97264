/**
 * The preview's phase words: which phase a single-phase session draws on, and which phases hold a
 * node. (The phase check, which runs the allocator, is in `phase-check.ts`.)
 */
import type { NodeLoad, Phase, Session } from '../allocation';
import type { NodeId, TopologyIndex } from '../topology';

export const PHASES: readonly Phase[] = ['L1', 'L2', 'L3'];
/** A charge point's L1 is wired to the grid phase its rotation names first (R = L1, S = L2, T = L3). */
const FIRST_PHASE: ReadonlyMap<string, Phase> = new Map([
  ['R', 'L1'],
  ['S', 'L2'],
  ['T', 'L3'],
]);
const ROTATIONS: ReadonlySet<string> = new Set(['RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR']);

/** Within this of a cap, a phase is full (the allocator's own rounding). */
export const FULL_EPSILON_A = 1e-6;

/** The phases on which a node's current is at its cap. */
export function bindingPhases(load: NodeLoad): Phase[] {
  const cap = load.maxCurrentA;
  if (load.currentA === undefined || cap === undefined || cap === null) return [];
  return PHASES.filter((_, i) => load.currentA![i]! >= cap - FULL_EPSILON_A * Math.max(1, cap));
}

export interface SessionPhase {
  /** 1 or 3. */
  readonly phases: number;
  /** The grid phase a single-phase session draws on; null for three phases. */
  readonly gridPhase: Phase | null;
  /** The charge point's rotation as given, or null (then RST). */
  readonly rotation: string | null;
}

/** How a connector's session draws: its own phases, else the connector's, else 3; on the grid phase its charge point's rotation names. */
export function sessionPhase(index: TopologyIndex, connectorId: string, session: Session | undefined): SessionPhase {
  const node = index.nodes.get(connectorId as NodeId);
  const connectorPhases = node?.asset.power_type === 'DC' ? 3 : node?.limit?.phases;
  const phases = session?.phases ?? (connectorPhases === 1 || connectorPhases === 3 ? connectorPhases : 3);
  const parent = node?.parent_id == null ? undefined : index.nodes.get(node.parent_id as NodeId);
  const given = parent?.kind === 'CHARGE_POINT' && typeof parent.asset.phase_rotation === 'string' ? parent.asset.phase_rotation : null;
  const rotation = given !== null && ROTATIONS.has(given) ? given : 'RST';
  return { phases, gridPhase: phases === 1 ? (FIRST_PHASE.get(rotation.charAt(0)) ?? 'L1') : null, rotation: given };
}

