import { describe, expect, it } from 'vitest';
import { cleanSite, codesOf, derive, onlyIssue } from './fixtures';

// The blocking codes about charge points, connectors, duplicate ids and phases (see
// blocking-codes.test.ts for the rest): status, code, severity, entity, related and pointer.

describe('blocking codes of charge points, connectors, ids and phases', () => {
  it.each([['absent', undefined], ['null', null], ['empty', '']])(
    'CHARGE_POINT_CIRCUIT_MISSING when circuit_id is %s; its connector gets no issue',
    (_, value) => {
      const site = cleanSite();
      if (value === undefined) delete site.charge_points[0]!.circuit_id;
      else site.charge_points[0]!.circuit_id = value;
      const result = derive(site);
      expect(result.status).toBe(422);
      expect(codesOf(result)).toEqual(['CHARGE_POINT_CIRCUIT_MISSING']);
      expect(onlyIssue(result, 'CHARGE_POINT_CIRCUIT_MISSING')).toEqual({
        code: 'CHARGE_POINT_CIRCUIT_MISSING',
        severity: 'error',
        message: 'Charge point cp-1 is not assigned to a circuit.',
        entity: { type: 'CHARGE_POINT', id: 'cp-1', name: 'Charger 1' },
        pointer: '/charge_points/0/circuit_id',
      });
    },
  );

  it('CHARGE_POINT_CIRCUIT_NOT_FOUND names the charge point and the missing circuit', () => {
    const site = cleanSite();
    site.charge_points[1]!.circuit_id = 'circ-x';
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CHARGE_POINT_CIRCUIT_NOT_FOUND']);
    expect(onlyIssue(result, 'CHARGE_POINT_CIRCUIT_NOT_FOUND')).toEqual({
      code: 'CHARGE_POINT_CIRCUIT_NOT_FOUND',
      severity: 'error',
      message: 'Charge point cp-2 is assigned to circuit circ-x, which does not exist.',
      entity: { type: 'CHARGE_POINT', id: 'cp-2', name: 'Charger 2' },
      related: [{ type: 'CIRCUIT', id: 'circ-x' }],
      pointer: '/charge_points/1/circuit_id',
    });
  });

  it.each([['absent', undefined], ['null', null], ['zero', 0], ['negative', -22_000], ['infinite', Number.POSITIVE_INFINITY], ['a string', '150000']])(
    'CHARGE_POINT_RATING_MISSING when max_power_w is %s',
    (_, value) => {
      const site = cleanSite();
      if (value === undefined) delete site.charge_points[1]!.max_power_w;
      else site.charge_points[1]!.max_power_w = value;
      const result = derive(site);
      expect(result.status).toBe(422);
      expect(codesOf(result)).toEqual(['CHARGE_POINT_RATING_MISSING']);
      expect(onlyIssue(result, 'CHARGE_POINT_RATING_MISSING')).toMatchObject({
        severity: 'error',
        entity: { type: 'CHARGE_POINT', id: 'cp-2', name: 'Charger 2' },
        pointer: '/charge_points/1/max_power_w',
      });
    },
  );

  it('CONNECTOR_CHARGE_POINT_NOT_FOUND names the connector and the missing charge point', () => {
    const site = cleanSite();
    site.connectors[1]!.charge_point_id = 'cp-77';
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CONNECTOR_CHARGE_POINT_NOT_FOUND']);
    expect(onlyIssue(result, 'CONNECTOR_CHARGE_POINT_NOT_FOUND')).toEqual({
      code: 'CONNECTOR_CHARGE_POINT_NOT_FOUND',
      severity: 'error',
      message: 'Connector cp-2-1 belongs to charge point cp-77, which does not exist.',
      entity: { type: 'CONNECTOR', id: 'cp-2-1' },
      related: [{ type: 'CHARGE_POINT', id: 'cp-77' }],
      pointer: '/connectors/1/charge_point_id',
    });
  });

  it('CONNECTOR_RATING_MISSING names the connector', () => {
    const site = cleanSite();
    site.connectors[0]!.max_power_w = null;
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['CONNECTOR_RATING_MISSING']);
    expect(onlyIssue(result, 'CONNECTOR_RATING_MISSING')).toEqual({
      code: 'CONNECTOR_RATING_MISSING',
      severity: 'error',
      message: 'Connector cp-1-1 has no usable maximum power rating (max_power_w is null).',
      entity: { type: 'CONNECTOR', id: 'cp-1-1' },
      pointer: '/connectors/0/max_power_w',
    });
  });

  it('DUPLICATE_ID: one issue per duplicated id and type, pointer at the second occurrence', () => {
    const site = cleanSite();
    site.charge_points.push({ id: 'cp-1', name: 'Charger 1 again', circuit_id: 'circ-a', max_power_w: 50_000 });
    site.charge_points.push({ id: 'cp-1', name: 'Charger 1 once more', circuit_id: 'circ-a', max_power_w: 50_000 });
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['DUPLICATE_ID']);
    expect(onlyIssue(result, 'DUPLICATE_ID')).toEqual({
      code: 'DUPLICATE_ID',
      severity: 'error',
      message: '3 charge points share the id cp-1 (at /charge_points/0, /charge_points/2, /charge_points/3); ids must be unique.',
      entity: { type: 'CHARGE_POINT', id: 'cp-1' },
      related: [{ type: 'CHARGE_POINT', id: 'cp-1' }, { type: 'CHARGE_POINT', id: 'cp-1' }],
      pointer: '/charge_points/2',
    });
  });

  it('DUPLICATE_ID keeps the same record whatever the order, even when JSON would write both alike', () => {
    // NaN and null are both written null by JSON.stringify: the kept record must still not
    // depend on which comes first, or the rating issue would quote NaN one time, null the next.
    const messagesWith = (ratings: readonly unknown[]) => {
      const site = cleanSite();
      for (const max_power_w of ratings) site.connectors.push({ id: 'cp-1-9', charge_point_id: 'cp-1', max_power_w } as never);
      const result = derive(site);
      expect(result.status).toBe(422);
      return result.status === 422 ? result.body.errors.filter((e) => e.code !== 'DUPLICATE_ID').map((e) => e.message) : [];
    };
    const forwards = messagesWith([Number.NaN, null]);
    expect(forwards).toEqual(['Connector cp-1-9 has no usable maximum power rating (max_power_w is NaN).']);
    expect(messagesWith([null, Number.NaN])).toEqual(forwards);
    expect(messagesWith([Number.POSITIVE_INFINITY, null])).toEqual(messagesWith([null, Number.POSITIVE_INFINITY]));
  });

  it('DUPLICATE_ID also covers records of different types that would become nodes with one id', () => {
    const site = cleanSite();
    site.connectors[1]!.id = 'circ-a';
    const result = derive(site);
    expect(codesOf(result)).toEqual(['DUPLICATE_ID']);
    expect(onlyIssue(result, 'DUPLICATE_ID')).toMatchObject({
      entity: { type: 'CONNECTOR', id: 'circ-a' },
      related: [{ type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' }],
      pointer: '/connectors/1/id',
    });
  });

  it('a source circuit may share its id with its own grid connection: it is drawn as that node', () => {
    const site = cleanSite();
    site.microgrid.grid_connections = [{ id: 'circ-main', circuit_id: 'circ-main' }];
    const result = derive(site);
    expect(result.status).toBe(200);
  });

  it('PHASE_MISMATCH names the three-phase charge point and its single-phase circuit', () => {
    const site = cleanSite();
    site.circuits[1]!.phases = 1;
    site.charge_points[1]!.phases = null; // unknown phases are no evidence of a mismatch
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['PHASE_MISMATCH']);
    expect(onlyIssue(result, 'PHASE_MISMATCH')).toEqual({
      code: 'PHASE_MISMATCH',
      severity: 'error',
      message: 'Charge point cp-1 is three-phase but hangs under single-phase circuit circ-a.',
      entity: { type: 'CHARGE_POINT', id: 'cp-1', name: 'Charger 1' },
      related: [{ type: 'CIRCUIT', id: 'circ-a', name: 'Bay A' }],
      pointer: '/charge_points/0/phases',
    });
  });

  it('GRID_CONNECTION_CIRCUIT_SHARED (beyond the catalog) when two grid connections name one circuit', () => {
    const site = cleanSite();
    site.microgrid.grid_connections.push({ id: 'gc-2', circuit_id: 'circ-main' });
    const result = derive(site);
    expect(result.status).toBe(422);
    expect(codesOf(result)).toEqual(['GRID_CONNECTION_CIRCUIT_SHARED']);
    expect(onlyIssue(result, 'GRID_CONNECTION_CIRCUIT_SHARED')).toMatchObject({
      severity: 'error',
      entity: { type: 'GRID_CONNECTION', id: 'gc-2' },
      related: [{ type: 'CIRCUIT', id: 'circ-main' }, { type: 'GRID_CONNECTION', id: 'gc-1' }],
      pointer: '/microgrid/grid_connections/1/circuit_id',
    });
  });
});
