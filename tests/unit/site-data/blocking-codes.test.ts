import { describe, expect, it } from 'vitest';
import { cleanSite, codesOf, derive, onlyIssue } from './fixtures';

// One test per blocking code of the catalog (grid connections and circuits here; charge points,
// connectors, duplicates and phases in record-codes.test.ts): each bends the clean site in one
// place and checks the status, and the issue's code, severity, entity, related and pointer.

describe('a clean site', () => {
  it('derives a 200 with no warnings', () => {
    const result = derive(cleanSite());
    expect(result.status).toBe(200);
    expect(codesOf(result)).toEqual([]);
  });
});

describe('blocking codes', () => {
  it('GRID_CONNECTION_NONE names the microgrid, and no circuit is blamed for the same cause', () => {
    const site = cleanSite();
    site.microgrid.grid_connections = [];
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['GRID_CONNECTION_NONE']);
    expect(onlyIssue(result, 'GRID_CONNECTION_NONE')).toEqual({
      code: 'GRID_CONNECTION_NONE',
      severity: 'error',
      message: 'Microgrid mg-1 has no grid connections, so nothing can be placed under it.',
      entity: { type: 'MICROGRID', id: 'mg-1', name: 'Test microgrid' },
      pointer: '/microgrid/grid_connections',
    });
  });

  it('GRID_CONNECTION_CIRCUIT_NOT_FOUND names the grid connection and its missing circuit', () => {
    const site = cleanSite();
    site.microgrid.grid_connections = [{ id: 'gc-1', circuit_id: 'circ-gone', name: 'Main incomer' }];
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(onlyIssue(result, 'GRID_CONNECTION_CIRCUIT_NOT_FOUND')).toEqual({
      code: 'GRID_CONNECTION_CIRCUIT_NOT_FOUND',
      severity: 'error',
      message: expect.stringContaining('circuit circ-gone, which no longer exists'),
      entity: { type: 'GRID_CONNECTION', id: 'gc-1', name: 'Main incomer' },
      related: [{ type: 'CIRCUIT', id: 'circ-gone' }],
      pointer: '/microgrid/grid_connections/0/circuit_id',
    });
    // circ-main is now a top-level circuit without a grid connection: a second, separate cause.
    expect(codesOf(result)).toEqual(['GRID_CONNECTION_CIRCUIT_NOT_FOUND', 'GRID_CONNECTION_MISSING_FOR_CIRCUIT']);
  });

  it('GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL names the grid connection and its nested circuit', () => {
    const site = cleanSite();
    site.microgrid.grid_connections.push({ id: 'gc-2', circuit_id: 'circ-top', name: 'New incomer' });
    site.circuits.push({ id: 'circ-top', parent_circuit_id: null, default_capacity_w: 800_000 });
    site.circuits[0]!.parent_circuit_id = 'circ-top';
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL']);
    expect(onlyIssue(result, 'GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL')).toEqual({
      code: 'GRID_CONNECTION_CIRCUIT_NOT_TOP_LEVEL',
      severity: 'error',
      message: expect.stringContaining('circ-main, which now hangs under circuit circ-top'),
      entity: { type: 'GRID_CONNECTION', id: 'gc-1', name: 'Main incomer' },
      related: [{ type: 'CIRCUIT', id: 'circ-main', name: 'Main board' }],
      pointer: '/microgrid/grid_connections/0/circuit_id',
    });
  });

  it('GRID_CONNECTION_MISSING_FOR_CIRCUIT names the top-level circuit; what hangs below it gets no issue', () => {
    const site = cleanSite();
    site.circuits.push({ id: 'circ-spare', name: 'Spare board', parent_circuit_id: null, default_capacity_w: 100_000 });
    site.charge_points.push({ id: 'cp-9', circuit_id: 'circ-spare', max_power_w: 22_000 });
    site.connectors.push({ id: 'cp-9-1', charge_point_id: 'cp-9', max_power_w: 22_000 });
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['GRID_CONNECTION_MISSING_FOR_CIRCUIT']);
    expect(onlyIssue(result, 'GRID_CONNECTION_MISSING_FOR_CIRCUIT')).toEqual({
      code: 'GRID_CONNECTION_MISSING_FOR_CIRCUIT',
      severity: 'error',
      message: 'Top-level circuit circ-spare has no grid connection, so nothing below it can be placed.',
      entity: { type: 'CIRCUIT', id: 'circ-spare', name: 'Spare board' },
      pointer: '/circuits/2',
    });
  });

  it('CIRCUIT_PARENT_NOT_FOUND names the circuit and its missing parent; its chargers and connectors get none', () => {
    const site = cleanSite();
    site.circuits[1]!.parent_circuit_id = 'circ-gone';
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CIRCUIT_PARENT_NOT_FOUND']);
    expect(onlyIssue(result, 'CIRCUIT_PARENT_NOT_FOUND')).toEqual({
      code: 'CIRCUIT_PARENT_NOT_FOUND',
      severity: 'error',
      message: 'Circuit circ-a hangs under circuit circ-gone, which does not exist.',
      entity: { type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' },
      related: [{ type: 'CIRCUIT', id: 'circ-gone' }],
      pointer: '/circuits/1/parent_circuit_id',
    });
  });

  it('CIRCUIT_CYCLE: one issue per cycle, entity the smallest id, related in parent-link order', () => {
    const site = cleanSite();
    // circ-x → circ-z → circ-y → circ-x, listed out of order; a charger hangs inside the cycle.
    site.circuits.push(
      { id: 'circ-y', parent_circuit_id: 'circ-x', default_capacity_w: 50_000 },
      { id: 'circ-z', parent_circuit_id: 'circ-y', default_capacity_w: 50_000 },
      { id: 'circ-x', name: 'Loop X', parent_circuit_id: 'circ-z', default_capacity_w: 50_000 },
    );
    site.charge_points.push({ id: 'cp-9', circuit_id: 'circ-y', max_power_w: 22_000 });
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CIRCUIT_CYCLE']);
    expect(onlyIssue(result, 'CIRCUIT_CYCLE')).toEqual({
      code: 'CIRCUIT_CYCLE',
      severity: 'error',
      message: 'Circuits circ-x → circ-z → circ-y → circ-x form a cycle: each is its own ancestor.',
      entity: { type: 'CIRCUIT', id: 'circ-x', name: 'Loop X' },
      related: [{ type: 'CIRCUIT', id: 'circ-z' }, { type: 'CIRCUIT', id: 'circ-y' }],
      pointer: '/circuits/4/parent_circuit_id',
    });
  });

  it('CIRCUIT_CYCLE of one circuit that names itself, and a circuit hanging from a cycle gets no issue', () => {
    const site = cleanSite();
    site.circuits.push(
      { id: 'circ-self', parent_circuit_id: 'circ-self', default_capacity_w: 50_000 },
      { id: 'circ-below', parent_circuit_id: 'circ-self', default_capacity_w: 50_000 },
    );
    const result = derive(site);
    expect(codesOf(result)).toEqual(['CIRCUIT_CYCLE']);
    const cycle = onlyIssue(result, 'CIRCUIT_CYCLE');
    expect(cycle.entity).toEqual({ type: 'CIRCUIT', id: 'circ-self' });
    expect(cycle.related).toBeUndefined();
    expect(cycle.message).toBe('Circuit circ-self names itself as its parent.');
  });

  it('CIRCUIT_CAPACITY_MISSING names the circuit when neither capacity is set', () => {
    const site = cleanSite();
    delete site.circuits[1]!.default_capacity_w;
    site.circuits[1]!.safe_capacity_w = null;
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(onlyIssue(result, 'CIRCUIT_CAPACITY_MISSING')).toEqual({
      code: 'CIRCUIT_CAPACITY_MISSING',
      severity: 'error',
      message: 'Circuit circ-a has neither a default nor a safe capacity.',
      entity: { type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' },
      pointer: '/circuits/1',
    });
  });

  it.each([
    ['negative', -5, '-5'],
    ['zero', 0, '0'],
    ['not a number', Number.NaN, 'NaN'],
    ['infinite', Number.POSITIVE_INFINITY, 'Infinity'],
    ['a string', '300000', '"300000"'],
  ])('CIRCUIT_CAPACITY_INVALID when the default capacity is %s, even with a fine safe capacity', (_, value, shown) => {
    const site = cleanSite();
    site.circuits[1]!.default_capacity_w = value;
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CIRCUIT_CAPACITY_INVALID']);
    expect(onlyIssue(result, 'CIRCUIT_CAPACITY_INVALID')).toEqual({
      code: 'CIRCUIT_CAPACITY_INVALID',
      severity: 'error',
      message: `Circuit circ-a has an invalid capacity: default_capacity_w is ${shown}; a capacity must be a finite number of watts above 0.`,
      entity: { type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' },
      pointer: '/circuits/1/default_capacity_w',
    });
  });

  it('CIRCUIT_CAPACITY_INVALID points at the safe capacity when only that one is bad', () => {
    const site = cleanSite();
    site.circuits[1]!.safe_capacity_w = -1;
    expect(onlyIssue(derive(site), 'CIRCUIT_CAPACITY_INVALID').pointer).toBe('/circuits/1/safe_capacity_w');
  });
});
