/**
 * Records by id, one section at a time. Where ids repeat, one record is kept for the rest of the
 * derivation and the repeat becomes a DUPLICATE_ID issue; the kept one is chosen by content, not
 * position, so the outcome does not depend on the order of the arrays.
 */
import { compareCodeUnits, type TopologyIssueWire } from '../topology';
import { blocking, pointer, ref, type RecordType } from './issues';

export interface Placed<R> {
  record: R;
  /** Position in its site-data array, for pointers. */
  index: number;
}

export interface RecordTable<R> {
  byId: Map<string, Placed<R>>;
  duplicates: TopologyIssueWire[];
}

const PLURAL: Record<RecordType, string> = {
  MICROGRID: 'microgrids',
  GRID_CONNECTION: 'grid connections',
  CIRCUIT: 'circuits',
  CHARGE_POINT: 'charge points',
  CONNECTOR: 'connectors',
};

/**
 * A record's content as text, for choosing among records that share an id. Plain JSON would not
 * do: it writes NaN, Infinity and null alike, -0 as 0, and leaves out undefined fields, so two
 * records that differ only there would tie, and the tie would fall to array order. Here every
 * number and string is written tagged with its type, exactly (so "NaN" the string is not NaN the
 * number), and an undefined field is written too.
 */
export function contentKey(record: unknown): string {
  return JSON.stringify(record, (_key, value: unknown) => {
    if (typeof value === 'number') return `n${Object.is(value, -0) ? '-0' : String(value)}`;
    if (typeof value === 'string') return `s${value}`;
    if (typeof value === 'bigint') return `b${value}`;
    if (value === undefined) return 'u';
    return value;
  });
}

export function tableOf<R extends { id: string; name?: string | null | undefined }>(
  records: readonly R[],
  type: RecordType,
  path: readonly string[],
): RecordTable<R> {
  const positions = new Map<string, number[]>();
  records.forEach((record, index) => {
    const list = positions.get(record.id);
    if (list) list.push(index);
    else positions.set(record.id, [index]);
  });

  const byId = new Map<string, Placed<R>>();
  const duplicates: TopologyIssueWire[] = [];
  for (const [id, indexes] of positions) {
    if (indexes.length === 1) {
      byId.set(id, { record: records[indexes[0]!]!, index: indexes[0]! });
      continue;
    }
    const keyed = indexes.map((index) => ({ index, key: contentKey(records[index]) }));
    keyed.sort((a, b) => compareCodeUnits(a.key, b.key) || a.index - b.index);
    const kept = keyed[0]!.index;
    byId.set(id, { record: records[kept]!, index: kept });
    const where = indexes.map((i) => pointer(...path, i));
    duplicates.push(
      blocking('DUPLICATE_ID', {
        message: `${indexes.length} ${PLURAL[type]} share the id ${id} (at ${where.join(', ')}); ids must be unique.`,
        entity: { type, id },
        related: indexes.slice(1).map(() => ref(type, id) as { type: RecordType; id: string }),
        pointer: where[1]!,
      }),
    );
  }
  return { byId, duplicates };
}

/** A link field (circuit_id, parent_circuit_id, charge_point_id): absent, null and "" mean none. */
export function linkOf(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? value : String(value);
}

/** A usable power value in W: a finite number above 0. */
export function positiveWatts(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

export const isSet = (value: unknown): boolean => value !== undefined && value !== null;
