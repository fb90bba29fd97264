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
});
