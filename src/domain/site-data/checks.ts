/**
 * Checks of each record's own fields: circuit capacities, charge-point and connector ratings and
 * links, phases. These apply to every record, placed or not: a bad rating is its own cause, so it
 * is reported even when something above the record has failed too.
 */
import { compareCodeUnits, type TopologyIssueWire } from '../topology';
import type { CircuitPlacement } from './circuits';
import { blocking, pointer } from './issues';
import { isSet, linkOf, positiveWatts, type RecordTable } from './records';
import type { ChargePointRecord, CircuitRecord, ConnectorRecord } from './shape';

const sortedIds = (map: ReadonlyMap<string, unknown>) => [...map.keys()].sort(compareCodeUnits);
const describe = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));

export function capacityIssues(circuits: RecordTable<CircuitRecord>, placement: CircuitPlacement): TopologyIssueWire[] {
  const issues: TopologyIssueWire[] = [];
  for (const id of sortedIds(circuits.byId)) {
    const { record, index } = circuits.byId.get(id)!;
    const fields = ['default_capacity_w', 'safe_capacity_w'] as const;
    const invalid = fields.filter((f) => isSet(record[f]) && positiveWatts(record[f]) === null);
    const subject = placement.subjectOf(id);
    const drawnAs = subject.entity.type === 'GRID_CONNECTION' ? ` (the source of grid connection ${subject.entity.id})` : '';
    if (invalid.length > 0) {
      const what = invalid.map((f) => `${f} is ${describe(record[f])}`).join(' and ');
      issues.push(blocking('CIRCUIT_CAPACITY_INVALID', {
        message: `Circuit ${id}${drawnAs} has an invalid capacity: ${what}; a capacity must be a finite number of watts above 0.`,
        ...subject,
        pointer: pointer('circuits', index, invalid[0]!),
      }));
    } else if (!fields.some((f) => isSet(record[f]))) {
      issues.push(blocking('CIRCUIT_CAPACITY_MISSING', {
        message: `Circuit ${id}${drawnAs} has neither a default nor a safe capacity.`,
        ...subject,
        pointer: pointer('circuits', index),
      }));
    }
  }
  return issues;
}

export function chargePointIssues(
  chargePoints: RecordTable<ChargePointRecord>,
  circuits: RecordTable<CircuitRecord>,
): TopologyIssueWire[] {
  const issues: TopologyIssueWire[] = [];
  for (const id of sortedIds(chargePoints.byId)) {
    const { record, index } = chargePoints.byId.get(id)!;
    const entity = { type: 'CHARGE_POINT', id, name: record.name } as const;
    const circuitId = linkOf(record.circuit_id);
    if (circuitId === null) {
      issues.push(blocking('CHARGE_POINT_CIRCUIT_MISSING', {
        message: `Charge point ${id} is not assigned to a circuit.`,
        entity,
        pointer: pointer('charge_points', index, 'circuit_id'),
      }));
    } else if (!circuits.byId.has(circuitId)) {
      issues.push(blocking('CHARGE_POINT_CIRCUIT_NOT_FOUND', {
        message: `Charge point ${id} is assigned to circuit ${circuitId}, which does not exist.`,
        entity,
        related: [{ type: 'CIRCUIT', id: circuitId }],
        pointer: pointer('charge_points', index, 'circuit_id'),
      }));
    } else {
      const circuit = circuits.byId.get(circuitId)!.record;
      // Both phases must be known: an unknown phase count is not evidence of a mismatch.
      if (record.phases === 3 && circuit.phases === 1) {
        issues.push(blocking('PHASE_MISMATCH', {
          message: `Charge point ${id} is three-phase but hangs under single-phase circuit ${circuitId}.`,
          entity,
          related: [{ type: 'CIRCUIT', id: circuitId, name: circuit.name }],
          pointer: pointer('charge_points', index, 'phases'),
        }));
      }
    }
    if (positiveWatts(record.max_power_w) === null) {
      issues.push(blocking('CHARGE_POINT_RATING_MISSING', {
        message: `Charge point ${id} has no usable maximum power rating (max_power_w is ${describe(record.max_power_w)}).`,
        entity,
        pointer: pointer('charge_points', index, 'max_power_w'),
      }));
    }
  }
  return issues;
}

export function connectorIssues(
  connectors: RecordTable<ConnectorRecord>,
  chargePoints: RecordTable<ChargePointRecord>,
): TopologyIssueWire[] {
  const issues: TopologyIssueWire[] = [];
  for (const id of sortedIds(connectors.byId)) {
    const { record, index } = connectors.byId.get(id)!;
    const entity = { type: 'CONNECTOR', id, name: record.name } as const;
    const chargePointId = linkOf(record.charge_point_id);
    if (chargePointId === null || !chargePoints.byId.has(chargePointId)) {
      issues.push(blocking('CONNECTOR_CHARGE_POINT_NOT_FOUND', {
        message:
          chargePointId === null
            ? `Connector ${id} names no charge point.`
            : `Connector ${id} belongs to charge point ${chargePointId}, which does not exist.`,
        entity,
        related: chargePointId === null ? [] : [{ type: 'CHARGE_POINT', id: chargePointId }],
        pointer: pointer('connectors', index, 'charge_point_id'),
      }));
    }
    if (positiveWatts(record.max_power_w) === null) {
      issues.push(blocking('CONNECTOR_RATING_MISSING', {
        message: `Connector ${id} has no usable maximum power rating (max_power_w is ${describe(record.max_power_w)}).`,
        entity,
        pointer: pointer('connectors', index, 'max_power_w'),
      }));
    }
  }
  return issues;
}
