import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../../mocks/scenarios';
import { createDeriveMemo, deriveMicrogrid } from '../../../src/domain/site-data';
import { chaoticSite, healthySite, type GenSite } from './arbitraries';

const STAMP = '2026-01-01T00:00:00Z';
const SECTIONS = ['grid_connections', 'circuits', 'charge_points', 'connectors'] as const;
const values = fc.constantFrom<unknown>(null, 0, 1, 3, -5, 22_000, 'x', 'c-0', 'src-0', 'cp-0', 'AC_3_PHASE', true);

/** `site` with one field of one record set, copying what is changed, as an edit of the file's text does. */
function edited(site: GenSite, section: (typeof SECTIONS)[number], pick: number, field: string, value: unknown): GenSite {
  const records = section === 'grid_connections' ? site.microgrid.grid_connections : site[section];
  if (records.length === 0) return site;
  const at = pick % records.length;
  const copy = records.slice();
  copy[at] = { ...records[at], [field]: value };
  return section === 'grid_connections' ? { ...site, microgrid: { ...site.microgrid, grid_connections: copy } } : { ...site, [section]: copy };
}

const edit = fc.record({
  section: fc.constantFrom(...SECTIONS),
  pick: fc.nat(),
  field: fc.constantFrom('name', 'id', 'parent_circuit_id', 'circuit_id', 'charge_point_id', 'max_power_w', 'default_capacity_w', 'phases', 'status'),
  value: values,
});

describe('deriving edited data with what earlier derivations kept', () => {
  it('answers as deriving afresh does, edit after edit', () => {
    fc.assert(
      fc.property(fc.oneof(healthySite, chaoticSite), fc.array(edit, { maxLength: 6 }), (start, edits) => {
        const memo = createDeriveMemo();
        let site = start;
        const derive = () => {
          let kept: unknown;
          let fresh: unknown;
          try {
            kept = deriveMicrogrid(site, { generatedAt: STAMP, memo });
          } catch (error) {
            kept = error;
          }
          try {
            fresh = deriveMicrogrid(structuredClone(site), { generatedAt: STAMP });
          } catch (error) {
            fresh = error;
          }
          expect(kept).toEqual(fresh);
        };
        derive();
        for (const { section, pick, field, value } of edits) {
          site = edited(site, section, pick, field, value);
          derive();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every node an edit did not touch as the very object it was', () => {
    const scenario = findScenario('warnings-all');
    if (scenario.kind !== 'site') throw new Error('not site data');
    const site = structuredClone(scenario.site) as unknown as GenSite;
    const memo = createDeriveMemo();
    const before = deriveMicrogrid(site, { generatedAt: STAMP, memo });
    const renamed = edited(site, 'connectors', 0, 'name', 'Renamed connector');
    const after = deriveMicrogrid(renamed, { generatedAt: STAMP, memo });
    if (before.status !== 200 || after.status !== 200) throw new Error('expected topologies');
    const changed = after.body.nodes.filter((node, i) => node !== before.body.nodes[i]);
    // The root is built anew each time; the renamed connector's node is the one other new node.
    expect(changed.map((node) => node.kind).sort()).toEqual(['CONNECTOR', 'MICROGRID']);
    expect(changed.find((node) => node.kind === 'CONNECTOR')?.name).toBe('Renamed connector');
  });
});
