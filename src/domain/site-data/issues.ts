/**
 * The issue catalog of the contract, and the functions that write issues the same way everywhere.
 */
import { compareCodeUnits, compareIssues, type TopologyIssueWire } from '../topology';

export const BLOCKING_CODES = [
  'GRID_CONNECTION_NONE',
  'GRID_CONNECTION_CIRCUIT_NOT_FOUND',
  'GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL',
  'GRID_CONNECTION_MISSING_FOR_CIRCUIT',
  'CIRCUIT_PARENT_NOT_FOUND',
  'CIRCUIT_CYCLE',
  'CIRCUIT_CAPACITY_MISSING',
  'CIRCUIT_CAPACITY_INVALID',
  'CHARGE_POINT_CIRCUIT_MISSING',
  'CHARGE_POINT_CIRCUIT_NOT_FOUND',
  'CHARGE_POINT_RATING_MISSING',
  'CONNECTOR_CHARGE_POINT_NOT_FOUND',
  'CONNECTOR_RATING_MISSING',
  'DUPLICATE_ID',
  'PHASE_MISMATCH',
] as const;

export const WARNING_CODES = [
  'CAPACITY_FROM_SAFE_FALLBACK',
  'CIRCUIT_EMPTY',
  'CHARGE_POINT_WITHOUT_CONNECTORS',
  'OVERSUBSCRIBED',
  'LEGACY_CALCULATION_VERSION',
  'PHASE_ROTATION_UNKNOWN',
] as const;

/**
 * Beyond the catalog: two grid connections naming the same source circuit. The circuit's subtree
 * would have to hang under both, so no tree can be built; the contract lets the app show an
 * unknown code with its message.
 */
export const SHARED_SOURCE_CODE = 'GRID_CONNECTION_CIRCUIT_SHARED';

export type BlockingCode = (typeof BLOCKING_CODES)[number] | typeof SHARED_SOURCE_CODE;
export type WarningCode = (typeof WARNING_CODES)[number];

/** The site-data record types an issue can name (the same words as the node kinds). */
export type RecordType = 'MICROGRID' | 'GRID_CONNECTION' | 'CIRCUIT' | 'CHARGE_POINT' | 'CONNECTOR';

export interface Ref {
  type: RecordType;
  id: string;
  name?: string | null | undefined;
}

/** An issue ref: the name is included only when the record has one. */
export function ref(type: RecordType, id: string, name?: string | null): TopologyIssueWire['entity'] {
  return name ? { type, id, name } : { type, id };
}

interface IssueFields {
  message: string;
  entity: Ref;
  related?: readonly Ref[];
  pointer?: string;
}

function issue(code: string, severity: 'error' | 'warning', fields: IssueFields): TopologyIssueWire {
  const { type, id, name } = fields.entity;
  const out: TopologyIssueWire = { code, severity, message: fields.message, entity: ref(type, id, name) };
  if (fields.related && fields.related.length > 0) out.related = fields.related.map((r) => ref(r.type, r.id, r.name));
  if (fields.pointer !== undefined) out.pointer = fields.pointer;
  return out;
}

export const blocking = (code: BlockingCode, fields: IssueFields) => issue(code, 'error', fields);
export const warning = (code: WarningCode, fields: IssueFields) => issue(code, 'warning', fields);

/** RFC 6901 pointer from path segments (escaping `~` and `/`). */
export function pointer(...segments: ReadonlyArray<string | number>): string {
  return segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/**
 * The contract's order, made total: issues that tie on severity, code, entity type and id (a
 * duplicate id with several positions, say) fall back to message and pointer, so the list never
 * depends on the order the records arrived in.
 */
export function sortIssues(issues: TopologyIssueWire[]): TopologyIssueWire[] {
  return issues.sort(
    (a, b) =>
      compareIssues(a, b) ||
      compareCodeUnits(a.message, b.message) ||
      compareCodeUnits(a.pointer ?? '', b.pointer ?? ''),
  );
}
