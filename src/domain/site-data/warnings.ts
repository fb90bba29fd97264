/**
 * Non-blocking issues, found on a topology that assembled. Each names a node of the topology (a
 * source circuit's warnings name its grid connection), so the app can mark it.
 */
import type { MicrogridNodeWire, TopologyIssueWire } from '../topology';
import type { CircuitPlacement } from './circuits';
import { pointer, warning, type Ref } from './issues';
import { isSet } from './records';
import type { Tables } from './nodes';
import type { SiteData } from './shape';

// Same text as `formatKilowatts` (one decimal below 100 kW, none above), with the formatters built
// once: `toLocaleString` builds one per call, which dominated the derivation of large depots.
const KW_SMALL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const KW_LARGE = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 0 });
const RATIO = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
export const kw = (w: number) => `${(Math.abs(w / 1000) >= 100 ? KW_LARGE : KW_SMALL).format(w / 1000)} kW`;
const ratio = (r: number) => RATIO.format(r);

/** OCPP's ConnectorPhaseRotation values. */
const PHASE_ROTATIONS: readonly string[] = ['RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR'];

/** A charge point's rotation that is set but not OCPP's: kept verbatim, allocated as `RST`. */
function unknownRotation(tables: Tables, chargePointId: string): TopologyIssueWire | null {
  const { record, index } = tables.chargePoints.byId.get(chargePointId)!;
  const rotation = record.phase_rotation;
  if (rotation == null || PHASE_ROTATIONS.includes(rotation)) return null;
  return warning('PHASE_ROTATION_UNKNOWN', {
    message: `Charge point ${chargePointId} has phase rotation ${JSON.stringify(rotation)}, which is not one of ${PHASE_ROTATIONS.join(', ')}; allocation assumes RST.`,
    entity: { type: 'CHARGE_POINT', id: chargePointId, name: record.name },
    pointer: pointer('charge_points', index, 'phase_rotation'),
  });
}

export function findWarnings(
  site: SiteData,
  tables: Tables,
  placement: CircuitPlacement,
  nodes: readonly MicrogridNodeWire[],
): TopologyIssueWire[] {
  const issues: TopologyIssueWire[] = [];
  const version = site.depot.usable_power_calculation_version;
  if (version !== undefined && version !== null && version < 3) {
    issues.push(warning('LEGACY_CALCULATION_VERSION', {
      message: `Depot ${site.depot.id} uses usable power calculation version ${version}; rebalancing uses this topology only from version 3.`,
      entity: { type: 'MICROGRID', id: site.microgrid.id, name: site.microgrid.name },
      pointer: pointer('depot', 'usable_power_calculation_version'),
    }));
  }

  for (const [id, { record, index }] of tables.circuits.byId) {
    if (isSet(record.default_capacity_w)) continue;
    const subject = placement.subjectOf(id);
    issues.push(warning('CAPACITY_FROM_SAFE_FALLBACK', {
      message: `Circuit ${id} has no default capacity, so its safe capacity of ${kw(record.safe_capacity_w as number)} is enforced.`,
      ...subject,
      pointer: pointer('circuits', index, 'default_capacity_w'),
    }));
  }

  const childCount = new Map<string, number>();
  const childCaps = new Map<string, number>();
  for (const node of nodes) {
    if (node.parent_id === null) continue;
    childCount.set(node.parent_id, (childCount.get(node.parent_id) ?? 0) + 1);
    childCaps.set(node.parent_id, (childCaps.get(node.parent_id) ?? 0) + (node.limit?.max_power_w ?? 0));
  }

  for (const node of nodes) {
    if (node.kind === 'CHARGE_POINT') {
      const rotation = unknownRotation(tables, node.id);
      if (rotation) issues.push(rotation);
    }
    if (node.kind === 'CHARGE_POINT' && !childCount.has(node.id)) {
      const { record, index } = tables.chargePoints.byId.get(node.id)!;
      issues.push(warning('CHARGE_POINT_WITHOUT_CONNECTORS', {
        message: `Charge point ${node.id} has no connector.`,
        entity: { type: 'CHARGE_POINT', id: node.id, name: record.name },
        pointer: pointer('charge_points', index),
      }));
    }
    if (node.kind !== 'GRID_CONNECTION' && node.kind !== 'CIRCUIT') continue;
    const circuitId = node.asset?.circuit_id ?? node.id;
    const { index } = tables.circuits.byId.get(circuitId)!;
    const subject: { entity: Ref; related: Ref[] } = placement.subjectOf(circuitId);
    const label = node.kind === 'GRID_CONNECTION' ? `Grid connection ${node.id} (circuit ${circuitId})` : `Circuit ${node.id}`;
    if (!childCount.has(node.id)) {
      issues.push(warning('CIRCUIT_EMPTY', {
        message: `${label} feeds no charge point and no circuit.`,
        ...subject,
        pointer: pointer('circuits', index),
      }));
      continue;
    }
    const cap = node.limit?.max_power_w;
    const total = childCaps.get(node.id)!;
    if (cap && total > cap) {
      issues.push(warning('OVERSUBSCRIBED', {
        message: `${label} is oversubscribed: its children's caps total ${kw(total)}, ${ratio(total / cap)}× its ${kw(cap)} cap.`,
        ...subject,
        pointer: pointer('circuits', index),
      }));
    }
  }
  return issues;
}
