/**
 * The site-data shape read without zod, for the common case: every record a plain object whose
 * fields hold the plain types `shape.ts` allows. It yields exactly what `SiteDataSchema` yields
 * for such data (the same fields, in the schema's order, absent ones left out), several times
 * faster on a large file. Anything it does not recognise at once (an array where a record
 * should be, a negative rating, a NaN, an object with its own prototype...) gives `null`, and
 * the caller asks zod, which also says what is wrong.
 */
import { recordsOf, type DeriveMemo } from './memo';
import type { SiteData } from './shape';

type Check = (value: unknown) => boolean;

const isPlain = (value: unknown): value is Record<string, unknown> => {
  if (typeof value !== 'object' || value === null) return false;
  // Own fields only: `key in input`, as zod reads it, then means the same as an own field.
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
};

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const id: Check = (v) => typeof v === 'string' && v.length > 0;
const text: Check = (v) => v === undefined || v === null || typeof v === 'string';
const number: Check = (v) => v === undefined || v === null || finite(v);
const nonNegative: Check = (v) => v === undefined || v === null || (finite(v) && v >= 0);
const integer: Check = (v) => v === undefined || v === null || (typeof v === 'number' && Number.isSafeInteger(v));
const count: Check = (v) => v === undefined || v === null || (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0);
const phases: Check = (v) => v === undefined || v === null || v === 1 || v === 3;
const numberOrText: Check = (v) => v === undefined || v === null || typeof v === 'string' || finite(v);
/** A field the derivation judges itself: any value. */
const judged: Check = () => true;

type Fields = ReadonlyArray<readonly [string, Check]>;

/** The fields of each record, in the order of the schemas in `shape.ts`. */
export const PLAIN_FIELDS = {
  depot: [['id', id], ['name', text], ['timezone', text], ['usable_power_calculation_version', integer]],
  microgrid: [['id', id], ['name', text]],
  gridConnection: [['id', id], ['name', text], ['circuit_id', judged]],
  circuit: [
    ['id', id], ['name', text], ['parent_circuit_id', judged], ['phases', phases], ['voltage_v', number],
    ['default_capacity_w', judged], ['safe_capacity_w', judged], ['breaker_rating_a', nonNegative],
  ],
  chargePoint: [
    ['id', id], ['name', text], ['ocpp_id', text], ['circuit_id', judged], ['vendor', text], ['model', text],
    ['serial_number', text], ['firmware_version', text], ['power_type', text], ['phases', phases], ['max_power_w', judged],
    ['evse_count', count], ['status', text], ['phase_rotation', text],
  ],
  connector: [
    ['id', id], ['name', text], ['charge_point_id', judged], ['connector_id', numberOrText], ['evse_id', numberOrText],
    ['standard', text], ['power_type', text], ['phases', phases], ['max_power_w', judged], ['max_current_a', nonNegative],
    ['max_voltage_v', number], ['status', text],
  ],
} as const satisfies Record<string, Fields>;

/** A record's known fields, or null when one does not plainly fit. */
function record(input: unknown, fields: Fields): Record<string, unknown> | null {
  if (!isPlain(input)) return null;
  const out: Record<string, unknown> = {};
  for (const [key, fits] of fields) {
    const value = input[key];
    if (!fits(value)) return null;
    if (value !== undefined || key in input) out[key] = value;
  }
  return out;
}

/**
 * A section: absent (or undefined) is empty; otherwise an array of plain records. With a memo,
 * a record object read before is not read again: its earlier reading is the same.
 */
function section(input: Record<string, unknown>, key: string, fields: Fields, memo?: DeriveMemo): Record<string, unknown>[] | null {
  const list = input[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) return null;
  const known = memo && recordsOf(memo, key);
  const out: Record<string, unknown>[] = new Array<Record<string, unknown>>(list.length);
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    const kept = known !== undefined && typeof item === 'object' && item !== null ? known.get(item) : undefined;
    const read = kept ?? record(item, fields);
    if (read === null) return null;
    if (known !== undefined && kept === undefined) known.set(item as object, read);
    out[i] = read;
  }
  return out;
}

/** Site data as `SiteDataSchema` would parse it, or null when zod must judge it. */
export function readPlainSiteData(raw: unknown, memo?: DeriveMemo): SiteData | null {
  if (!isPlain(raw)) return null;
  const depot = record(raw.depot, PLAIN_FIELDS.depot);
  const rawMicrogrid = raw.microgrid;
  const microgrid = record(rawMicrogrid, PLAIN_FIELDS.microgrid);
  if (depot === null || microgrid === null) return null;
  const gridConnections = section(rawMicrogrid as Record<string, unknown>, 'grid_connections', PLAIN_FIELDS.gridConnection, memo);
  if (gridConnections === null) return null;
  microgrid.grid_connections = gridConnections;
  const circuits = section(raw, 'circuits', PLAIN_FIELDS.circuit, memo);
  const chargePoints = circuits && section(raw, 'charge_points', PLAIN_FIELDS.chargePoint, memo);
  const connectors = chargePoints && section(raw, 'connectors', PLAIN_FIELDS.connector, memo);
  if (circuits === null || chargePoints === null || connectors === null) return null;
  return { depot, microgrid, circuits, charge_points: chargePoints, connectors } as unknown as SiteData;
}
