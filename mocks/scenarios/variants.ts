/**
 * Depots derived from the small depot by changing a few records: the legacy-version depot and
 * a depot with every warning, one depot per blocking code of the catalog, each breaking the data the way it breaks in the field.
 */
import { smallDepot } from './small-depot';

type Rec = Record<string, unknown>;
/** Site data loose enough to be bent: a scenario may add fields a healthy depot does not have. */
export interface LooseSite {
  depot: Rec & { id: string; name: string };
  microgrid: Rec & { id: string; grid_connections: Rec[] };
  circuits: Rec[];
  charge_points: Rec[];
  connectors: Rec[];
}

const byId = (records: Rec[], id: string): Rec => {
  const found = records.find((r) => r.id === id);
  if (!found) throw new Error(`scenario base has no record ${id}`);
  return found;
};

function variant(depotId: string, name: string, bend: (site: LooseSite) => void): LooseSite {
  const site = structuredClone(smallDepot) as unknown as LooseSite;
  site.depot.id = depotId;
  site.depot.name = name;
  bend(site);
  return site;
}

export const legacyDepot = variant('legacy-depot', 'Legacy depot', (s) => {
  s.depot.usable_power_calculation_version = 2;
});

/**
 * Every warning of the catalog at once, on a topology that still assembles: an empty circuit, a
 * charger without connectors, a board on its safe capacity, an oversubscribed board, version 2,
 * and a charger whose phase rotation is not one of OCPP's.
 */
export const warningsDepot = variant('warnings-all', 'Depot with every warning', (s) => {
  s.depot.usable_power_calculation_version = 2;
  s.circuits.push({ id: 'sd-circ-spare', name: 'Spare way', parent_circuit_id: 'sd-circ-main', phases: 3, voltage_v: 230, default_capacity_w: 22_080 });
  s.charge_points.push({ id: 'sd-cp-new', name: 'New charger (not commissioned)', ocpp_id: 'SMD-NEW-01', circuit_id: 'sd-circ-ac', power_type: 'AC', phases: 3, max_power_w: 22_080, evse_count: 1, status: 'Unavailable' });
  byId(s.charge_points, 'sd-cp-ac1').phase_rotation = 'L1-L2-L3';
  const ac = byId(s.circuits, 'sd-circ-ac');
  ac.default_capacity_w = null;
  ac.safe_capacity_w = 33_120;
});

/**
 * What `error-many` raises: one issue of each of these codes, in the contract's order (by code).
 * The tests read this list rather than write it again.
 */
export const ERROR_MANY_CODES = [
  'CHARGE_POINT_CIRCUIT_NOT_FOUND',
  'CHARGE_POINT_RATING_MISSING',
  'CIRCUIT_CAPACITY_INVALID',
  'CONNECTOR_CHARGE_POINT_NOT_FOUND',
  'DUPLICATE_ID',
  'GRID_CONNECTION_CIRCUIT_NOT_FOUND',
] as const;

/**
 * Names that look like markup, for proving that the app shows them as text: a name is data, so
 * `<img onerror>` or `<script>` must appear on screen verbatim and never run.
 */
export const MARKUP_NAMES = {
  depot: 'Markup <em>depot</em>',
  microgrid: '<b>Bold</b> microgrid <img src=x onerror="document.title=\'injected\'">',
  circuit: '<script>document.title="injected"</script>AC sub-board',
  charger: 'Charger <a href="javascript:alert(1)">click</a> & co',
} as const;

export const markupDepot = variant('markup-names', 'Depot whose names look like markup', (s) => {
  s.depot.name = MARKUP_NAMES.depot;
  s.microgrid.name = MARKUP_NAMES.microgrid;
  byId(s.circuits, 'sd-circ-ac').name = MARKUP_NAMES.circuit;
  byId(s.charge_points, 'sd-cp-ac1').name = MARKUP_NAMES.charger;
});

