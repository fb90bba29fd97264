import { describe, expect, it } from 'vitest';
import { asNodeId, type MicrogridNodeWire } from '../../../src/domain/topology';
import { buildFlowNodes } from '../../../src/features/graph/flow-elements';
import { collapsedOutside, foldAnchors, isFoldId, layoutTree, MAX_DRAWN_SIBLINGS, siblingWindow } from '../../../src/features/graph/layout';
import { indexOf } from '../../fixtures/index-of';

/** A circuit with `n` chargers under it, ids cp-00001…, sorted as the index sorts them. */
function wideCircuit(n: number) {
  const nodes: MicrogridNodeWire[] = [
    { id: 'mg', kind: 'MICROGRID', parent_id: null },
    { id: 'gc', kind: 'GRID_CONNECTION', parent_id: 'mg' },
    { id: 'circ', kind: 'CIRCUIT', parent_id: 'gc' },
  ];
  for (let i = 1; i <= n; i++) nodes.push({ id: `cp-${String(i).padStart(5, '0')}`, kind: 'CHARGE_POINT', parent_id: 'circ' });
  return indexOf({ microgrid_id: 'mg', depot_id: 'd', usable_power_calculation_version: 3, generated_at: '2026-01-01T00:00:00Z', nodes });
}
const everything = (index: ReturnType<typeof wideCircuit>) => collapsedOutside(new Set(index.children.keys()));

describe('siblingWindow', () => {
  it('draws a group that fits whole', () => {
    expect(siblingWindow(MAX_DRAWN_SIBLINGS, 150)).toEqual({ start: 0, end: MAX_DRAWN_SIBLINGS });
  });

  it('draws the first ones of a huge group, or those around the one asked for, clamped to the ends', () => {
    expect(siblingWindow(20_000, undefined)).toEqual({ start: 0, end: MAX_DRAWN_SIBLINGS });
    expect(siblingWindow(20_000, 10_000)).toEqual({ start: 10_000 - MAX_DRAWN_SIBLINGS / 2, end: 10_000 + MAX_DRAWN_SIBLINGS / 2 });
    expect(siblingWindow(20_000, 19_999)).toEqual({ start: 20_000 - MAX_DRAWN_SIBLINGS, end: 20_000 });
  });
});

describe('a sibling group too large to draw', () => {
  it('draws a window of it and folds the rest behind a card that counts them', () => {
    const index = wideCircuit(20_000);
    const layout = layoutTree(index, everything(index));
    expect(layout.visible).toHaveLength(3 + MAX_DRAWN_SIBLINGS + 1);
    const [foldId, fold] = [...layout.folds][0]!;
    expect(isFoldId(foldId)).toBe(true);
    expect(fold).toMatchObject({ parent: 'circ', side: 'after' });
    expect(fold.ids).toHaveLength(20_000 - MAX_DRAWN_SIBLINGS);
    const card = buildFlowNodes(index, layout, everything(index)).find((n) => n.id === foldId)!;
    expect(card.selectable).toBe(false);
    expect(card.ariaLabel).toBe('19,800 more: 19,800 chargers, not drawn; find them with search or in the tree');
  });

  it('draws the selected node of a huge group, with folds on both sides', () => {
    const index = wideCircuit(20_000);
    const anchors = foldAnchors(index, asNodeId('cp-12345'));
    expect([...anchors]).toEqual([['circ', 'cp-12345']]);
    const layout = layoutTree(index, everything(index), anchors);
    expect(layout.positions.has(asNodeId('cp-12345'))).toBe(true);
    expect([...layout.folds.values()].map((f) => [f.side, f.ids.length])).toEqual([
      ['before', 12_344 - MAX_DRAWN_SIBLINGS / 2],
      ['after', 20_000 - 12_344 - MAX_DRAWN_SIBLINGS / 2],
    ]);
  });

  it('needs no anchor for a selection outside huge groups', () => {
    const index = wideCircuit(20);
    expect(foldAnchors(index, asNodeId('cp-00007')).size).toBe(0);
  });
});
