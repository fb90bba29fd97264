/**
 * Site data → the HTTP answer the backend gives for `GET /api/depot/{id}/microgrid`: a 200 with
 * the topology (and its warnings), or a 422 problem listing every blocking issue. Rules 1–8 of the
 * contract; O(n log n) in the number of records.
 */
import type { MicrogridTopologyWire, TopologyIssueWire, TopologyProblemWire } from '../topology';
import { capacityIssues, chargePointIssues, connectorIssues } from './checks';
import { placeCircuits, type CircuitPlacement } from './circuits';
import { blocking, pointer, sortIssues, type RecordType, type Ref } from './issues';
import type { DeriveMemo } from './memo';
import { buildNodes, type Tables } from './nodes';
import { tableOf, type RecordTable } from './records';
import { parseSiteData, type SiteData } from './shape';
import { findWarnings } from './warnings';

export type DeriveResult =
  | { status: 200; body: MicrogridTopologyWire }
  | { status: 422; body: TopologyProblemWire };

export interface DeriveOptions {
  /** RFC 3339 UTC; defaults to now, to the second. */
  generatedAt?: string;
  /** Kept from earlier derivations of the same edited file's data (see `DeriveMemo`). */
  memo?: DeriveMemo;
}

export const PROBLEM_TYPE = '/problems/microgrid-topology-invalid';
export const PROBLEM_TITLE = 'Microgrid topology cannot be assembled';

/** Throws `SiteDataError` when `site` is not site data at all; every other defect is an issue. */
export function deriveMicrogrid(site: unknown, options: DeriveOptions = {}): DeriveResult {
  const data = parseSiteData(site, options.memo);
  const tables: Tables = {
    gridConnections: tableOf(data.microgrid.grid_connections, 'GRID_CONNECTION', ['microgrid', 'grid_connections']),
    circuits: tableOf(data.circuits, 'CIRCUIT', ['circuits']),
    chargePoints: tableOf(data.charge_points, 'CHARGE_POINT', ['charge_points']),
    connectors: tableOf(data.connectors, 'CONNECTOR', ['connectors']),
  };
  const placement = placeCircuits(data.microgrid, tables.gridConnections, tables.circuits, data.microgrid.grid_connections.length);
  const errors = [
    ...tables.gridConnections.duplicates,
    ...tables.circuits.duplicates,
    ...tables.chargePoints.duplicates,
    ...tables.connectors.duplicates,
    ...crossTypeDuplicates(data, tables, placement),
    ...placement.issues,
    ...capacityIssues(tables.circuits, placement),
    ...chargePointIssues(tables.chargePoints, tables.circuits),
    ...connectorIssues(tables.connectors, tables.chargePoints),
  ];
  const depotId = data.depot.id;
  if (errors.length > 0) {
    const n = errors.length;
    return {
      status: 422,
      body: {
        type: PROBLEM_TYPE,
        title: PROBLEM_TITLE,
        status: 422,
        detail: `${n} ${n === 1 ? 'error prevents' : 'errors prevent'} deriving the microgrid topology of depot ${depotId}.`,
        instance: `/api/depot/${encodeURIComponent(depotId)}/microgrid`,
        depot_id: depotId,
        microgrid_id: data.microgrid.id,
        errors: sortIssues(errors),
      },
    };
  }
  const nodes = buildNodes(data, tables, placement, options.memo);
  return {
    status: 200,
    body: {
      microgrid_id: data.microgrid.id,
      depot_id: depotId,
      name: data.depot.name ?? data.microgrid.name ?? null,
      usable_power_calculation_version: data.depot.usable_power_calculation_version ?? 3,
      generated_at: options.generatedAt ?? nowToTheSecond(),
      nodes,
      warnings: sortIssues(findWarnings(data, tables, placement, nodes)),
    },
  };
}

function nowToTheSecond(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

const TYPE_ORDER: readonly RecordType[] = ['MICROGRID', 'GRID_CONNECTION', 'CIRCUIT', 'CHARGE_POINT', 'CONNECTOR'];
const SECTION_PATHS: Record<Exclude<RecordType, 'MICROGRID'>, readonly string[]> = {
  GRID_CONNECTION: ['microgrid', 'grid_connections'],
  CIRCUIT: ['circuits'],
  CHARGE_POINT: ['charge_points'],
  CONNECTOR: ['connectors'],
};
const TYPE_WORDS: Record<RecordType, string> = {
  MICROGRID: 'the microgrid',
  GRID_CONNECTION: 'a grid connection',
  CIRCUIT: 'a circuit',
  CHARGE_POINT: 'a charge point',
  CONNECTOR: 'a connector',
};

/**
 * Records of different types become nodes of one tree, where ids must be unique. DUPLICATE_ID is
 * stretched to cover this: the entity is the record of the lowest level (the one that would be
 * drawn as a second node with that id), related the others. A source circuit is drawn as its grid
 * connection, so its own id never becomes a node and cannot collide.
 */
function crossTypeDuplicates(data: SiteData, tables: Tables, placement: CircuitPlacement): TopologyIssueWire[] {
  // Most ids are used once: remember only the first type per id, and details only on a clash.
  const firstType = new Map<string, RecordType>();
  const clashes = new Map<string, RecordType[]>();
  const claim = (type: RecordType, id: string) => {
    const first = firstType.get(id);
    if (first === undefined) firstType.set(id, type);
    else if (clashes.has(id)) clashes.get(id)!.push(type);
    else clashes.set(id, [first, type]);
  };
  claim('MICROGRID', data.microgrid.id);
  for (const id of tables.gridConnections.byId.keys()) claim('GRID_CONNECTION', id);
  for (const id of tables.circuits.byId.keys()) if (!placement.isSource(id)) claim('CIRCUIT', id);
  for (const id of tables.chargePoints.byId.keys()) claim('CHARGE_POINT', id);
  for (const id of tables.connectors.byId.keys()) claim('CONNECTOR', id);

  const describe = (type: RecordType, id: string): Ref & { at: string } => {
    if (type === 'MICROGRID') return { type, id, name: data.microgrid.name, at: pointer('microgrid', 'id') };
    const table: RecordTable<{ name?: string | null }> = {
      GRID_CONNECTION: tables.gridConnections,
      CIRCUIT: tables.circuits,
      CHARGE_POINT: tables.chargePoints,
      CONNECTOR: tables.connectors,
    }[type];
    const { record, index } = table.byId.get(id)!;
    return { type, id, name: record.name, at: pointer(...SECTION_PATHS[type], index, 'id') };
  };

  const issues: TopologyIssueWire[] = [];
  for (const [id, types] of clashes) {
    const list = types.sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b)).map((type) => describe(type, id));
    const entity = list[list.length - 1]!;
    const others = list.slice(0, -1);
    issues.push(blocking('DUPLICATE_ID', {
      message: `The id ${id} is used by ${others.map((o) => TYPE_WORDS[o.type]).join(', ')} and ${TYPE_WORDS[entity.type]}; node ids must be unique across the microgrid.`,
      entity,
      related: others,
      pointer: entity.at,
    }));
  }
  return issues;
}
