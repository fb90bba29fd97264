import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCENARIOS, findScenario, generateLargeSite } from '../../../mocks/scenarios';
import { PLAIN_FIELDS, readPlainSiteData } from '../../../src/domain/site-data/plain-shape';
import {
  ChargePointSchema,
  CircuitSchema,
  ConnectorSchema,
  DepotSchema,
  GridConnectionSchema,
  SiteDataSchema,
} from '../../../src/domain/site-data/shape';
import { chaoticSite, healthySite } from './arbitraries';

/** The value with every object's keys listed in order, so key order counts in a comparison. */
function withKeyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withKeyOrder);
  if (value === null || typeof value !== 'object') return value;
  return { keys: Object.keys(value), entries: Object.entries(value).map(([k, v]) => [k, withKeyOrder(v)]) };
}

/** The plain reader either declines or gives exactly zod's output (fields, their order, undefined ones). */
function agreesWithZod(raw: unknown): boolean {
  const plain = readPlainSiteData(raw);
  if (plain === null) return false;
  const parsed = SiteDataSchema.safeParse(raw);
  expect(parsed.success).toBe(true);
  expect(withKeyOrder(plain)).toStrictEqual(withKeyOrder(parsed.data));
  return true;
}

const SCHEMAS = {
  depot: DepotSchema,
  gridConnection: GridConnectionSchema,
  circuit: CircuitSchema,
  chargePoint: ChargePointSchema,
  connector: ConnectorSchema,
} as const;

const value = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom<unknown>(undefined, null, 1, 3, 0, -0, -1, 2.5, 2 ** 53, Number.NaN, Infinity, '', 'x', 'AC', true) },
  { weight: 2, arbitrary: fc.double() },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom<unknown>({}, [], { a: 1 }, [1]) },
);

/**
 * A record with any of the schema's fields (and a stray one). Each value mostly one the plain
 * reader takes (so it is exercised; zod still judges the outcome), sometimes any value at all.
 */
function recordOf(name: keyof typeof PLAIN_FIELDS): fc.Arbitrary<unknown> {
  const fields: Record<string, fc.Arbitrary<unknown>> = { extra: value };
  for (const [key, fits] of PLAIN_FIELDS[name]) {
    fields[key] = fc.oneof({ weight: 60, arbitrary: value.filter((v) => fits(v)) }, { weight: 1, arbitrary: value });
  }
  const plain = fc.record(fields, { requiredKeys: ['id'] });
  return fc.oneof(
    { weight: 40, arbitrary: plain },
    { weight: 1, arbitrary: plain.map((r) => Object.assign(Object.create(null) as object, r)) },
    { weight: 1, arbitrary: plain.map((r) => Object.assign(Object.create({ name: 'inherited' }) as object, r)) },
    { weight: 1, arbitrary: value },
  );
}

const keysOf = (name: keyof typeof PLAIN_FIELDS) => PLAIN_FIELDS[name].map(([key]) => key);
const sectionOf = (item: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 12, arbitrary: fc.array(item, { maxLength: 3 }) }, { weight: 1, arbitrary: value });

const anySite = fc.record(
  {
    depot: recordOf('depot'),
    microgrid: fc.record(
      { id: fc.oneof({ weight: 8, arbitrary: fc.string({ minLength: 1 }) }, { weight: 1, arbitrary: value }), name: value, grid_connections: sectionOf(recordOf('gridConnection')) },
      { requiredKeys: ['id'] },
    ),
    circuits: sectionOf(recordOf('circuit')),
    charge_points: sectionOf(recordOf('chargePoint')),
    connectors: sectionOf(recordOf('connector')),
  },
  { requiredKeys: ['depot', 'microgrid'] },
);

describe('reading plain site data without zod', () => {
  it('knows every field of each record schema, in the schema order', () => {
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      expect(keysOf(name as keyof typeof SCHEMAS), name).toEqual(Object.keys(schema.shape));
    }
    expect(keysOf('microgrid')).toEqual(Object.keys(SiteDataSchema.shape.microgrid.shape).filter((k) => k !== 'grid_connections'));
  });

  it('gives exactly what zod gives, or leaves the data to zod', () => {
    let read = 0;
    fc.assert(
      fc.property(anySite, (raw) => {
        if (agreesWithZod(raw)) read++;
      }),
      { numRuns: 2000 },
    );
    // The property is only worth something if the plain path is taken often.
    expect(read).toBeGreaterThan(300);
  });

  it('leaves to zod every input zod rejects', () => {
    fc.assert(
      fc.property(anySite, (raw) => {
        if (!SiteDataSchema.safeParse(raw).success) expect(readPlainSiteData(raw)).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the generated and scenario sites itself', () => {
    fc.assert(fc.property(fc.oneof(healthySite, chaoticSite), (site) => {
      expect(agreesWithZod(site)).toBe(true);
    }), { numRuns: 200 });
    const sites = SCENARIOS.map((s) => findScenario(s.depotId)).flatMap((s) => (s.kind === 'site' ? [s.site] : []));
    expect(sites.length).toBeGreaterThan(3);
    for (const site of [...sites, generateLargeSite(1_000)]) {
      // A scenario may hold data zod rejects on purpose; the others are read plainly.
      if (SiteDataSchema.safeParse(site).success) expect(agreesWithZod(site)).toBe(true);
    }
  });
});
