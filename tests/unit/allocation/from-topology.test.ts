/** From the API's topology to power nodes and typical session sets. */
import { describe, expect, it } from 'vitest';
import {
  allocate,
  DEFAULT_CONNECTOR_RATING_W,
  fromTopology,
  sampleSessions,
  sessionsAtRating,
  type PowerNode,
} from '../../../src/domain/allocation';
import { MicrogridTopologySchema, type MicrogridTopologyWire } from '../../../src/domain/topology';

const wire: MicrogridTopologyWire = {
  microgrid_id: 'mg-1',
  depot_id: 'depot-1',
  usable_power_calculation_version: 3,
  generated_at: '2026-01-01T00:00:00Z',
  nodes: [
    { id: 'mg-1', kind: 'MICROGRID', parent_id: null, limit: null },
    { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg-1', limit: { max_power_w: 400_000, source: 'DEFAULT_CAPACITY' } },
    { id: 'ci-1', kind: 'CIRCUIT', parent_id: 'gc-1', limit: { max_power_w: 44_160, source: 'SAFE_CAPACITY' } },
    {
      id: 'cp-dc',
      kind: 'CHARGE_POINT',
      parent_id: 'gc-1',
      limit: { max_power_w: 150_000, source: 'RATED' },
      asset: { evse_count: 1, power_type: 'DC' },
    },
    { id: 'cp-dc-1', kind: 'CONNECTOR', parent_id: 'cp-dc', limit: { max_power_w: 150_000 } },
    { id: 'cp-dc-2', kind: 'CONNECTOR', parent_id: 'cp-dc', limit: { max_power_w: 50_000 } },
    { id: 'cp-ac', kind: 'CHARGE_POINT', parent_id: 'ci-1', limit: { max_power_w: 44_160 }, asset: { evse_count: 2 } },
    { id: 'cp-ac-1', kind: 'CONNECTOR', parent_id: 'cp-ac', limit: { max_power_w: 22_080 } },
    { id: 'cp-ac-2', kind: 'CONNECTOR', parent_id: 'cp-ac' },
    { id: 'cp-x', kind: 'CHARGE_POINT', parent_id: 'ci-1', limit: null, asset: { evse_count: 0 } },
    { id: 'cp-x-1', kind: 'CONNECTOR', parent_id: 'cp-x', limit: null },
  ],
};
const topology = MicrogridTopologySchema.parse(wire);

describe('fromTopology', () => {
  it('takes caps from limit.max_power_w and EVSE counts from charge points', () => {
    const nodes = fromTopology(topology);
    expect(nodes).toEqual<PowerNode[]>([
      { id: 'mg-1', parentId: null, kind: 'MICROGRID', maxPowerW: null },
      { id: 'gc-1', parentId: 'mg-1', kind: 'GRID_CONNECTION', maxPowerW: 400_000 },
      { id: 'ci-1', parentId: 'gc-1', kind: 'CIRCUIT', maxPowerW: 44_160 },
      { id: 'cp-dc', parentId: 'gc-1', kind: 'CHARGE_POINT', maxPowerW: 150_000, evseCount: 1 },
      { id: 'cp-dc-1', parentId: 'cp-dc', kind: 'CONNECTOR', maxPowerW: 150_000 },
      { id: 'cp-dc-2', parentId: 'cp-dc', kind: 'CONNECTOR', maxPowerW: 50_000 },
      { id: 'cp-ac', parentId: 'ci-1', kind: 'CHARGE_POINT', maxPowerW: 44_160, evseCount: 2 },
      { id: 'cp-ac-1', parentId: 'cp-ac', kind: 'CONNECTOR', maxPowerW: 22_080 },
      { id: 'cp-ac-2', parentId: 'cp-ac', kind: 'CONNECTOR', maxPowerW: null },
      // An EVSE count of 0 says nothing usable: no limit is applied.
      { id: 'cp-x', parentId: 'ci-1', kind: 'CHARGE_POINT', maxPowerW: null },
      { id: 'cp-x-1', parentId: 'cp-x', kind: 'CONNECTOR', maxPowerW: null },
    ]);
  });
});

describe('sessionsAtRating', () => {
  it('puts every connector on charge at its rating, falling back to its charge point’s, then the default', () => {
    expect(sessionsAtRating(topology)).toEqual([
      { connectorId: 'cp-ac-1', requestedPowerW: 22_080 },
      { connectorId: 'cp-ac-2', requestedPowerW: 44_160 },
      { connectorId: 'cp-dc-1', requestedPowerW: 150_000 },
      { connectorId: 'cp-dc-2', requestedPowerW: 50_000 },
      { connectorId: 'cp-x-1', requestedPowerW: DEFAULT_CONNECTOR_RATING_W },
    ]);
    expect(sessionsAtRating(fromTopology(topology), { minPowerW: 30_000, priority: 1 })[0]).toEqual({
      connectorId: 'cp-ac-1',
      requestedPowerW: 22_080,
      minPowerW: 22_080,
      priority: 1,
    });
  });

  it('gives input the allocator accepts, with the one-EVSE charger serving one vehicle', () => {
    const result = allocate({ nodes: fromTopology(topology), sessions: sessionsAtRating(topology), strategy: 'connector' });
    expect(result.sessions.find((s) => s.connectorId === 'cp-dc-2')!.limitedBy).toEqual({ kind: 'evse', nodeId: 'cp-dc' });
    expect(result.summary.refused).toBe(1);
  });
});

describe('sampleSessions', () => {
  const nodes: PowerNode[] = [
    { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null },
    ...Array.from({ length: 40 }, (_, i): PowerNode => ({ id: `c-${i}`, parentId: 'site', kind: 'CONNECTOR', maxPowerW: 11_040 })),
  ];

  it('plugs in the given fraction of connectors, in connector-id order', () => {
    const sessions = sampleSessions(nodes, { fraction: 0.25, seed: 7 });
    expect(sessions).toHaveLength(10);
    const ids = sessions.map((s) => s.connectorId);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(10);
    expect(sessions.every((s) => s.requestedPowerW === 11_040)).toBe(true);
  });

  it('is reproducible from its seed and independent of the nodes’ order', () => {
    const a = sampleSessions(nodes, { fraction: 0.5, seed: 42, priorities: [0, 1], varyRequests: true, minPowerW: 4_140 });
    const b = sampleSessions([...nodes].reverse(), { fraction: 0.5, seed: 42, priorities: [0, 1], varyRequests: true, minPowerW: 4_140 });
    expect(b).toEqual(a);
    const c = sampleSessions(nodes, { fraction: 0.5, seed: 43 });
    expect(c.map((s) => s.connectorId)).not.toEqual(a.map((s) => s.connectorId));
    for (const s of a) {
      expect(s.requestedPowerW).toBeGreaterThanOrEqual(11_040 / 2);
      expect(s.requestedPowerW).toBeLessThanOrEqual(11_040);
      expect([0, 1]).toContain(s.priority);
    }
  });

  it('clamps the fraction to 0..1', () => {
    expect(sampleSessions(nodes, { fraction: -1, seed: 1 })).toEqual([]);
    expect(sampleSessions(nodes, { fraction: 2, seed: 1 })).toHaveLength(40);
    expect(sampleSessions(nodes, { fraction: Number.NaN, seed: 1 })).toEqual([]);
  });
});

describe('fromTopology with phases', () => {
  it('takes per-phase caps from limit.max_current_a, connectors’ phases (DC: 3) and charge points’ rotations', () => {
    const nodes = fromTopology(
      MicrogridTopologySchema.parse({
        ...wire,
        nodes: [
          { id: 'mg-1', kind: 'MICROGRID', parent_id: null, limit: null },
          { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg-1', limit: { max_power_w: 400_000, max_current_a: 630, phases: 3 } },
          { id: 'cp-1', kind: 'CHARGE_POINT', parent_id: 'gc-1', limit: { max_power_w: 7_360 }, asset: { power_type: 'AC' } },
          { id: 'cp-1-1', kind: 'CONNECTOR', parent_id: 'cp-1', limit: { max_power_w: 7_360, max_current_a: 32, phases: 1 } },
          { id: 'cp-2', kind: 'CHARGE_POINT', parent_id: 'gc-1', limit: { max_power_w: 50_000 }, asset: { power_type: 'DC' } },
          { id: 'cp-2-1', kind: 'CONNECTOR', parent_id: 'cp-2', limit: { max_power_w: 50_000 }, asset: { power_type: 'DC' } },
        ],
      }),
    );
    expect(nodes).toEqual<PowerNode[]>([
      { id: 'mg-1', parentId: null, kind: 'MICROGRID', maxPowerW: null },
      { id: 'gc-1', parentId: 'mg-1', kind: 'GRID_CONNECTION', maxPowerW: 400_000, maxCurrentA: 630 },
      { id: 'cp-1', parentId: 'gc-1', kind: 'CHARGE_POINT', maxPowerW: 7_360 },
      { id: 'cp-1-1', parentId: 'cp-1', kind: 'CONNECTOR', maxPowerW: 7_360, maxCurrentA: 32, phases: 1 },
      { id: 'cp-2', parentId: 'gc-1', kind: 'CHARGE_POINT', maxPowerW: 50_000 },
      { id: 'cp-2-1', parentId: 'cp-2', kind: 'CONNECTOR', maxPowerW: 50_000, phases: 3 },
    ]);
  });

  it('carries a charge point’s phase rotation, when its asset has one, into the allocation', () => {
    const parsed = MicrogridTopologySchema.parse({
      ...wire,
      nodes: [
        { id: 'mg-1', kind: 'MICROGRID', parent_id: null, limit: null },
        { id: 'gc-1', kind: 'GRID_CONNECTION', parent_id: 'mg-1', limit: { max_power_w: 100_000, max_current_a: 32 } },
        { id: 'cp-1', kind: 'CHARGE_POINT', parent_id: 'gc-1', limit: { max_power_w: 7_360 } },
        { id: 'cp-1-1', kind: 'CONNECTOR', parent_id: 'cp-1', limit: { max_power_w: 7_360, phases: 1 } },
        { id: 'cp-2', kind: 'CHARGE_POINT', parent_id: 'gc-1', limit: { max_power_w: 7_360 } },
        { id: 'cp-2-1', kind: 'CONNECTOR', parent_id: 'cp-2', limit: { max_power_w: 7_360, phases: 1 } },
      ],
    });
    // As the derivation writes it into the asset.
    Object.assign(parsed.nodes[2]!.asset, { phase_rotation: 'RST' });
    Object.assign(parsed.nodes[4]!.asset, { phase_rotation: 'TRS' });
    const nodes = fromTopology(parsed);
    expect(nodes.filter((n) => n.kind === 'CHARGE_POINT').map((n) => n.phaseRotation)).toEqual(['RST', 'TRS']);
    const sessions = ['cp-1-1', 'cp-2-1'].map((c) => ({ connectorId: c, requestedPowerW: 7_360 }));
    // On L1 and L3: each has its phase's 32 A to itself.
    expect(allocate({ nodes, strategy: 'connector', sessions }).sessions.map((s) => s.allocatedW)).toEqual([7_360, 7_360]);
    // Without the rotations both would share L1.
    const unrotated = nodes.map(({ phaseRotation: _, ...n }) => n);
    expect(allocate({ nodes: unrotated, strategy: 'connector', sessions }).sessions.map((s) => s.allocatedW)).toEqual([3_680, 3_680]);
  });
});

describe('fromTopology on a served topology with rotations', () => {
  it('keeps each charge point’s phase rotation through the parse, as the mock backend serves it', async () => {
    const { deriveMicrogrid } = await import('../../../src/domain/site-data');
    const { parseMicrogridTopology } = await import('../../../src/domain/topology');
    const { findScenario } = await import('../../../mocks/scenarios');
    const scenario = findScenario('workplace-car-park');
    if (!scenario || scenario.kind !== 'site') throw new Error('workplace-car-park is a site scenario');
    const answer = deriveMicrogrid(scenario.site, { generatedAt: '2026-01-01T00:00:00Z' });
    if (answer.status !== 200) throw new Error('workplace-car-park assembles');
    const parsed = parseMicrogridTopology(JSON.parse(JSON.stringify(answer.body)));
    if (!parsed.ok) throw new Error(parsed.problems.join('; '));
    const rotations = new Set(fromTopology(parsed.value).flatMap((n) => (n.phaseRotation ? [n.phaseRotation] : [])));
    expect([...rotations].sort()).toEqual(['RST', 'SRT', 'STR', 'TRS']);
  });
});
