/**
 * Help for every code of the catalog: beside what it means (`issue-catalog.ts`), the usual cause
 * and how to fix it. Kept apart so that only the problems panel, which loads lazily, carries the
 * words; the table is built on first use. Codes are open strings: a Map, so "__proto__" finds nothing.
 */
import { describeIssueCode } from './issue-catalog';

export interface IssueHelp {
  /** What the code means, in one sentence. */
  readonly meaning: string;
  /** What usually leads to it in the field. */
  readonly cause: string;
  /** What to change, and where, to make it go away. */
  readonly fix: string;
}

type CauseAndFix = readonly [cause: string, fix: string];

let table: ReadonlyMap<string, CauseAndFix> | null = null;

function causesAndFixes(): ReadonlyMap<string, CauseAndFix> {
  table ??= new Map<string, CauseAndFix>([
    ['GRID_CONNECTION_NONE', [
      'The microgrid was created but its first-level grid-connection nodes were never set up, or all of them were removed.',
      'Add a grid connection to the microgrid and name its top-level source circuit (grid_connections[].circuit_id).',
    ]],
    ['GRID_CONNECTION_CIRCUIT_NOT_FOUND', [
      'The source circuit was deleted or re-created under a new id after the grid-connection nodes were persisted.',
      'The persisted grid-connection nodes are out of sync with the circuits: run Resync on the microgrid, or point the grid connection at an existing top-level circuit.',
    ]],
    ['GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL', [
      'The source circuit was re-parented under another circuit after the grid-connection nodes were persisted.',
      'The persisted grid-connection nodes are out of sync after a circuit was re-parented: run Resync on the microgrid, or clear the circuit\'s parent_circuit_id.',
    ]],
    ['GRID_CONNECTION_MISSING_FOR_CIRCUIT', [
      'A new top-level circuit was added (or a circuit lost its parent) without a grid connection being created for it.',
      'Run Resync on the microgrid to create its grid-connection node, or give the circuit a parent circuit.',
    ]],
    ['CIRCUIT_PARENT_NOT_FOUND', [
      'The parent circuit was deleted, or parent_circuit_id holds a mistyped id.',
      'Set the circuit\'s parent_circuit_id to an existing circuit, or clear it to make the circuit top-level (it then needs a grid connection).',
    ]],
    ['CIRCUIT_CYCLE', [
      'Two or more circuits were re-parented so that their parent links loop back on themselves.',
      'Break the loop: set parent_circuit_id of one circuit of the cycle to a circuit outside it, or clear it.',
    ]],
    ['CIRCUIT_CAPACITY_MISSING', [
      'The circuit was commissioned without its operating capacities being entered.',
      'Enter the circuit\'s default_capacity_w (the operating capacity load balancing enforces), and its safe_capacity_w.',
    ]],
    ['CIRCUIT_CAPACITY_INVALID', [
      'A capacity was entered in the wrong unit or field (kW instead of W, a text), or left at 0.',
      'Correct the capacity the pointer names: a finite number of watts above 0, or null when it is not set.',
    ]],
    ['CHARGE_POINT_CIRCUIT_MISSING', [
      'The charger was added to the depot but never wired to a circuit in the site data.',
      'Set the charger\'s circuit_id to the circuit that feeds it.',
    ]],
    ['CHARGE_POINT_CIRCUIT_NOT_FOUND', [
      'The circuit was deleted or renamed, or circuit_id holds a mistyped id.',
      'Set the charger\'s circuit_id to an existing circuit, or create the circuit it names.',
    ]],
    ['CHARGE_POINT_RATING_MISSING', [
      'The charger\'s max_power_w is absent, zero, negative or not a number: often a model without a rating in the catalog.',
      'Enter the charger\'s maximum power rating in watts (max_power_w).',
    ]],
    ['CONNECTOR_CHARGE_POINT_NOT_FOUND', [
      'The charger was deleted or re-created under a new id, leaving its connectors behind.',
      'Set the connector\'s charge_point_id to an existing charger, or remove the connector.',
    ]],
    ['CONNECTOR_RATING_MISSING', [
      'The connector\'s max_power_w is absent, zero, negative or not a number.',
      'Enter the connector\'s maximum power rating in watts (max_power_w).',
    ]],
    ['DUPLICATE_ID', [
      'A record was copied or imported twice, or two records were given the same id by hand.',
      'Give one of the two records (the pointer names the second) a new id, or remove the copy, and update whatever refers to it.',
    ]],
    ['GRID_CONNECTION_CIRCUIT_SHARED', [
      'A grid connection was added, or re-pointed, to a circuit another grid connection already uses.',
      'Point each grid connection at its own top-level circuit, or remove the extra grid connection; then run Resync on the microgrid.',
    ]],
    ['PHASE_MISMATCH', [
      'The charger was assigned to the wrong circuit, or the phases of the charger or of the circuit were entered wrongly.',
      'Move the charger to a three-phase circuit (circuit_id), or correct the phases of the charger or of the circuit.',
    ]],
    ['CAPACITY_FROM_SAFE_FALLBACK', [
      'Only the safe capacity was entered when the circuit was set up.',
      'Enter the circuit\'s default_capacity_w if it may carry more than its safe capacity; otherwise nothing needs fixing.',
    ]],
    ['CIRCUIT_EMPTY', [
      'A spare way, or a circuit whose chargers were moved elsewhere.',
      'Nothing blocks balancing. Assign chargers to it, or remove the circuit if it is not used.',
    ]],
    ['CHARGE_POINT_WITHOUT_CONNECTORS', [
      'A charger not yet commissioned, or its connectors were never recorded.',
      'Record the charger\'s connectors (connectors[].charge_point_id); until then it receives no power.',
    ]],
    ['OVERSUBSCRIBED', [
      'More chargers share the circuit than it could feed at full rating at once: this is what load balancing is for.',
      'Usually nothing to fix. If the ratio in the message is unexpected, check the circuit\'s capacity and its chargers\' ratings.',
    ]],
    ['LEGACY_CALCULATION_VERSION', [
      'The depot\'s usable_power_calculation_version is below 3.',
      'Set the depot\'s usable_power_calculation_version to 3 when the topology is ready to be used for rebalancing.',
    ]],
    ['PHASE_ROTATION_UNKNOWN', [
      'The phase rotation was typed by hand (lower case, spaces, another notation) instead of taken from the OCPP configuration.',
      'Set the charger\'s phase_rotation to its OCPP ConnectorPhaseRotation value (RST, RTS, SRT, STR, TRS or TSR), or clear it.',
    ]],
  ]);
  return table;
}

/** Help for a catalog code; null for a code the catalog does not know. */
export function issueHelp(code: string): IssueHelp | null {
  const meaning = describeIssueCode(code);
  const more = causesAndFixes().get(code);
  return meaning === null || more === undefined ? null : { meaning, cause: more[0], fix: more[1] };
}

/** The codes the catalog explains. */
export function helpedCodes(): readonly string[] {
  return [...causesAndFixes().keys()];
}
