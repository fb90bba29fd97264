import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deriveMicrogrid, type DeriveResult } from '../../../src/domain/site-data';
import { buildTopologyIndex, compareIssues, MicrogridTopologySchema, type TopologyIssueWire } from '../../../src/domain/topology';
import { chaoticSite, healthySite, shuffleSite, type GenSite } from './arbitraries';

const AT = '2026-01-01T00:00:00Z';
const derive = (site: GenSite) => deriveMicrogrid(site, { generatedAt: AT });
const anySite = fc.oneof(healthySite, chaoticSite);

/**
 * Pointers index into the arrays, so they move when the arrays are shuffled. Each is rewritten to
 * name the record it points at (by its id), which must not move; a DUPLICATE_ID message lists
 * positions, so it is left out of the comparison.
 */
function positionFree(result: DeriveResult, site: GenSite): string {
  const sections: Record<string, Array<Record<string, unknown>>> = {
    circuits: site.circuits,
    charge_points: site.charge_points,
    connectors: site.connectors,
    grid_connections: site.microgrid.grid_connections,
  };
  const fix = (issue: TopologyIssueWire): TopologyIssueWire => {
    const pointer = issue.pointer?.replace(/\/(circuits|charge_points|connectors|grid_connections)\/(\d+)/, (_, section: string, index: string) => {
      return `/${section}/#${String(sections[section]![Number(index)]!.id)}`;
    });
    return { ...issue, pointer, message: issue.code === 'DUPLICATE_ID' ? '' : issue.message };
  };
  if (result.status === 422) return JSON.stringify({ ...result.body, errors: result.body.errors.map(fix) });
  return JSON.stringify({ ...result.body, warnings: (result.body.warnings ?? []).map(fix) });
}

describe('derivation properties', () => {
  it('gives byte-identical nodes, and the same issues once pointers name their records, whatever the order of the arrays', () => {
    fc.assert(
      fc.property(anySite, fc.integer(), (site, seed) => {
        const shuffled = shuffleSite(site, seed);
        const a = derive(site);
        const b = derive(shuffled);
        expect(b.status).toBe(a.status);
        if (a.status === 200 && b.status === 200) expect(JSON.stringify(b.body.nodes)).toBe(JSON.stringify(a.body.nodes));
        expect(positionFree(b, shuffled)).toBe(positionFree(a, site));
      }),
      { numRuns: 300 },
    );
  });

  it('every 200 body parses with the contract schema and is a proper tree whose warnings name its nodes', () => {
    fc.assert(
      fc.property(anySite, (site) => {
        const result = derive(site);
        if (result.status !== 200) return;
        const parsed = MicrogridTopologySchema.safeParse(result.body);
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const index = buildTopologyIndex(parsed.data);
        expect(index.diagnostics).toEqual([]);
        expect(index.order).toHaveLength(parsed.data.nodes.length);
        for (const w of parsed.data.warnings) {
          expect(w.severity).toBe('warning');
          expect(index.nodes.has(w.entity.id as never)).toBe(true);
        }
        const warnings = result.body.warnings ?? [];
        for (let i = 1; i < warnings.length; i++) expect(compareIssues(warnings[i - 1]!, warnings[i]!)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });

  it('a healthy site always assembles, with one node per placed record', () => {
    fc.assert(
      fc.property(healthySite, (site) => {
        const result = derive(site);
        expect(result.status).toBe(200);
        const sources = site.microgrid.grid_connections.length;
        const expected = 1 + sources + (site.circuits.length - sources) + site.charge_points.length + site.connectors.length;
        if (result.status === 200) expect(result.body.nodes).toHaveLength(expected);
      }),
      { numRuns: 200 },
    );
  });

  // Each defect is injected into a healthy site; the 422 must list it among errors only, in order.
  const defects: Array<[string, (site: GenSite, pick: number) => { code: string; id: string } | null]> = [
    ['a charge point rating removed', (site, pick) => {
      const cp = site.charge_points[pick % Math.max(1, site.charge_points.length)];
      if (!cp) return null;
      cp.max_power_w = null;
      return { code: 'CHARGE_POINT_RATING_MISSING', id: cp.id as string };
    }],
    ['a connector moved to an unknown charge point', (site, pick) => {
      const c = site.connectors[pick % Math.max(1, site.connectors.length)];
      if (!c) return null;
      c.charge_point_id = 'nowhere';
      return { code: 'CONNECTOR_CHARGE_POINT_NOT_FOUND', id: c.id as string };
    }],
    ['a non-source circuit with no capacity', (site, pick) => {
      const nested = site.circuits.filter((c) => c.parent_circuit_id !== null);
      const c = nested[pick % Math.max(1, nested.length)];
      if (!c) return null;
      c.default_capacity_w = null;
      c.safe_capacity_w = null;
      return { code: 'CIRCUIT_CAPACITY_MISSING', id: c.id as string };
    }],
    ['a source circuit with no capacity (named by its grid connection)', (site, pick) => {
      const i = pick % site.microgrid.grid_connections.length;
      const c = site.circuits.find((r) => r.id === `src-${i}`)!;
      c.default_capacity_w = undefined;
      c.safe_capacity_w = undefined;
      return { code: 'CIRCUIT_CAPACITY_MISSING', id: `gc-${i}` };
    }],
    ['no grid connections', (site) => {
      site.microgrid.grid_connections = [];
      return { code: 'GRID_CONNECTION_NONE', id: site.microgrid.id };
    }],
    ['a circuit record repeated', (site, pick) => {
      const c = site.circuits[pick % site.circuits.length]!;
      site.circuits.push({ ...c, name: 'copy' });
      return { code: 'DUPLICATE_ID', id: c.id as string };
    }],
  ];

  it.each(defects)('any site with a blocking issue (%s) yields a 422 of sorted errors', (_, inject) => {
    fc.assert(
      fc.property(healthySite, fc.nat(), (site, pick) => {
        const expected = inject(site, pick);
        if (expected === null) return;
        const result = derive(site);
        expect(result.status).toBe(422);
        if (result.status !== 422) return;
        const errors = result.body.errors;
        expect(errors.map((e) => [e.code, e.entity.id])).toContainEqual([expected.code, expected.id]);
        for (const e of errors) expect(e.severity).toBe('error');
        for (let i = 1; i < errors.length; i++) expect(compareIssues(errors[i - 1]!, errors[i]!)).toBeLessThanOrEqual(0);
        expect(result.body.detail).toMatch(new RegExp(`^${errors.length} errors? prevents? deriving`));
      }),
      { numRuns: 100 },
    );
  });
});
