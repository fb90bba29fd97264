/**
 * The preview's phase words and the phase check: which phase a single-phase session draws on,
 * which phases hold a node, and what a watt-only balancer would overload — the same sessions
 * allocated with the current caps removed (the allocator then gives the phase-blind allocation and
 * still reports each phase's current), held against the caps it ignored.
 */
import { allocate, type NodeLoad, type Phase, type PowerNode, type Session, type Strategy } from '../allocation';
import type { NodeId, TopologyIndex } from '../topology';

const PHASES: readonly Phase[] = ['L1', 'L2', 'L3'];
/** A charge point's L1 is wired to the grid phase its rotation names first (R = L1, S = L2, T = L3). */
const FIRST_PHASE: ReadonlyMap<string, Phase> = new Map([
  ['R', 'L1'],
  ['S', 'L2'],
  ['T', 'L3'],
]);
const ROTATIONS: ReadonlySet<string> = new Set(['RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR']);

/** Within this of a cap, a phase is full (the allocator's own rounding). */
const FULL_EPSILON_A = 1e-6;

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

/** Runs the sessions phase-blind (current caps removed) and lists the caps that allocation breaks. */
export function phaseCheck(nodes: readonly PowerNode[], sessions: readonly Session[], strategy: Strategy): PhaseCheck {
  const caps = new Map<string, number>();
  for (const n of nodes) if (typeof n.maxCurrentA === 'number') caps.set(n.id, n.maxCurrentA);
  if (caps.size === 0) return { applies: false, overloads: [], allocatedW: 0 };
  const blind = allocate({ nodes: nodes.map((n) => ({ ...n, maxCurrentA: null })), sessions: sessions as Session[], strategy });
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
