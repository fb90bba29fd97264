import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { kw } from '../../../src/domain/site-data/warnings';
import { formatKilowatts, watts } from '../../../src/domain/units';
import { cleanSite, codesOf, derive, onlyIssue } from './fixtures';

describe('warning codes (a 200 with warnings)', () => {
  it('CAPACITY_FROM_SAFE_FALLBACK: the safe capacity becomes the cap, with its source', () => {
    const site = cleanSite();
    site.circuits[1]!.default_capacity_w = null;
    const result = derive(site);
    expect(result.status).toBe(200);
    // 2 × 150 kW now sit under a 150 kW cap, so circ-a is oversubscribed as well.
    expect(codesOf(result)).toEqual(['CAPACITY_FROM_SAFE_FALLBACK', 'OVERSUBSCRIBED']);
    expect(onlyIssue(result, 'CAPACITY_FROM_SAFE_FALLBACK')).toEqual({
      code: 'CAPACITY_FROM_SAFE_FALLBACK',
      severity: 'warning',
      message: 'Circuit circ-a has no default capacity, so its safe capacity of 150 kW is enforced.',
      entity: { type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' },
      pointer: '/circuits/1/default_capacity_w',
    });
    if (result.status !== 200) return;
    const node = result.body.nodes.find((n) => n.id === 'circ-a');
    expect(node?.limit).toEqual({ max_power_w: 150_000, max_current_a: null, phases: 3, source: 'SAFE_CAPACITY' });
  });

  it("CAPACITY_FROM_SAFE_FALLBACK on a source circuit names its grid connection, and the circuit in related", () => {
    const site = cleanSite();
    delete site.circuits[0]!.default_capacity_w;
    const result = derive(site);
    expect(result.status).toBe(200);
    expect(onlyIssue(result, 'CAPACITY_FROM_SAFE_FALLBACK')).toEqual({
      code: 'CAPACITY_FROM_SAFE_FALLBACK',
      severity: 'warning',
      message: 'Circuit circ-main has no default capacity, so its safe capacity of 200 kW is enforced.',
      entity: { type: 'GRID_CONNECTION', id: 'gc-1', name: 'Main incomer' },
      related: [{ type: 'CIRCUIT', id: 'circ-main', name: 'Main board' }],
      pointer: '/circuits/0/default_capacity_w',
    });
  });

  it('CIRCUIT_EMPTY names a circuit that feeds nothing', () => {
    const site = cleanSite();
    site.circuits.push({ id: 'circ-b', name: 'Bay B', parent_circuit_id: 'circ-main', default_capacity_w: 50_000 });
    const result = derive(site);
    expect(result.status).toBe(200);
    expect(codesOf(result)).toEqual(['CIRCUIT_EMPTY']);
    expect(onlyIssue(result, 'CIRCUIT_EMPTY')).toEqual({
      code: 'CIRCUIT_EMPTY',
      severity: 'warning',
      message: 'Circuit circ-b feeds no charge point and no circuit.',
      entity: { type: 'CIRCUIT', id: 'circ-b', name: 'Bay B' },
      pointer: '/circuits/2',
    });
  });

  it('CIRCUIT_EMPTY on an empty source circuit names the grid connection', () => {
    const site = cleanSite();
    site.microgrid.grid_connections.push({ id: 'gc-2', circuit_id: 'circ-spare', name: 'Spare incomer' });
    site.circuits.push({ id: 'circ-spare', parent_circuit_id: null, default_capacity_w: 100_000 });
    const issue = onlyIssue(derive(site), 'CIRCUIT_EMPTY');
    expect(issue.entity).toEqual({ type: 'GRID_CONNECTION', id: 'gc-2', name: 'Spare incomer' });
    expect(issue.related).toEqual([{ type: 'CIRCUIT', id: 'circ-spare' }]);
  });

  it('CHARGE_POINT_WITHOUT_CONNECTORS names the charge point', () => {
    const site = cleanSite();
    site.connectors.pop();
    const result = derive(site);
    expect(result.status).toBe(200);
    expect(codesOf(result)).toEqual(['CHARGE_POINT_WITHOUT_CONNECTORS']);
    expect(onlyIssue(result, 'CHARGE_POINT_WITHOUT_CONNECTORS')).toEqual({
      code: 'CHARGE_POINT_WITHOUT_CONNECTORS',
      severity: 'warning',
      message: 'Charge point cp-2 has no connector.',
      entity: { type: 'CHARGE_POINT', id: 'cp-2', name: 'Charger 2' },
      pointer: '/charge_points/1',
    });
  });

  it("OVERSUBSCRIBED gives the children's total and the ratio to the cap", () => {
    const site = cleanSite();
    site.circuits[0]!.default_capacity_w = 2_000_000;
    site.circuits[1]!.default_capacity_w = 800_000;
    for (let i = 3; i <= 8; i++) {
      site.charge_points.push({ id: `cp-${i}`, circuit_id: 'circ-a', max_power_w: 150_000 });
      site.connectors.push({ id: `cp-${i}-1`, charge_point_id: `cp-${i}`, max_power_w: 150_000 });
    }
    const result = derive(site);
    expect(result.status).toBe(200);
    expect(codesOf(result)).toEqual(['OVERSUBSCRIBED']);
    expect(onlyIssue(result, 'OVERSUBSCRIBED')).toEqual({
      code: 'OVERSUBSCRIBED',
      severity: 'warning',
      message: "Circuit circ-a is oversubscribed: its children's caps total 1,200 kW, 1.5× its 800 kW cap.",
      entity: { type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' },
      pointer: '/circuits/1',
    });
  });

  it('OVERSUBSCRIBED on a grid connection names it, with its source circuit in related', () => {
    const site = cleanSite();
    site.circuits[0]!.default_capacity_w = 250_000;
    const issue = onlyIssue(derive(site), 'OVERSUBSCRIBED');
    expect(issue).toMatchObject({
      message: "Grid connection gc-1 (circuit circ-main) is oversubscribed: its children's caps total 300 kW, 1.2× its 250 kW cap.",
      entity: { type: 'GRID_CONNECTION', id: 'gc-1', name: 'Main incomer' },
      related: [{ type: 'CIRCUIT', id: 'circ-main', name: 'Main board' }],
      pointer: '/circuits/0',
    });
  });

  it('OVERSUBSCRIBED is not raised for a charge point whose connectors share its power, nor at exactly the cap', () => {
    const site = cleanSite();
    site.connectors.push({ id: 'cp-1-2', charge_point_id: 'cp-1', max_power_w: 150_000 });
    // circ-a: 2 × 150 kW under 300 kW is exactly full, not over.
    expect(codesOf(derive(site))).toEqual([]);
  });

  it('LEGACY_CALCULATION_VERSION names the microgrid and keeps the version in the body', () => {
    const site = cleanSite();
    site.depot.usable_power_calculation_version = 2;
    const result = derive(site);
    expect(result.status).toBe(200);
    expect(codesOf(result)).toEqual(['LEGACY_CALCULATION_VERSION']);
    expect(onlyIssue(result, 'LEGACY_CALCULATION_VERSION')).toEqual({
      code: 'LEGACY_CALCULATION_VERSION',
      severity: 'warning',
      message: 'Depot depot-1 uses usable power calculation version 2; rebalancing uses this topology only from version 3.',
      entity: { type: 'MICROGRID', id: 'mg-1', name: 'Test microgrid' },
      pointer: '/depot/usable_power_calculation_version',
    });
    expect(result.status === 200 && result.body.usable_power_calculation_version).toBe(2);
  });

  it('warnings are never reported with blocking errors', () => {
    const site = cleanSite();
    site.depot.usable_power_calculation_version = 1;
    site.connectors[0]!.max_power_w = 0;
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CONNECTOR_RATING_MISSING']);
  });
});

describe('kilowatts in warning messages', () => {
  it('read exactly as the screen formats them', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e9, noNaN: true }), (w) => {
        expect(kw(w)).toBe(formatKilowatts(watts(w)));
      }),
    );
  });
});
