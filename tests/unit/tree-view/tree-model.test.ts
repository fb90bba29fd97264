/**
 * The tree's pure model against arbitrary topologies, sound or not: every node is drawn exactly
 * once (no loop on cycles, nothing dropped when a parent is missing), in the same order whatever
 * order the nodes arrived in.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultExpanded, visibleItems, type MicrogridNodeWire } from '../../../src/domain/topology';
import { keyAction } from '../../../src/features/tree-view/tree-keys';
import { bigDepotNodes, indexOf } from '../../fixtures/tree';

const KINDS = ['MICROGRID', 'GRID_CONNECTION', 'CIRCUIT', 'CHARGE_POINT', 'CONNECTOR', 'BATTERY'];

/** Up to 30 nodes with ids n0..n29; each parent is null, another node (cycles allowed) or missing. */
const arbitraryNodes = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...KINDS),
      parent: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 35 })),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((specs): MicrogridNodeWire[] =>
    specs.map((s, i) => ({ id: `n${i}`, kind: s.kind, parent_id: s.parent === null ? null : `n${s.parent}` })),
  );

describe('tree model', () => {
  it('shows every node exactly once when everything is expanded, whatever the shape', () => {
    fc.assert(
      fc.property(arbitraryNodes, (nodes) => {
        const index = indexOf(nodes);
        const all = visibleItems(index, new Set(index.nodes.keys()));
        expect([...all].sort()).toEqual([...index.nodes.keys()].sort());
      }),
    );
  });

  it('gives the same visible order for any permutation of the nodes', () => {
    fc.assert(
      fc.property(
        arbitraryNodes.chain((nodes) => fc.tuple(fc.constant(nodes), fc.shuffledSubarray(nodes, { minLength: nodes.length }))),
        ([nodes, shuffled]) => {
          const a = indexOf(nodes);
          const b = indexOf(shuffled);
          expect(visibleItems(b, defaultExpanded(b))).toEqual(visibleItems(a, defaultExpanded(a)));
        },
      ),
    );
  });

  it('walks every visible item with ArrowDown from the first, and back with ArrowUp', () => {
    fc.assert(
      fc.property(arbitraryNodes, (nodes) => {
        const index = indexOf(nodes);
        const expanded = defaultExpanded(index);
        const visible = visibleItems(index, expanded);
        const ctx = { index, visible, expanded, position: new Map(visible.map((id, i) => [id, i])) };
        for (let i = 0; i + 1 < visible.length; i++) {
          expect(keyAction('ArrowDown', visible[i]!, ctx)).toEqual({ type: 'focus', id: visible[i + 1] });
          expect(keyAction('ArrowUp', visible[i + 1]!, ctx)).toEqual({ type: 'focus', id: visible[i] });
        }
      }),
    );
  });

  it('opens a 10,000-connector depot on its top levels, within the first view budget', () => {
    const index = indexOf(bigDepotNodes(5000, 2));
    const visible = visibleItems(index, defaultExpanded(index));
    // Root, grid connection and two circuits; the 5,000 chargers beneath wait to be expanded.
    expect(visible).toEqual(['mg', 'gc', 'circ-a', 'circ-b']);
  });

  it('opens whole levels while they fit, and keeps chargers of a big depot collapsed', () => {
    // 150 chargers of 2 connectors: 4 + 150 rows fit, the 300 connectors stay folded (over 200).
    const big = indexOf(bigDepotNodes(150, 2));
    expect(visibleItems(big, defaultExpanded(big))).toHaveLength(154);
    // 60 chargers of 2 connectors: 4 + 60 + 120 = 184 rows, all open.
    const small = indexOf(bigDepotNodes(60, 2));
    expect(visibleItems(small, defaultExpanded(small))).toHaveLength(184);
  });
});
