import { describe, expect, it } from 'vitest';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import { MicrogridTopologySchema, TopologyProblemSchema } from '../../../src/domain/topology';
import { cleanSite, derive, GENERATED_AT } from './fixtures';

describe('the 200 body', () => {
  it('carries the depot, the microgrid and the nodes in canonical order (depth first, siblings by id)', () => {
    const site = cleanSite();
    site.charge_points.push({ id: 'cp-0', circuit_id: 'circ-main', max_power_w: 22_000 });
    site.connectors.push({ id: 'cp-0-1', charge_point_id: 'cp-0', max_power_w: 22_000, power_type: 'AC_3_PHASE', max_current_a: 32 });
    const result = derive(site);
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body).toMatchObject({
      microgrid_id: 'mg-1',
      depot_id: 'depot-1',
      name: 'Test depot',
      usable_power_calculation_version: 3,
      generated_at: GENERATED_AT,
    });
    expect(result.body.nodes.map((n) => [n.id, n.kind, n.parent_id])).toEqual([
      ['mg-1', 'MICROGRID', null],
      ['gc-1', 'GRID_CONNECTION', 'mg-1'],
      ['circ-a', 'CIRCUIT', 'gc-1'],
      ['cp-1', 'CHARGE_POINT', 'circ-a'],
      ['cp-1-1', 'CONNECTOR', 'cp-1'],
      ['cp-2', 'CHARGE_POINT', 'circ-a'],
      ['cp-2-1', 'CONNECTOR', 'cp-2'],
      ['cp-0', 'CHARGE_POINT', 'gc-1'],
      ['cp-0-1', 'CONNECTOR', 'cp-0'],
    ]);
    expect(MicrogridTopologySchema.safeParse(result.body).success).toBe(true);
  });

  it('draws a source circuit as its grid connection, with the circuit’s cap and details', () => {
    const result = derive(cleanSite());
    if (result.status !== 200) throw new Error('expected a 200');
    expect(result.body.nodes[1]).toEqual({
      id: 'gc-1',
      kind: 'GRID_CONNECTION',
      parent_id: 'mg-1',
      name: 'Main incomer',
      limit: { max_power_w: 400_000, max_current_a: 630, phases: 3, source: 'DEFAULT_CAPACITY' },
      asset: { circuit_id: 'circ-main', default_capacity_w: 400_000, safe_capacity_w: 200_000, breaker_rating_a: 630, voltage_v: 230, phases: 3 },
    });
    expect(result.body.nodes.some((n) => n.id === 'circ-main')).toBe(false);
  });

  it('gives charge points and connectors their ratings, source RATED, and the asset details', () => {
    const result = derive(cleanSite());
    if (result.status !== 200) throw new Error('expected a 200');
    const byId = new Map(result.body.nodes.map((n) => [n.id, n]));
    expect(byId.get('cp-1')).toEqual({
      id: 'cp-1',
      kind: 'CHARGE_POINT',
      parent_id: 'circ-a',
      name: 'Charger 1',
      limit: { max_power_w: 150_000, max_current_a: null, phases: 3, source: 'RATED' },
      asset: { ocpp_id: 'TST-001', power_type: 'DC', evse_count: 1, max_power_w: 150_000, status: 'Available' },
    });
    expect(byId.get('cp-1-1')).toEqual({
      id: 'cp-1-1',
      kind: 'CONNECTOR',
      parent_id: 'cp-1',
      name: null,
      // DC current is not a per-phase cap, so it stays in the asset only.
      limit: { max_power_w: 150_000, max_current_a: null, phases: null, source: 'RATED' },
      asset: { connector_id: 1, standard: 'IEC_62196_T2_COMBO', power_type: 'DC', max_power_w: 150_000, max_current_a: 200 },
    });
  });

  it('gives an AC connector its phases from its power type and its per-phase current cap', () => {
    const site = cleanSite();
    site.connectors[0] = { id: 'cp-1-1', charge_point_id: 'cp-1', power_type: 'AC_3_PHASE', max_power_w: 22_080, max_current_a: 32 };
    const result = derive(site);
    if (result.status !== 200) throw new Error('expected a 200');
    expect(result.body.nodes.find((n) => n.id === 'cp-1-1')?.limit).toEqual({ max_power_w: 22_080, max_current_a: 32, phases: 3, source: 'RATED' });
  });

  it('stamps generated_at with the current time to the second when none is given', () => {
    const before = Date.now();
    const result = deriveMicrogrid(cleanSite());
    if (result.status !== 200) throw new Error('expected a 200');
    expect(result.body.generated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const stamped = Date.parse(result.body.generated_at);
    expect(stamped).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(stamped).toBeLessThanOrEqual(Date.now());
  });

  it('defaults an absent calculation version to the current one (3) and absent sections to empty', () => {
    const result = derive({ depot: { id: 'd' }, microgrid: { id: 'm', grid_connections: [{ id: 'g', circuit_id: 'c' }] }, circuits: [{ id: 'c', default_capacity_w: 1000 }] });
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    expect(result.body.usable_power_calculation_version).toBe(3);
    expect(result.body.name).toBeNull();
    expect(result.body.nodes.map((n) => n.id)).toEqual(['m', 'g']);
  });
});

