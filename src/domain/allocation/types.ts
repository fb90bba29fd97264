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
  /** Cap in A on each grid phase, on the current of the sessions beneath that draw on it; null = none. */
  maxCurrentA?: number | null;
  /** Connectors: how many phases they supply (DC: 3). */
  phases?: 1 | 3;
  /** Charge points: OCPP ConnectorPhaseRotation ('RST' … 'TSR'), the grid phases its L1, L2, L3 are wired to. */
  phaseRotation?: string;
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
  /** Phases the vehicle draws on; default: its connector's `phases`, else 3. */
  phases?: 1 | 3;
}

export interface AllocationInput {
  nodes: PowerNode[];
  sessions: Session[];
  strategy: Strategy;
}

export type Phase = 'L1' | 'L2' | 'L3';

export type LimitedBy =
  | { kind: 'request' }
  /** `phase` when the saturated cap is that phase's current cap (absent for a watt cap). */
  | { kind: 'node'; nodeId: string; phase?: Phase }
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
  /** Binding on its watt cap or on a phase's current cap. */
  binding: boolean;
  /** Current on L1, L2, L3, A; present when the input has phase data. */
  currentA?: [number, number, number];
  /** Present when the input has phase data. */
  maxCurrentA?: number | null;
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
