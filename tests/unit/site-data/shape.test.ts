import { describe, expect, it } from 'vitest';
import { deriveMicrogrid, SiteDataError } from '../../../src/domain/site-data';
import { cleanSite } from './fixtures';

function problemsOf(raw: unknown): readonly string[] {
  try {
    deriveMicrogrid(raw);
  } catch (error) {
    if (error instanceof SiteDataError) return error.problems;
    throw error;
  }
  throw new Error('expected a SiteDataError');
}

describe('data that is not site data', () => {
  it.each([['null', null], ['a number', 42], ['a string', 'welshpool'], ['an array', []]])('rejects %s', (_, raw) => {
    expect(() => deriveMicrogrid(raw)).toThrow(SiteDataError);
    expect(problemsOf(raw)).toEqual([expect.stringMatching(/^at \(root\): /)]);
  });

  it('lists the path of every problem at once, in the message too', () => {
    const raw = {
      depot: { name: 'No id' },
      microgrid: { id: 'mg', grid_connections: 'gc-1' },
      circuits: [{ id: 'c-1' }, { name: 'no id' }],
      charge_points: { id: 'cp-1' },
      connectors: [{ id: 7 }],
    };
    const problems = problemsOf(raw);
    expect(problems.map((p) => p.split(':')[0])).toEqual([
      'at depot.id',
      'at microgrid.grid_connections',
      'at circuits[1].id',
      'at charge_points',
      'at connectors[0].id',
    ]);
    expect(() => deriveMicrogrid(raw)).toThrow(/circuits\[1\]\.id.*charge_points/);
  });

  it('rejects a record whose id is empty, and a missing depot or microgrid', () => {
    const site = cleanSite();
    site.charge_points[1]!.id = '';
    expect(problemsOf(site)).toEqual([expect.stringMatching(/^at charge_points\[1\]\.id: /)]);
    expect(problemsOf({ circuits: [] }).map((p) => p.split(':')[0])).toEqual(['at depot', 'at microgrid']);
  });

  it('rejects descriptive fields of the wrong type, which no issue covers', () => {
    const site = cleanSite();
    site.charge_points[0]!.evse_count = -1;
    site.circuits[0]!.phases = 2;
    site.connectors[0]!.status = 5;
    expect(problemsOf(site).map((p) => p.split(':')[0])).toEqual([
      'at circuits[0].phases',
      'at charge_points[0].evse_count',
      'at connectors[0].status',
    ]);
  });

  it('does not reject what the catalog covers: bad capacities, ratings and links are issues', () => {
    const site = cleanSite();
    site.circuits[1]!.default_capacity_w = 'lots';
    site.charge_points[0]!.max_power_w = { kw: 150 };
    site.charge_points[1]!.circuit_id = null;
    site.connectors[0]!.charge_point_id = undefined;
    const result = deriveMicrogrid(site);
    expect(result.status).toBe(422);
  });
});