describe('the 422 body', () => {
  it('is a problem document naming the depot, with every blocking issue in the contract order', () => {
    const site = cleanSite();
    site.depot.id = 'welshpool';
    site.connectors[1]!.max_power_w = null; // CONNECTOR_RATING_MISSING cp-2-1
    site.charge_points[1]!.circuit_id = 'circ-x'; // CHARGE_POINT_CIRCUIT_NOT_FOUND cp-2
    site.charge_points[0]!.max_power_w = 0; // CHARGE_POINT_RATING_MISSING cp-1
    site.circuits[1]!.default_capacity_w = -1; // CIRCUIT_CAPACITY_INVALID circ-a
    site.circuits.push({ id: 'circ-b', parent_circuit_id: 'circ-main' }); // CIRCUIT_CAPACITY_MISSING circ-b
    site.connectors.push({ id: 'cp-1-1', charge_point_id: 'cp-1', max_power_w: 1 }); // DUPLICATE_ID cp-1-1
    const result = derive(site);
    expect(result.status).toBe(422);
    if (result.status !== 422) return;
    expect(result.body).toMatchObject({
      type: '/problems/microgrid-topology-invalid',
      title: 'Microgrid topology cannot be assembled',
      status: 422,
      detail: '6 errors prevent deriving the microgrid topology of depot welshpool.',
      instance: '/api/depot/welshpool/microgrid',
      depot_id: 'welshpool',
      microgrid_id: 'mg-1',
    });
    expect(result.body.errors.map((e) => [e.code, e.entity.type, e.entity.id])).toEqual([
      ['CHARGE_POINT_CIRCUIT_NOT_FOUND', 'CHARGE_POINT', 'cp-2'],
      ['CHARGE_POINT_RATING_MISSING', 'CHARGE_POINT', 'cp-1'],
      ['CIRCUIT_CAPACITY_INVALID', 'CIRCUIT', 'circ-a'],
      ['CIRCUIT_CAPACITY_MISSING', 'CIRCUIT', 'circ-b'],
      ['CONNECTOR_RATING_MISSING', 'CONNECTOR', 'cp-2-1'],
      ['DUPLICATE_ID', 'CONNECTOR', 'cp-1-1'],
    ]);
    expect(TopologyProblemSchema.safeParse(result.body).success).toBe(true);
  });

  it('says "1 error prevents" for a single error, and encodes the depot id in the instance', () => {
    const site = cleanSite();
    site.depot.id = 'depot one/a';
    site.connectors[0]!.max_power_w = null;
    const result = derive(site);
    if (result.status !== 422) throw new Error('expected a 422');
    expect(result.body.detail).toBe('1 error prevents deriving the microgrid topology of depot depot one/a.');
    expect(result.body.instance).toBe('/api/depot/depot%20one%2Fa/microgrid');
  });

  it('orders issues of one code by entity type, then by id in code-unit order (not natural order)', () => {
    const site = cleanSite();
    for (const id of ['cp-10', 'cp-9', 'CP-3']) site.charge_points.push({ id, circuit_id: 'circ-a' });
    const result = derive(site);
    expect(result.status === 422 && result.body.errors.map((e) => e.entity.id)).toEqual(['CP-3', 'cp-10', 'cp-9']);
  });
});
