/**
 * Where each circuit goes: which grid connection it feeds, which circuit it hangs under, and which
 * circuits cannot be placed at all (a missing parent, a cycle, no grid connection above them).
 *
 * One cause, one issue: only the circuit where placement first fails is reported; the circuits
 * and charge points beneath it are simply not placed.
 */
import { compareCodeUnits, type TopologyIssueWire } from '../topology';
import { blocking, pointer, SHARED_SOURCE_CODE, type Ref } from './issues';
import { linkOf, type RecordTable } from './records';
import type { CircuitRecord, GridConnectionRecord } from './shape';

export interface CircuitPlacement {
  /** Source circuit id → the grid connection drawn in its place. */
  gridConnectionOf: Map<string, string>;
  /** Circuits that appear in the tree (source circuits included, as their grid connection). */
  placed: Set<string>;
  /** The node id a circuit is drawn as: its grid connection's id for a source circuit. */
  nodeIdOf(circuitId: string): string;
  /** Whether a grid connection names this circuit as its source (it is then drawn as that node). */
  isSource(circuitId: string): boolean;
  /** Who an issue about this circuit names: the grid connection for a source circuit. */
  subjectOf(circuitId: string): { entity: Ref; related: Ref[] };
  issues: TopologyIssueWire[];
}

const sortedKeys = (map: ReadonlyMap<string, unknown>) => [...map.keys()].sort(compareCodeUnits);

export function placeCircuits(
  microgrid: { id: string; name?: string | null | undefined },
  gridConnections: RecordTable<GridConnectionRecord>,
  circuits: RecordTable<CircuitRecord>,
  gridConnectionCount: number,
): CircuitPlacement {
  const issues: TopologyIssueWire[] = [];
  const circuit = (id: string) => circuits.byId.get(id)!;
  const parentOf = (id: string) => linkOf(circuit(id).record.parent_circuit_id);

  // Grid connections, smallest id first, so a shared source goes to the same one every time.
  const gridConnectionOf = new Map<string, string>();
  const namedBy = new Map<string, string>();
  for (const gcId of sortedKeys(gridConnections.byId)) {
    const { record, index } = gridConnections.byId.get(gcId)!;
    const entity: Ref = { type: 'GRID_CONNECTION', id: gcId, name: record.name };
    const at = pointer('microgrid', 'grid_connections', index, 'circuit_id');
    const source = linkOf(record.circuit_id);
    if (source === null) {
      issues.push(blocking('GRID_CONNECTION_CIRCUIT_NOT_FOUND', { message: `Grid connection ${gcId} names no source circuit.`, entity, pointer: at }));
      continue;
    }
    const related: Ref[] = [{ type: 'CIRCUIT', id: source }];
    const found = circuits.byId.get(source);
    if (!found) {
      issues.push(blocking('GRID_CONNECTION_CIRCUIT_NOT_FOUND', {
        message: `Grid connection ${gcId} is sourced from circuit ${source}, which no longer exists; a resync of the grid connections repairs this.`,
        entity, related, pointer: at,
      }));
      continue;
    }
    related[0]!.name = found.record.name;
    if (!namedBy.has(source)) namedBy.set(source, gcId);
    const parent = parentOf(source);
    if (parent !== null) {
      issues.push(blocking('GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL', {
        message: `Grid connection ${gcId} is sourced from circuit ${source}, which now hangs under circuit ${parent}; a grid connection's circuit must be top-level.`,
        entity, related, pointer: at,
      }));
      continue;
    }
    const first = gridConnectionOf.get(source);
    if (first !== undefined) {
      issues.push(blocking(SHARED_SOURCE_CODE, {
        message: `Grid connections ${first} and ${gcId} are both sourced from circuit ${source}; a circuit feeds one grid connection.`,
        entity, related: [...related, { type: 'GRID_CONNECTION', id: first }], pointer: at,
      }));
      continue;
    }
    gridConnectionOf.set(source, gcId);
  }
  if (gridConnectionCount === 0) {
    issues.push(blocking('GRID_CONNECTION_NONE', {
      message: `Microgrid ${microgrid.id} has no grid connections, so nothing can be placed under it.`,
      entity: { type: 'MICROGRID', id: microgrid.id, name: microgrid.name },
      pointer: pointer('microgrid', 'grid_connections'),
    }));
  }

  const ids = sortedKeys(circuits.byId);
  for (const id of ids) {
    const parent = parentOf(id);
    const { record, index } = circuit(id);
    if (parent === null) {
      // With no grid connection at all, GRID_CONNECTION_NONE already says why.
      if (!gridConnectionOf.has(id) && gridConnectionCount > 0) {
        issues.push(blocking('GRID_CONNECTION_MISSING_FOR_CIRCUIT', {
          message: `Top-level circuit ${id} has no grid connection, so nothing below it can be placed.`,
          entity: { type: 'CIRCUIT', id, name: record.name },
          pointer: pointer('circuits', index),
        }));
      }
    } else if (!circuits.byId.has(parent)) {
      issues.push(blocking('CIRCUIT_PARENT_NOT_FOUND', {
        message: `Circuit ${id} hangs under circuit ${parent}, which does not exist.`,
        entity: { type: 'CIRCUIT', id, name: record.name },
        related: [{ type: 'CIRCUIT', id: parent }],
        pointer: pointer('circuits', index, 'parent_circuit_id'),
      }));
    }
  }

  // One by one: there may be more cycles than a call may take arguments.
  for (const issue of cycleIssues(ids, parentOf, circuits)) issues.push(issue);

  // Placed: a claimed top-level circuit, or a circuit whose parent is placed. Walk each chain up
  // once; a cycle or a dead end leaves the whole chain unplaced.
  const state = new Map<string, boolean>();
  for (const start of ids) {
    const chain: string[] = [];
    const onChain = new Set<string>();
    let current: string | null = start;
    let placed = false;
    while (current !== null) {
      const known = state.get(current);
      if (known !== undefined) { placed = known; break; }
      if (onChain.has(current) || !circuits.byId.has(current)) break;
      chain.push(current);
      onChain.add(current);
      const parent = parentOf(current);
      if (parent === null) { placed = gridConnectionOf.has(current); break; }
      current = parent;
    }
    for (const id of chain) state.set(id, placed);
  }
  const placed = new Set([...state].filter(([, ok]) => ok).map(([id]) => id));

  return {
    gridConnectionOf,
    placed,
    nodeIdOf: (id) => gridConnectionOf.get(id) ?? id,
    isSource: (id) => namedBy.has(id),
    subjectOf(id) {
      const self: Ref = { type: 'CIRCUIT', id, name: circuits.byId.get(id)?.record.name };
      const gcId = gridConnectionOf.get(id) ?? namedBy.get(id);
      if (gcId === undefined) return { entity: self, related: [] };
      const gc = gridConnections.byId.get(gcId)!.record;
      return { entity: { type: 'GRID_CONNECTION', id: gcId, name: gc.name }, related: [self] };
    },
    issues,
  };
}

