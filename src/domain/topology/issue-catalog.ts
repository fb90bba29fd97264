/**
 * Plain words for the contract's issue catalog: what each code means (the cause and the fix are in
 * `issue-help.ts`, loaded only with the problems panel). Codes are open strings from the wire, so they are looked up in Maps (a code such
 * as "__proto__" or "constructor" finds nothing rather than an object's prototype). An unknown
 * code has no help and is shown by its message.
 */
import { kindLabel } from './labels';
import type { IssueRef } from './schema';
import type { StructuralCode } from './structure';

const ISSUE_MEANINGS: ReadonlyMap<string, string> = new Map([
  ['GRID_CONNECTION_NONE', 'The microgrid has no grid connection.'],
  ['GRID_CONNECTION_CIRCUIT_NOT_FOUND', "A grid connection's source circuit no longer exists; the stored nodes are out of sync (an administrator's resync repairs it)."],
  ['GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL', "A grid connection's source circuit now sits under another circuit."],
  ['GRID_CONNECTION_MISSING_FOR_CIRCUIT', 'A top-level circuit has no grid connection, so nothing below it can be placed.'],
  ['CIRCUIT_PARENT_NOT_FOUND', "A circuit's parent circuit does not exist."],
  ['CIRCUIT_CYCLE', 'Circuits are their own ancestors.'],
  ['CIRCUIT_CAPACITY_MISSING', 'A circuit has neither a default nor a safe capacity.'],
  ['CIRCUIT_CAPACITY_INVALID', 'A circuit capacity is negative, zero or not a number.'],
  ['CHARGE_POINT_CIRCUIT_MISSING', 'A charger is not assigned to any circuit.'],
  ['CHARGE_POINT_CIRCUIT_NOT_FOUND', "A charger's circuit does not exist."],
  ['CHARGE_POINT_RATING_MISSING', 'A charger has no usable maximum power rating.'],
  ['CONNECTOR_CHARGE_POINT_NOT_FOUND', "A connector's charger does not exist."],
  ['CONNECTOR_RATING_MISSING', 'A connector has no usable maximum power rating.'],
  ['DUPLICATE_ID', 'Two records of the same type share an id.'],
  ['GRID_CONNECTION_CIRCUIT_SHARED', 'Two grid connections name the same source circuit.'],
  ['PHASE_MISMATCH', 'A three-phase charger hangs under a single-phase circuit.'],
  ['CAPACITY_FROM_SAFE_FALLBACK', 'The circuit has no default capacity, so its safe capacity is enforced.'],
  ['CIRCUIT_EMPTY', 'The circuit feeds no charger and no circuit.'],
  ['CHARGE_POINT_WITHOUT_CONNECTORS', 'The charger has no connector.'],
  ['OVERSUBSCRIBED', "The direct children's combined caps exceed this node's cap (normal under load balancing)."],
  ['LEGACY_CALCULATION_VERSION', 'The depot uses the legacy power calculation: rebalancing ignores this topology.'],
  ['PHASE_ROTATION_UNKNOWN', "A charger's phase rotation is not one of RST, RTS, SRT, STR, TRS, TSR; allocation assumes RST."],
]);

/** What a catalog code means, in one sentence; null for an unknown code. */
export function describeIssueCode(code: string): string | null {
  return ISSUE_MEANINGS.get(code) ?? null;
}

const STRUCTURAL_TITLES: ReadonlyMap<string, string> = new Map([
  ['NO_ROOT', 'No root node'],
  ['MULTIPLE_ROOTS', 'More than one root node'],
  ['PARENT_NOT_FOUND', 'Parent not found'],
  ['CYCLE', 'Nodes form a cycle'],
  ['DUPLICATE_NODE_ID', 'Duplicate node id'],
  ['WRONG_PARENT_KIND', 'Node under the wrong kind of parent'],
  ['ISSUE_ENTITY_UNKNOWN', 'Warning about an unknown node'],
]);

export function structuralTitle(code: StructuralCode): string {
  return STRUCTURAL_TITLES.get(code) ?? code;
}

/** "Charger cp-017 (Bay A charger 17)". */
export function describeRef(ref: IssueRef): string {
  const name = ref.name ? ` (${ref.name})` : '';
  return `${kindLabel(ref.type)} ${ref.id}${name}`;
}

/** "CHARGE_POINT cp-017 (Bay A charger 17)": the record as the site data names it, for tickets. */
export function refCode(ref: IssueRef): string {
  return ref.name ? `${ref.type} ${ref.id} (${ref.name})` : `${ref.type} ${ref.id}`;
}
