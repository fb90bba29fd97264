/**
 * The words each tree item is shown and announced with, from the node alone (no React). Which
 * items are drawn, and in what order, is the shared tree shape (`domain/topology/tree-shape.ts`).
 */
import { displayName, kindLabel, limitSourceLabel, type MicrogridNode } from '../../domain/topology';
import { formatKilowatts } from '../../domain/units';

/** "150 kW · rating"; null when the node has no power cap. */
export function capText(node: MicrogridNode): string | null {
  const w = node.limit?.max_power_w ?? null;
  if (w === null) return null;
  const source = node.limit?.source ?? null;
  return source === null ? formatKilowatts(w) : `${formatKilowatts(w)} · ${limitSourceLabel(source)}`;
}

export function warningText(count: number): string {
  return `${count} warning${count === 1 ? '' : 's'}`;
}

export interface ItemFacts {
  node: MicrogridNode;
  /** Counts beneath, given only when they are shown (collapsed items). */
  counts: readonly string[];
  warnings: number;
}

/** The accessible name: "Charger Bay A charger 17, 150 kW rating, OCPP WEL-017, Available, 2 connectors, 1 warning". */
export function itemLabel({ node, counts, warnings }: ItemFacts): string {
  const parts = [`${kindLabel(node.kind)} ${displayName(node)}`];
  const w = node.limit?.max_power_w ?? null;
  if (w !== null) {
    const source = node.limit?.source ?? null;
    parts.push(source === null ? formatKilowatts(w) : `${formatKilowatts(w)} ${limitSourceLabel(source)}`);
  }
  if (node.kind === 'CHARGE_POINT' && node.asset.ocpp_id) parts.push(`OCPP ${node.asset.ocpp_id}`);
  if (node.asset.status && (node.kind === 'CHARGE_POINT' || node.kind === 'CONNECTOR')) parts.push(node.asset.status);
  parts.push(...counts);
  if (warnings > 0) parts.push(warningText(warnings));
  return parts.join(', ');
}