/** One issue per cycle: entity its smallest id, related the others in parent-link order. */
function cycleIssues(
  ids: readonly string[],
  parentOf: (id: string) => string | null,
  circuits: RecordTable<CircuitRecord>,
): TopologyIssueWire[] {
  const done = new Set<string>();
  const issues: TopologyIssueWire[] = [];
  for (const start of ids) {
    const chain: string[] = [];
    const position = new Map<string, number>();
    let current: string | null = start;
    while (current !== null && circuits.byId.has(current) && !done.has(current) && !position.has(current)) {
      position.set(current, chain.length);
      chain.push(current);
      current = parentOf(current);
    }
    if (current !== null && position.has(current)) {
      const members = chain.slice(position.get(current)!);
      const smallest = [...members].sort(compareCodeUnits)[0]!;
      const at = members.indexOf(smallest);
      const ordered = [...members.slice(at), ...members.slice(0, at)];
      const { record, index } = circuits.byId.get(smallest)!;
      issues.push(blocking('CIRCUIT_CYCLE', {
        message:
          ordered.length === 1
            ? `Circuit ${smallest} names itself as its parent.`
            : `Circuits ${[...ordered, smallest].join(' → ')} form a cycle: each is its own ancestor.`,
        entity: { type: 'CIRCUIT', id: smallest, name: record.name },
        related: ordered.slice(1).map((id) => ({ type: 'CIRCUIT', id, name: circuits.byId.get(id)!.record.name })),
        pointer: pointer('circuits', index, 'parent_circuit_id'),
      }));
    }
    for (const id of chain) done.add(id);
  }
  return issues;
}
