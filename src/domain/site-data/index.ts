/**
 * Site data → the microgrid endpoint's answer (200 topology or 422 problem), by the contract's
 * derivation rules. Decisions on corners the contract leaves open:
 *
 * - Absent sections (`circuits`, ...) are empty; a section that is present must be a list.
 *   `usable_power_calculation_version` absent means 3. Descriptive fields of the wrong type
 *   (a numeric `status`, `phases: 2`, a negative `evse_count`) are shape errors (`SiteDataError`),
 *   since the contract's body could not carry them; what the catalog covers is always an issue.
 * - One cause, one issue applies to placement: a record below a failed parent gets no placement
 *   issue. Its own data (a missing rating, a bad capacity) is a separate cause and is reported.
 * - With no grid connection at all, GRID_CONNECTION_NONE stands alone; the top-level circuits
 *   are not blamed one by one.
 * - A grid connection with no `circuit_id` is GRID_CONNECTION_CIRCUIT_NOT_FOUND without related.
 *   A connector with no `charge_point_id` is CONNECTOR_CHARGE_POINT_NOT_FOUND without related.
 * - Duplicated ids: the record kept for the rest of the derivation is chosen by content (the one
 *   whose content, written out exactly, sorts first; see `contentKey`), so the outcome does not
 *   depend on array order. DUPLICATE_ID also
 *   covers records of different types that would become nodes with one id (entity the lower
 *   level, related the others); a source circuit may share its grid connection's id.
 * - Two grid connections on one source circuit: GRID_CONNECTION_CIRCUIT_SHARED, a blocking code
 *   beyond the catalog (the app shows unknown codes with their message).
 * - PHASE_MISMATCH needs both phases known, and compares a charge point with its own circuit.
 * - OVERSUBSCRIBED compares a node's cap with the sum of its direct children's caps; exactly
 *   equal is not over. Connector limits carry `max_current_a` only for AC connectors (a DC
 *   current is not a per-phase cap); `phases` comes from the connector or its AC power type.
 * - Pointers index the site data's arrays, so they follow the records when arrays are shuffled;
 *   everything else in the body is identical for any order.
 */
export { deriveMicrogrid, PROBLEM_TITLE, PROBLEM_TYPE, type DeriveOptions, type DeriveResult } from './derive';
export { SiteDataError, SiteDataSchema, parseSiteData, type SiteData, type SiteDataInput } from './shape';
export { BLOCKING_CODES, WARNING_CODES, SHARED_SOURCE_CODE, type BlockingCode, type WarningCode } from './issues';
export { JsonSyntaxError, checkJsonText, lineAndColumn, pointerTokens, resolvePointer, resolvePointers, resolvePointersInJson, type TextRange } from './json-text';
export { checkSiteText, type CheckOptions, type SiteCheck } from './check-text';
export { createDeriveMemo, type DeriveMemo } from './memo';
