import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, findScenario, generateLargeSite } from '../../../mocks/scenarios';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import { AssetSchema, LimitSchema, MicrogridNodeSchema, MicrogridTopologySchema, TopologyIssueSchema } from '../../../src/domain/topology';
import { PLAIN_ASSET_FIELDS, readPlainTopology } from '../../../src/domain/topology/plain-topology';

/** The value with every object's keys listed in order, so key order counts in a comparison. */
function withKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeyOrder);
  if (value === null || typeof value !== 'object') return value;
  return { keys: Object.keys(value), entries: Object.entries(value).map(([k, v]) => [k, withKeyOrder(v)]) };
}

/** The plain reader either declines or gives exactly zod's output. */
function agreesWithZod(raw: unknown): boolean {
  const plain = readPlainTopology(raw);
  const parsed = MicrogridTopologySchema.safeParse(raw);
  if (plain === null) return false;
  expect(parsed.success).toBe(true);
  expect(withKeyOrder(plain)).toStrictEqual(withKeyOrder(parsed.data));
  return true;
}

const odd = fc.constantFrom<unknown>(undefined, null, 0, -0, -1, 1, 2, 3, 2.5, 2 ** 53, Number.NaN, Infinity, '', 'x', true, {}, []);
/** Mostly a value of the given kind, sometimes any value at all. */
const mostly = (good: fc.Arbitrary<unknown>) => fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: odd });
const text = fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('', 'AC', 'cp-1'));
const nonNegative = fc.oneof(fc.nat(), fc.double({ min: 0, max: 1e9, noNaN: true }));
const maybe = (a: fc.Arbitrary<unknown>) => fc.oneof(a, fc.constantFrom(undefined, null));
const object = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required: Array<keyof T> = []) => {
  const plain = fc.record(fields, { requiredKeys: required as never[] });
  return fc.oneof(
    { weight: 30, arbitrary: plain },
    { weight: 1, arbitrary: plain.map((r) => Object.assign(Object.create(null) as object, r)) },
    { weight: 1, arbitrary: plain.map((r) => Object.assign(Object.create({ inherited: 1 }) as object, r)) },
    { weight: 1, arbitrary: odd },
  );
};

const assetValues: Record<string, fc.Arbitrary<unknown>> = {
  circuit_id: text, default_capacity_w: nonNegative, safe_capacity_w: nonNegative, breaker_rating_a: nonNegative, voltage_v: fc.double({ noNaN: true, noDefaultInfinity: true }),
  phases: fc.integer({ min: -3, max: 4 }), ocpp_id: text, vendor: text, model: text, serial_number: text, firmware_version: text, phase_rotation: text,
  power_type: text, evse_count: fc.integer({ min: -1, max: 4 }), max_power_w: nonNegative, status: text, connector_id: fc.oneof(text, fc.integer()),
  evse_id: fc.oneof(text, fc.integer()), standard: text, max_current_a: nonNegative, max_voltage_v: fc.nat(),
};
const asset = object(Object.fromEntries(Object.entries(assetValues).map(([k, a]) => [k, mostly(maybe(a))])));
const limit = object({ max_power_w: mostly(maybe(nonNegative)), max_current_a: mostly(maybe(nonNegative)), phases: mostly(maybe(fc.constantFrom(1, 3))), source: mostly(maybe(text)), extra: odd });
const node = object(
  { id: mostly(fc.string({ minLength: 1, maxLength: 3 })), kind: mostly(fc.constantFrom('CIRCUIT', 'CONNECTOR', 'X')), parent_id: mostly(fc.oneof(fc.constant(null), fc.string({ minLength: 1, maxLength: 3 }))), name: mostly(maybe(text)), limit: mostly(maybe(limit)), asset: mostly(maybe(asset)), extra: odd },
  ['id', 'kind', 'parent_id'],
);
const ref = object({ type: mostly(text), id: mostly(text), name: mostly(maybe(text)) }, ['type', 'id']);
const issue = object(
  { code: mostly(fc.constantFrom('CIRCUIT_EMPTY', 'NEW_CODE')), severity: mostly(fc.constantFrom('error', 'warning')), message: mostly(text), entity: mostly(ref), related: mostly(maybe(fc.array(ref, { maxLength: 2 }))), pointer: mostly(maybe(text)) },
  ['code', 'severity', 'message', 'entity'],
);
const body = object(
  {
    microgrid_id: mostly(text), depot_id: mostly(text), name: mostly(maybe(text)), usable_power_calculation_version: mostly(fc.integer({ min: 1, max: 4 })),
    generated_at: mostly(fc.constant('2026-01-01T00:00:00Z')), nodes: mostly(fc.array(node, { maxLength: 4 })), warnings: mostly(maybe(fc.array(issue, { maxLength: 3 }))),
  },
  ['microgrid_id', 'depot_id', 'usable_power_calculation_version', 'generated_at', 'nodes'],
);

describe('reading a plain topology body without zod', () => {
  it('knows every field of the schemas, in their order', () => {
    expect(PLAIN_ASSET_FIELDS.map(([key]) => key)).toEqual(Object.keys(AssetSchema.shape));
    // The other objects are written out in the reader; their keys are checked through its output.
    const derived = deriveMicrogrid(generateLargeSite(1_000), { generatedAt: '2026-01-01T00:00:00Z' });
    if (derived.status !== 200) throw new Error('the large site should assemble');
    const read = readPlainTopology(derived.body)!;
    expect(Object.keys(read)).toEqual(Object.keys(MicrogridTopologySchema.shape));
    expect(Object.keys(read.nodes[1]!)).toEqual(Object.keys(MicrogridNodeSchema.shape));
    expect(Object.keys(read.nodes.find((n) => n.limit !== null)!.limit!)).toEqual(Object.keys(LimitSchema.shape));
    expect(Object.keys(read.warnings[0]!)).toEqual(Object.keys(TopologyIssueSchema.shape));
  });

  it('gives exactly what zod gives, or leaves the body to zod', () => {
    let read = 0;
    fc.assert(
      fc.property(body, (raw) => {
        if (agreesWithZod(raw)) read++;
      }),
      { numRuns: 1500 },
    );
    expect(read).toBeGreaterThan(200);
  });

  it('leaves to zod every body zod rejects', () => {
    fc.assert(
      fc.property(body, (raw) => {
        if (!MicrogridTopologySchema.safeParse(raw).success) expect(readPlainTopology(raw)).toBeNull();
      }),
      { numRuns: 1500 },
    );
  });

  it('reads every derived topology itself', () => {
    const sites = SCENARIOS.filter((s) => !s.depotId.startsWith('large-'))
      .map((s) => findScenario(s.depotId))
      .flatMap((s) => (s.kind === 'site' ? [s.site] : []));
    let read = 0;
    for (const site of [...sites, generateLargeSite(1_000)]) {
      let result;
      try {
        result = deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
      } catch {
        continue;
      }
      if (result.status !== 200) continue;
      expect(agreesWithZod(result.body)).toBe(true);
      read++;
    }
    expect(read).toBeGreaterThan(3);
  });
});
