/**
 * Random site data for the property tests: `healthySite` always assembles (it may carry warnings);
 * `chaoticSite` draws ids from small shared pools and values from good and bad ones, so cycles,
 * duplicates, missing links and bad numbers all turn up.
 */
import fc from 'fast-check';

type Rec = Record<string, unknown>;
export interface GenSite {
  depot: Rec;
  microgrid: { id: string; name: string; grid_connections: Rec[] };
  circuits: Rec[];
  charge_points: Rec[];
  connectors: Rec[];
}

const watts = fc.integer({ min: 1, max: 2_000_000 });
const phases = fc.constantFrom(1, 3, null);

const healthySpec = fc.record({
  sources: fc.array(fc.record({ phases, def: fc.option(watts), safe: watts }), { minLength: 1, maxLength: 3 }),
  circuits: fc.array(fc.record({ parent: fc.nat(), phases, def: fc.option(watts), safe: watts }), { maxLength: 6 }),
  chargePoints: fc.array(
    fc.record({ circuit: fc.nat(), phases, rating: watts, connectors: fc.array(watts, { maxLength: 3 }) }),
    { maxLength: 8 },
  ),
  version: fc.integer({ min: 1, max: 4 }),
});

export const healthySite: fc.Arbitrary<GenSite> = healthySpec.map((spec) => {
  const circuits: Rec[] = spec.sources.map((s, i) => ({
    id: `src-${i}`, parent_circuit_id: null, phases: s.phases, default_capacity_w: s.def, safe_capacity_w: s.safe,
  }));
  spec.circuits.forEach((c, j) => {
    const parent = circuits[c.parent % circuits.length]!;
    circuits.push({ id: `c-${j}`, parent_circuit_id: parent.id, phases: c.phases, default_capacity_w: c.def, safe_capacity_w: c.safe });
  });
  const charge_points: Rec[] = [];
  const connectors: Rec[] = [];
  spec.chargePoints.forEach((cp, k) => {
    const circuit = circuits[cp.circuit % circuits.length]!;
    const cpPhases = circuit.phases === 1 && cp.phases === 3 ? 1 : cp.phases;
    charge_points.push({ id: `cp-${k}`, name: `Charger ${k}`, circuit_id: circuit.id, phases: cpPhases, max_power_w: cp.rating });
    cp.connectors.forEach((rating, n) => connectors.push({ id: `cp-${k}-${n + 1}`, charge_point_id: `cp-${k}`, connector_id: n + 1, max_power_w: rating }));
  });
  return {
    depot: { id: 'depot-p', name: 'Property depot', usable_power_calculation_version: spec.version },
    microgrid: { id: 'mg-p', name: 'Property microgrid', grid_connections: spec.sources.map((_, i) => ({ id: `gc-${i}`, circuit_id: `src-${i}` })) },
    circuits,
    charge_points,
    connectors,
  };
});

// Pools overlap on purpose ("x" is in several), so ids collide within and across types.
const gcId = fc.constantFrom('g1', 'g2', 'x');
const circuitId = fc.constantFrom('c1', 'c2', 'c3', 'c4', 'x');
const cpId = fc.constantFrom('p1', 'p2', 'p3', 'x');
const connectorId = fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5');
const link = <T>(ids: fc.Arbitrary<T>) => fc.oneof(ids, fc.constantFrom(null, '', 'gone'));
const anyPower = fc.oneof({ weight: 4, arbitrary: watts }, { weight: 1, arbitrary: fc.constantFrom(null, 0, -1, Number.NaN, 'x') });
const maybePower = fc.option(anyPower, { nil: undefined });

export const chaoticSite: fc.Arbitrary<GenSite> = fc
  .record({
    gcs: fc.array(fc.record({ id: gcId, circuit_id: link(circuitId) }), { maxLength: 3 }),
    circuits: fc.array(
      fc.record({ id: circuitId, parent_circuit_id: fc.oneof(fc.constant(null), link(circuitId)), phases, default_capacity_w: maybePower, safe_capacity_w: maybePower }),
      { maxLength: 6 },
    ),
    cps: fc.array(fc.record({ id: cpId, circuit_id: link(circuitId), phases, max_power_w: anyPower }), { maxLength: 5 }),
    connectors: fc.array(fc.record({ id: connectorId, charge_point_id: link(cpId), max_power_w: anyPower }), { maxLength: 6 }),
    version: fc.integer({ min: 1, max: 4 }),
  })
  .map((r) => ({
    depot: { id: 'depot-c', usable_power_calculation_version: r.version },
    microgrid: { id: 'mg-c', name: 'Chaos', grid_connections: r.gcs },
    circuits: r.circuits,
    charge_points: r.cps,
    connectors: r.connectors,
  }));

/** A deterministic shuffle (mulberry32) of every array of the site. */
export function shuffleSite(site: GenSite, seed: number): GenSite {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  return {
    depot: site.depot,
    microgrid: { ...site.microgrid, grid_connections: shuffle(site.microgrid.grid_connections) },
    circuits: shuffle(site.circuits),
    charge_points: shuffle(site.charge_points),
    connectors: shuffle(site.connectors),
  };
}
