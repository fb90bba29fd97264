/**
 * The words the screen uses for open strings (kinds, sources, codes, statuses): a name of an
 * `Object.prototype` member reads as itself, never as the member it names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asNodeId,
  buildTopologyIndex,
  compareIssues,
  compareKinds,
  countLabel,
  describeIssueCode,
  describeRef,
  emptyKindCounts,
  kindCountTexts,
  kindLabel,
  limitSourceLabel,
  nodeTitle,
  parseMicrogridTopology,
  refCode,
  sortedKindCounts,
  structuralTitle,
  type MicrogridNode,
  type StructuralCode,
} from '../../../src/domain/topology';
import { assetRows, limitRows } from '../../../src/features/details/detail-rows';
import { hostileString, hostileTopology, PROTOTYPE_NAMES } from './arbitraries';

const KNOWN = new Set(['MICROGRID', 'GRID_CONNECTION', 'CIRCUIT', 'CHARGE_POINT', 'CONNECTOR']);

describe('labels of hostile strings', () => {
  it('shows an unknown kind, source or code verbatim and finds no description for it', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        if (!KNOWN.has(s)) expect(kindLabel(s)).toBe(s);
        expect(typeof countLabel(s, 2)).toBe('string');
        expect(countLabel(s, 1)).toContain('1 ');
        expect(typeof limitSourceLabel(s)).toBe('string');
        const description = describeIssueCode(s);
        expect(description === null || typeof description === 'string').toBe(true);
        expect(typeof structuralTitle(s as StructuralCode)).toBe('string');
        expect(describeRef({ type: s, id: s, name: s })).toContain(s);
        expect(refCode({ type: s, id: s, name: null })).toBe(`${s} ${s}`);
        expect(nodeTitle({ id: asNodeId(s), name: null, kind: s })).toContain(s);
      }),
      { numRuns: 300 },
    );
  });

  it('reads each Object.prototype name as text', () => {
    for (const name of PROTOTYPE_NAMES) {
      expect(kindLabel(name)).toBe(name);
      expect(countLabel(name, 3)).toBe(`3 ${name} nodes`);
      expect(limitSourceLabel(name)).toBe(name);
      expect(describeIssueCode(name)).toBeNull();
      expect(structuralTitle(name as StructuralCode)).toBe(name);
    }
  });

  it('counts and orders any kinds, the prototype names among them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(hostileString, fc.integer({ min: 1, max: 9 })), { maxLength: 12 }), (pairs) => {
        const counts = emptyKindCounts();
        for (const [kind, n] of pairs) counts[kind] = (counts[kind] ?? 0) + n;
        const sorted = sortedKindCounts(counts);
        expect(sorted.map((c) => c.kind).sort()).toEqual(Object.keys(counts).sort());
        for (let i = 1; i < sorted.length; i++) expect(compareKinds(sorted[i - 1]!.kind, sorted[i]!.kind)).toBeLessThan(0);
        expect(kindCountTexts(counts)).toHaveLength(sorted.length);
      }),
      { numRuns: 200 },
    );
  });

  it('orders issues with any severity and code', () => {
    const issue = fc.record({ code: hostileString, severity: hostileString, message: fc.constant(''), entity: fc.record({ type: hostileString, id: hostileString }) });
    fc.assert(
      fc.property(issue, issue, (a, b) => {
        // Issues reach the comparison unparsed from the derivation, so the severity is any string here.
        const wire = (i: typeof a) => i as unknown as Parameters<typeof compareIssues>[0];
        expect(Math.sign(compareIssues(wire(a), wire(b)))).toBe(-Math.sign(compareIssues(wire(b), wire(a))));
      }),
      { numRuns: 200 },
    );
  });
});

describe('details rows of hostile nodes', () => {
  it('lists every node of any topology without throwing', () => {
    fc.assert(
      fc.property(hostileTopology(), (wire) => {
        const parsed = parseMicrogridTopology(JSON.parse(JSON.stringify(wire)));
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        const index = buildTopologyIndex(parsed.value);
        for (const id of index.order) {
          const node = index.nodes.get(id)!;
          for (const row of [...limitRows(node), ...assetRows(node)]) {
            expect(typeof row.label).toBe('string');
            expect(typeof row.value).toBe('string');
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('shows an Object.prototype name as a source and a status verbatim', () => {
    for (const name of PROTOTYPE_NAMES) {
      const node = {
        id: 'n', kind: name, parent_id: null, name: null,
        limit: { max_power_w: null, max_current_a: null, phases: null, source: name },
        asset: { status: name, power_type: name },
      } as unknown as MicrogridNode;
      expect(limitRows(node)).toEqual([{ label: 'Source', value: name }]);
      expect(assetRows(node)).toEqual(
        expect.arrayContaining([{ label: 'Status', value: name }, { label: 'Power type', value: name }]),
      );
    }
  });
});