/** Error depots keyed by depot id: `error-` and the code in kebab case. */
export const ERROR_SITES: Record<string, LooseSite> = {
  'error-grid-connection-none': variant('error-grid-connection-none', 'Depot without grid connections', (s) => {
    s.microgrid.grid_connections = [];
  }),
  'error-grid-connection-circuit-not-found': variant('error-grid-connection-circuit-not-found', 'Depot with a stale grid connection', (s) => {
    s.microgrid.grid_connections.push({ id: 'sd-gc-solar', circuit_id: 'sd-circ-solar', name: 'Solar export (removed)' });
  }),
  'error-grid-connection-circuit-not-top-level': variant('error-grid-connection-circuit-not-top-level', 'Depot with a grid connection on a sub-board', (s) => {
    s.microgrid.grid_connections.push({ id: 'sd-gc-ac', circuit_id: 'sd-circ-ac', name: 'AC board incomer' });
  }),
  'error-grid-connection-missing-for-circuit': variant('error-grid-connection-missing-for-circuit', 'Depot with an unconnected workshop board', (s) => {
    s.circuits.push({ id: 'sd-circ-workshop', name: 'Workshop board', parent_circuit_id: null, phases: 3, default_capacity_w: 44_160 });
    s.charge_points.push({ id: 'sd-cp-ws1', name: 'Workshop charger', ocpp_id: 'SMD-WS-01', circuit_id: 'sd-circ-workshop', power_type: 'AC', phases: 3, max_power_w: 22_080 });
    s.connectors.push({ id: 'sd-cp-ws1-1', charge_point_id: 'sd-cp-ws1', connector_id: 1, power_type: 'AC_3_PHASE', max_power_w: 22_080 });
  }),
  'error-circuit-parent-not-found': variant('error-circuit-parent-not-found', 'Depot with a removed parent board', (s) => {
    byId(s.circuits, 'sd-circ-ac').parent_circuit_id = 'sd-circ-old-board';
  }),
  'error-circuit-cycle': variant('error-circuit-cycle', 'Depot with circular circuits', (s) => {
    s.circuits.push({ id: 'sd-circ-ac-2', name: 'AC sub-board 2', parent_circuit_id: 'sd-circ-ac', phases: 3, default_capacity_w: 44_160 });
    byId(s.circuits, 'sd-circ-ac').parent_circuit_id = 'sd-circ-ac-2';
  }),
  'error-circuit-capacity-missing': variant('error-circuit-capacity-missing', 'Depot with an unconfigured board', (s) => {
    const ac = byId(s.circuits, 'sd-circ-ac');
    ac.default_capacity_w = null;
    ac.safe_capacity_w = null;
  }),
  'error-circuit-capacity-invalid': variant('error-circuit-capacity-invalid', 'Depot with a negative capacity', (s) => {
    byId(s.circuits, 'sd-circ-ac').default_capacity_w = -88_320;
  }),
  'error-charge-point-circuit-missing': variant('error-charge-point-circuit-missing', 'Depot with an unassigned charger', (s) => {
    byId(s.charge_points, 'sd-cp-ac4').circuit_id = null;
  }),
  'error-charge-point-circuit-not-found': variant('error-charge-point-circuit-not-found', 'Depot with a charger on a removed circuit', (s) => {
    byId(s.charge_points, 'sd-cp-ac3').circuit_id = 'sd-circ-ac-old';
  }),
  'error-charge-point-rating-missing': variant('error-charge-point-rating-missing', 'Depot with an unrated charger', (s) => {
    byId(s.charge_points, 'sd-cp-dc2').max_power_w = null;
  }),
  'error-connector-charge-point-not-found': variant('error-connector-charge-point-not-found', 'Depot with an orphan connector', (s) => {
    s.connectors.push({ id: 'sd-cp-dc3-1', charge_point_id: 'sd-cp-dc3', connector_id: 1, power_type: 'DC', max_power_w: 50_000 });
  }),
  'error-connector-rating-missing': variant('error-connector-rating-missing', 'Depot with an unrated connector', (s) => {
    byId(s.connectors, 'sd-cp-ac2-1').max_power_w = 0;
  }),
  'error-duplicate-id': variant('error-duplicate-id', 'Depot with a duplicated charger', (s) => {
    s.charge_points.push({ ...byId(s.charge_points, 'sd-cp-ac1'), name: 'AC charger 1 (re-registered)', ocpp_id: 'SMD-AC-01B' });
  }),
  'error-phase-mismatch': variant('error-phase-mismatch', 'Depot with a single-phase board', (s) => {
    const ac = byId(s.circuits, 'sd-circ-ac');
    ac.phases = 1;
    ac.default_capacity_w = 29_440;
  }),
  'error-many': variant('error-many', 'Depot with many topology errors', (s) => {
    s.microgrid.grid_connections.push({ id: 'sd-gc-solar', circuit_id: 'sd-circ-solar', name: 'Solar export (removed)' });
    byId(s.circuits, 'sd-circ-ac').default_capacity_w = Number.NaN;
    byId(s.charge_points, 'sd-cp-dc2').max_power_w = null;
    byId(s.charge_points, 'sd-cp-ac3').circuit_id = 'sd-circ-ac-old';
    s.connectors.push({ id: 'sd-cp-dc3-1', charge_point_id: 'sd-cp-dc3', connector_id: 1, power_type: 'DC', max_power_w: 50_000 });
    s.charge_points.push({ ...byId(s.charge_points, 'sd-cp-ac1'), name: 'AC charger 1 (re-registered)' });
  }),
};
