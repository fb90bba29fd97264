/**
 * The label/value pairs the details panel lists, as plain data: which asset fields a kind shows
 * and in what order, and how each value is written (W as kW, amperes, volts; codes verbatim).
 */
import { compareIds, limitSourceLabel, type MicrogridNode, type NodeAsset } from '../../domain/topology';
import { formatAmperes, formatKilowatts, formatWatts, type Amperes, type Watts } from '../../domain/units';

export interface DetailRow {
  label: string;
  value: string;
}

type AssetField = keyof NodeAsset;

const FIELD_LABELS: Record<AssetField, string> = {
  circuit_id: 'Circuit id',
  default_capacity_w: 'Default capacity',
  safe_capacity_w: 'Safe capacity',
  breaker_rating_a: 'Breaker rating',
  voltage_v: 'Voltage',
  phases: 'Phases',
  ocpp_id: 'OCPP id',
  vendor: 'Vendor',
  model: 'Model',
  serial_number: 'Serial number',
  firmware_version: 'Firmware version',
  phase_rotation: 'Phase rotation',
  power_type: 'Power type',
  evse_count: 'EVSEs',
  max_power_w: 'Maximum power',
  status: 'Status',
  connector_id: 'Connector number',
  evse_id: 'EVSE id',
  standard: 'Standard',
  max_current_a: 'Maximum current',
  max_voltage_v: 'Maximum voltage',
};

const CIRCUIT_FIELDS: readonly AssetField[] = ['circuit_id', 'default_capacity_w', 'safe_capacity_w', 'breaker_rating_a', 'voltage_v', 'phases'];

/** Each kind's fields in the contract's order; fields present but not listed come after, in label order. */
const FIELDS_BY_KIND: ReadonlyMap<string, readonly AssetField[]> = new Map([
  ['GRID_CONNECTION', CIRCUIT_FIELDS],
  ['CIRCUIT', CIRCUIT_FIELDS],
  ['CHARGE_POINT', ['ocpp_id', 'vendor', 'model', 'serial_number', 'firmware_version', 'power_type', 'evse_count', 'max_power_w', 'status']],
  ['CONNECTOR', ['connector_id', 'evse_id', 'standard', 'power_type', 'max_power_w', 'max_current_a', 'max_voltage_v', 'status']],
]);

function formatValue(field: AssetField, value: string | number): string {
  if (typeof value === 'string') return value;
  if (field.endsWith('_w')) return formatKilowatts(value as Watts);
  if (field.endsWith('_a')) return formatAmperes(value as Amperes);
  if (field.endsWith('_v')) return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })} V`;
  return String(value);
}

export function assetRows(node: MicrogridNode): DetailRow[] {
  const asset = node.asset;
  const listed = FIELDS_BY_KIND.get(node.kind) ?? [];
  const others = (Object.keys(FIELD_LABELS) as AssetField[])
    .filter((f) => !listed.includes(f))
    .sort((a, b) => compareIds(FIELD_LABELS[a], FIELD_LABELS[b]));
  const rows: DetailRow[] = [];
  for (const field of [...listed, ...others]) {
    const value = asset[field];
    if (value === null || value === undefined || value === '') continue;
    rows.push({ label: FIELD_LABELS[field], value: formatValue(field, value) });
  }
  return rows;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The effective cap; empty when the node imposes none. With `subscribed`, the children's caps against it. */
export function limitRows(node: MicrogridNode, subscribed: string | null = null): DetailRow[] {
  const limit = node.limit;
  if (limit === null) return [];
  const rows: DetailRow[] = [];
  if (limit.max_power_w !== null) {
    rows.push({ label: 'Power cap', value: `${formatKilowatts(limit.max_power_w)} (${formatWatts(limit.max_power_w)})` });
  }
  if (subscribed !== null) rows.push({ label: "Children's caps", value: subscribed });
  if (limit.max_current_a !== null) rows.push({ label: 'Current cap per phase', value: formatAmperes(limit.max_current_a) });
  if (limit.phases !== null) rows.push({ label: 'Phases', value: String(limit.phases) });
  if (limit.source !== null) {
    const words = limitSourceLabel(limit.source);
    // Known sources read as words; an unknown one is shown exactly as received.
    rows.push({ label: 'Source', value: words === limit.source ? words : capitalise(words) });
  }
  return rows;
}
