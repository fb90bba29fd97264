/**
 * The allocator's public surface, exactly as the allocator contract writes it, so that a backend,
 * a benchmark or an outside check can call `allocate` without reading its code.
 */
export type Strategy = 'connector' | 'charger';

export interface PowerNode {
  id: string;
  /** Exactly one node has null: the root. */
  parentId: string | null;
  /** 'MICROGRID' | 'GRID_CONNECTION' | 'CIRCUIT' | 'CHARGE_POINT' | 'CONNECTOR' | other. */
  kind: string;
  /** Cap through this node, W; null = none. */
  maxPowerW: number | null;
  /** On charge points: how many vehicles it can charge at once (1 = one at a time). */
  evseCount?: number;
}

export interface Session {
  /** A CONNECTOR node's id. */
  connectorId: string;
  /** What the vehicle would draw if unconstrained, W (>= 0). */
  requestedPowerW: number;
  /** Default 0: the session gets at least this, or nothing. */
  minPowerW?: number;
  /** Default 0; higher is served first. */
  priority?: number;
}

export interface AllocationInput {
  nodes: PowerNode[];
  sessions: Session[];
  strategy: Strategy;
}

export type LimitedBy =
  | { kind: 'request' }
  | { kind: 'node'; nodeId: string }
  | { kind: 'admission'; nodeId: string }
  | { kind: 'evse'; nodeId: string };

export interface SessionAllocation {
  connectorId: string;
  requestedPowerW: number;
  allocatedW: number;
  limitedBy: LimitedBy;
}

export interface NodeLoad {
  nodeId: string;
  maxPowerW: number | null;
  flowW: number;
  headroomW: number | null;
  binding: boolean;
}

export interface AllocationSummary {
  requestedW: number;
  allocatedW: number;
  unservedW: number;
  admitted: number;
  refused: number;
  bindingNodeIds: string[];
}

export interface AllocationResult {
  /** Ordered by connectorId (UTF-16 code units). */
  sessions: SessionAllocation[];
  /** Ordered by nodeId (UTF-16 code units). */
  nodes: NodeLoad[];
  summary: AllocationSummary;
}
