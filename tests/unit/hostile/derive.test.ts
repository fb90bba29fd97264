/** Site data whose free-text fields name `Object.prototype` members derives as any other text. */
import { describe, expect, it } from 'vitest';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import { buildTopologyIndex, parseMicrogridTopology } from '../../../src/domain/topology';
import { PROTOTYPE_NAMES } from './arbitraries';

function site(name: string) {
  return {
    depot: { id: name, name },
    microgrid: { id: `mg-${name}`, name, grid_connections: [{ id: `gc-${name}`, circuit_id: name, name }] },
    circuits: [{ id: name, name, parent_circuit_id: null, default_capacity_w: 100_000 }],
    charge_points: [{ id: `cp-${name}`, circuit_id: name, max_power_w: 22_000, status: name, power_type: name, vendor: name }],
    connectors: [{ id: `con-${name}`, charge_point_id: `cp-${name}`, max_power_w: 22_000, power_type: name, standard: name, status: name }],
  };
}

describe('derivation of hostile names', () => {
  it.each(PROTOTYPE_NAMES)('derives a topology whose ids and texts are %s', (name) => {
    const result = deriveMicrogrid(site(name), { generatedAt: '2026-01-01T00:00:00Z' });
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    const connector = result.body.nodes.find((n) => n.kind === 'CONNECTOR')!;
    // An unknown power type says nothing about phases.
    expect(connector.limit?.phases).toBeNull();
    expect(connector.asset?.power_type).toBe(name);
    const parsed = parseMicrogridTopology(JSON.parse(JSON.stringify(result.body)));
    expect(parsed.ok).toBe(true);
    // Root, grid connection (drawn for its source circuit), charger, connector.
    if (parsed.ok) expect(buildTopologyIndex(parsed.value).order).toHaveLength(4);
  });

  it('reports a duplicate id named after a prototype member once', () => {
    const s = site('constructor');
    s.charge_points.push({ ...s.charge_points[0]!, vendor: 'other' });
    const result = deriveMicrogrid(s, { generatedAt: '2026-01-01T00:00:00Z' });
    expect(result.status).toBe(422);
    if (result.status === 422) expect(result.body.errors.map((e) => e.code)).toEqual(['DUPLICATE_ID']);
  });

  it('derives a chain of 10,000 nested circuits and a circuit with 50,000 chargers', () => {
    const circuits: Array<{ id: string; parent_circuit_id: string | null; default_capacity_w: number }> = [
      { id: 'c0', parent_circuit_id: null, default_capacity_w: 1e9 },
    ];
    for (let i = 1; i <= 10_000; i++) circuits.push({ id: `c${i}`, parent_circuit_id: `c${i - 1}`, default_capacity_w: 1e9 });
    const chargePoints = Array.from({ length: 50_000 }, (_, i) => ({ id: `cp${i}`, circuit_id: 'c10000', max_power_w: 1000 }));
    const result = deriveMicrogrid(
      { depot: { id: 'd' }, microgrid: { id: 'mg', grid_connections: [{ id: 'gc', circuit_id: 'c0' }] }, circuits, charge_points: chargePoints },
      { generatedAt: '2026-01-01T00:00:00Z' },
    );
    expect(result.status).toBe(200);
    if (result.status !== 200) return;
    const parsed = parseMicrogridTopology(result.body);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const index = buildTopologyIndex(parsed.value);
    // Root, grid connection (for c0), circuits c1…c10000, the chargers.
    expect(index.order).toHaveLength(2 + 10_000 + 50_000);
    expect(index.depth.get(parsed.value.nodes.find((n) => n.id === 'cp0')!.id)).toBe(10_002);
  });
});
