/**
 * What a hostile server may send where the contract says "any string": names of
 * `Object.prototype`'s members, empty-ish and odd Unicode strings, and topologies of any shape built
 * from them (parent links that point anywhere: to nobody, to themselves, round in circles).
 */
import fc from 'fast-check';
import type { MicrogridNodeWire, MicrogridTopologyWire, TopologyIssueWire } from '../../../src/domain/topology';

/** `constructor`, `__proto__`, `toString`, `hasOwnProperty`, `valueOf`, … : every one of them. */
export const PROTOTYPE_NAMES: readonly string[] = Object.getOwnPropertyNames(Object.prototype);

const KNOWN_KINDS = ['MICROGRID', 'GRID_CONNECTION', 'CIRCUIT', 'CHARGE_POINT', 'CONNECTOR'];
const KNOWN_SOURCES = ['DEFAULT_CAPACITY', 'SAFE_CAPACITY', 'RATED'];

/** A non-empty string, weighted towards the names that once found a prototype member. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
);

const kind = fc.oneof(fc.constantFrom(...KNOWN_KINDS), hostileString);
const source = fc.oneof(fc.constant(null), fc.constantFrom(...KNOWN_SOURCES), hostileString);
const optionalText = fc.option(hostileString, { nil: undefined });

const issue = (ids: readonly string[]): fc.Arbitrary<TopologyIssueWire> =>
  fc.record({
    code: hostileString,
    severity: fc.constant('warning' as const),
    message: hostileString,
    entity: fc.record({ type: hostileString, id: ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), hostileString) : hostileString }),
    related: fc.array(fc.record({ type: hostileString, id: hostileString }), { maxLength: 2 }),
  });

/**
 * A topology of up to `maxNodes` nodes whose ids, kinds, names, sources and statuses are hostile
 * strings. Parents are other nodes' ids (or the node's own), a missing id, or null; duplicates are
 * allowed. It parses, since every string is non-empty where the contract needs one.
 */
export function hostileTopology(maxNodes = 40): fc.Arbitrary<MicrogridTopologyWire> {
  return fc.uniqueArray(hostileString, { minLength: 1, maxLength: maxNodes }).chain((ids) => {
    const parent = fc.oneof(fc.constant(null), fc.constantFrom(...ids), hostileString);
    const node = (id: string): fc.Arbitrary<MicrogridNodeWire> =>
      fc.record({
        id: fc.oneof({ weight: 5, arbitrary: fc.constant(id) }, fc.constantFrom(...ids)),
        kind,
        parent_id: parent,
        name: fc.option(hostileString, { nil: null }),
        limit: fc.option(
          fc.record({ max_power_w: fc.option(fc.nat(), { nil: null }), max_current_a: fc.constant(null), phases: fc.constantFrom(1 as const, 3 as const, null), source }),
          { nil: null },
        ),
        asset: fc.record({ status: optionalText, power_type: optionalText, vendor: optionalText, standard: optionalText, circuit_id: optionalText, ocpp_id: optionalText }),
      });
    return fc.record({
      microgrid_id: hostileString,
      depot_id: hostileString,
      name: fc.option(hostileString, { nil: null }),
      usable_power_calculation_version: fc.integer({ min: 0, max: 5 }),
      generated_at: fc.constant('2026-01-01T00:00:00Z'),
      nodes: fc.tuple(...ids.map(node)),
      warnings: fc.array(issue(ids), { maxLength: 4 }),
    });
  });
}

const base = { microgrid_id: 'mg', depot_id: 'd', name: null, usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z', warnings: [] };

/** A root and a chain of `depth` nodes beneath it, each the only child of the one above. */
export function chainTopology(depth: number, kindOf: (level: number) => string = () => 'CIRCUIT'): MicrogridTopologyWire {
  const nodes: MicrogridNodeWire[] = [{ id: 'n0', kind: 'MICROGRID', parent_id: null }];
  for (let i = 1; i <= depth; i++) nodes.push({ id: `n${i}`, kind: kindOf(i), parent_id: `n${i - 1}` });
  return { ...base, nodes };
}

/** A root with `width` children. */
export function wideTopology(width: number, kindOf: (i: number) => string = () => 'GRID_CONNECTION'): MicrogridTopologyWire {
  const nodes: MicrogridNodeWire[] = [{ id: 'root', kind: 'MICROGRID', parent_id: null }];
  for (let i = 0; i < width; i++) nodes.push({ id: `c${i}`, kind: kindOf(i), parent_id: 'root' });
  return { ...base, nodes };
}
