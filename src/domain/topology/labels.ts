/** Words the screen uses for the contract's codes. Unknown values are shown verbatim. */
import type { NodeKind } from './schema';

const KIND_LABELS: Record<string, string> = {
  MICROGRID: 'Microgrid',
  GRID_CONNECTION: 'Grid connection',
  CIRCUIT: 'Circuit',
  CHARGE_POINT: 'Charger',
  CONNECTOR: 'Connector',
};

const KIND_PLURALS: Record<string, string> = {
  MICROGRID: 'microgrids',
  GRID_CONNECTION: 'grid connections',
  CIRCUIT: 'circuits',
  CHARGE_POINT: 'chargers',
  CONNECTOR: 'connectors',
};

export function kindLabel(kind: NodeKind): string {
  return KIND_LABELS[kind] ?? kind;
}

/** "1 connector", "2 connectors", "3 FOO nodes" for unknown kinds. */
export function countLabel(kind: NodeKind, count: number): string {
  const plural = KIND_PLURALS[kind];
  if (!plural) return `${count} ${kind} node${count === 1 ? '' : 's'}`;
  const singular = (KIND_LABELS[kind] ?? kind).toLowerCase();
  return `${count} ${count === 1 ? singular : plural}`;
}

const SOURCE_LABELS: Record<string, string> = {
  DEFAULT_CAPACITY: 'default capacity',
  SAFE_CAPACITY: 'safe capacity',
  RATED: 'rating',
};

export function limitSourceLabel(source: string | null): string {
  if (source === null) return 'no source given';
  return SOURCE_LABELS[source] ?? source;
}
