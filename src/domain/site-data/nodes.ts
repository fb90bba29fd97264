/**
 * The nodes of a topology that assembled without blocking issues, in one canonical order:
 * depth-first from the root, siblings by id in code-unit order. The same site data therefore
 * gives the same list whatever the order of its arrays.
 */
import { compareCodeUnits, type MicrogridNodeWire } from '../topology';
import type { CircuitPlacement } from './circuits';
import { nodeOf, type DeriveMemo } from './memo';
import { linkOf, positiveWatts, type RecordTable } from './records';
import type { ChargePointRecord, CircuitRecord, ConnectorRecord, GridConnectionRecord, SiteData } from './shape';

export interface Tables {
  gridConnections: RecordTable<GridConnectionRecord>;
  circuits: RecordTable<CircuitRecord>;
  chargePoints: RecordTable<ChargePointRecord>;
  connectors: RecordTable<ConnectorRecord>;
}

/** Drops absent fields so the body carries only what the site data says. */
function present<T extends Record<string, unknown>>(fields: T): Partial<T> {
  // for...in over a fresh literal: no key array built, for every node of a large depot.
  const out: Partial<T> = {};
  for (const key in fields) {
    const value = fields[key];
    if (value !== undefined && value !== null) out[key] = value;
  }
  return out;
}

/** A circuit's cap: its default capacity, else its safe capacity (contract rule 4). */
export function circuitCap(c: CircuitRecord): { watts: number; source: 'DEFAULT_CAPACITY' | 'SAFE_CAPACITY' } | null {
  const byDefault = positiveWatts(c.default_capacity_w);
  if (byDefault !== null) return { watts: byDefault, source: 'DEFAULT_CAPACITY' };
  const bySafe = positiveWatts(c.safe_capacity_w);
  return bySafe === null ? null : { watts: bySafe, source: 'SAFE_CAPACITY' };
}

function circuitFields(c: CircuitRecord): Pick<MicrogridNodeWire, 'limit' | 'asset'> {
  const cap = circuitCap(c);
  return {
    // The breaker's rating is a per-phase current that load balancing must respect beside the watts.
    limit: { max_power_w: cap?.watts ?? null, max_current_a: c.breaker_rating_a ?? null, phases: c.phases ?? null, source: cap?.source ?? null },
    asset: present({
      circuit_id: c.id,
      default_capacity_w: positiveWatts(c.default_capacity_w),
      safe_capacity_w: positiveWatts(c.safe_capacity_w),
      breaker_rating_a: c.breaker_rating_a,
      voltage_v: c.voltage_v,
      phases: c.phases,
    }),
  };
}

function chargePointNode(cp: ChargePointRecord, parentId: string): MicrogridNodeWire {
  const rating = positiveWatts(cp.max_power_w);
  return {
    id: cp.id,
    kind: 'CHARGE_POINT',
    parent_id: parentId,
    name: cp.name ?? null,
    limit: { max_power_w: rating, max_current_a: null, phases: cp.phases ?? null, source: 'RATED' },
    asset: present({
      ocpp_id: cp.ocpp_id,
      vendor: cp.vendor,
      model: cp.model,
      serial_number: cp.serial_number,
      firmware_version: cp.firmware_version,
      power_type: cp.power_type,
      evse_count: cp.evse_count,
      max_power_w: rating,
      status: cp.status,
      phase_rotation: cp.phase_rotation,
    }),
  };
}

// A Map: `power_type` is any string in the site data, `constructor` included.
const PHASES_OF_POWER_TYPE: ReadonlyMap<string, 1 | 3> = new Map([['AC_1_PHASE', 1], ['AC_3_PHASE', 3]]);

function connectorNode(c: ConnectorRecord, parentId: string): MicrogridNodeWire {
  const rating = positiveWatts(c.max_power_w);
  const phases = c.phases ?? PHASES_OF_POWER_TYPE.get(c.power_type ?? '') ?? null;
  return {
    id: c.id,
    kind: 'CONNECTOR',
    parent_id: parentId,
    name: c.name ?? null,
    // A DC connector's current is direct current, not a per-phase cap, so only AC ones carry it.
    limit: { max_power_w: rating, max_current_a: phases === null ? null : (c.max_current_a ?? null), phases, source: 'RATED' },
    asset: present({
      connector_id: c.connector_id,
      evse_id: c.evse_id,
      standard: c.standard,
      power_type: c.power_type,
      max_power_w: rating,
      max_current_a: c.max_current_a,
      max_voltage_v: c.max_voltage_v,
      status: c.status,
    }),
  };
}

/**
 * Every placed record as a node, in canonical order. Call only when no blocking issue was found.
 * With a memo, a node built before from the same record under the same parent is that node.
 */
export function buildNodes(site: SiteData, tables: Tables, placement: CircuitPlacement, memo?: DeriveMemo): MicrogridNodeWire[] {
  const rootId = site.microgrid.id;
  const all: MicrogridNodeWire[] = [
    { id: rootId, kind: 'MICROGRID', parent_id: null, name: site.microgrid.name ?? null, limit: null, asset: {} },
  ];
  for (const [circuitId, gcId] of placement.gridConnectionOf) {
    const gc = tables.gridConnections.byId.get(gcId)!.record;
    const circuit = tables.circuits.byId.get(circuitId)!.record;
    all.push(
      nodeOf(memo, gc, rootId, circuit, () => ({ id: gcId, kind: 'GRID_CONNECTION', parent_id: rootId, name: gc.name ?? circuit.name ?? null, ...circuitFields(circuit) })),
    );
  }
  for (const [id, { record }] of tables.circuits.byId) {
    const parent = linkOf(record.parent_circuit_id);
    if (parent === null || !placement.placed.has(id)) continue;
    const parentId = placement.nodeIdOf(parent);
    all.push(nodeOf(memo, record, parentId, null, () => ({ id, kind: 'CIRCUIT', parent_id: parentId, name: record.name ?? null, ...circuitFields(record) })));
  }
  for (const { record } of tables.chargePoints.byId.values()) {
    const circuitId = linkOf(record.circuit_id);
    if (circuitId === null || !placement.placed.has(circuitId)) continue;
    const parentId = placement.nodeIdOf(circuitId);
    all.push(nodeOf(memo, record, parentId, null, () => chargePointNode(record, parentId)));
  }
  const chargePointIds = new Set<string>();
  for (const node of all) if (node.kind === 'CHARGE_POINT') chargePointIds.add(node.id);
  for (const { record } of tables.connectors.byId.values()) {
    const chargePointId = linkOf(record.charge_point_id);
    if (chargePointId !== null && chargePointIds.has(chargePointId)) all.push(nodeOf(memo, record, chargePointId, null, () => connectorNode(record, chargePointId)));
  }
  return canonicalOrder(all, rootId);
}

function canonicalOrder(nodes: readonly MicrogridNodeWire[], rootId: string): MicrogridNodeWire[] {
  const children = new Map<string, MicrogridNodeWire[]>();
  let root: MicrogridNodeWire | undefined;
  for (const node of nodes) {
    if (node.parent_id === null) { root = node; continue; }
    const list = children.get(node.parent_id);
    if (list) list.push(node);
    else children.set(node.parent_id, [node]);
  }
  for (const list of children.values()) list.sort((a, b) => compareCodeUnits(a.id, b.id));
  const ordered: MicrogridNodeWire[] = [];
  const stack = root && root.id === rootId ? [root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    ordered.push(node);
    const kids = children.get(node.id);
    if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return ordered;
}
