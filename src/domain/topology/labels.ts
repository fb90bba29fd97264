/**
 * Words the screen uses for the contract's codes. Unknown values are shown verbatim. Lookups are
 * Maps: kinds and sources are open strings, and `constructor` or `__proto__` must read as text.
 */
import { formatCount } from '../units';
import type { MicrogridNode, NodeKind } from './schema';

const KIND_LABELS: ReadonlyMap<string, string> = new Map([
  ['MICROGRID', 'Microgrid'],
  ['GRID_CONNECTION', 'Grid connection'],
  ['CIRCUIT', 'Circuit'],
  ['CHARGE_POINT', 'Charger'],
  ['CONNECTOR', 'Connector'],
]);

const KIND_PLURALS: ReadonlyMap<string, string> = new Map([
  ['MICROGRID', 'microgrids'],
  ['GRID_CONNECTION', 'grid connections'],
  ['CIRCUIT', 'circuits'],
  ['CHARGE_POINT', 'chargers'],
  ['CONNECTOR', 'connectors'],
]);

export function kindLabel(kind: NodeKind): string {
  return KIND_LABELS.get(kind) ?? kind;
}

/** "1 connector", "2,500 connectors", "3 FOO nodes" for unknown kinds. */
export function countLabel(kind: NodeKind, count: number): string {
  const plural = KIND_PLURALS.get(kind);
  const n = formatCount(count);
  if (plural === undefined) return `${n} ${kind} node${count === 1 ? '' : 's'}`;
  const singular = kindLabel(kind).toLowerCase();
  return `${n} ${count === 1 ? singular : plural}`;
}

const SOURCE_LABELS: ReadonlyMap<string, string> = new Map([
  ['DEFAULT_CAPACITY', 'default capacity'],
  ['SAFE_CAPACITY', 'safe capacity'],
  ['RATED', 'rating'],
]);

export function limitSourceLabel(source: string | null): string {
  if (source === null) return 'no source given';
  return SOURCE_LABELS.get(source) ?? source;
}

/** What a node is called on screen: its name, or its id when it has none. */
export function displayName(node: Pick<MicrogridNode, 'id' | 'name'>): string {
  return node.name ?? node.id;
}

/** "Charger Bay A charger 17". */
export function nodeTitle(node: Pick<MicrogridNode, 'id' | 'name' | 'kind'>): string {
  return `${kindLabel(node.kind)} ${displayName(node)}`;
}
