import { describe, expect, it } from 'vitest';
import type { Node } from '@xyflow/react';
import { withLeavingHidden } from '../../../src/features/graph/hand-over';

const node = (id: string, extra: Partial<Node> = {}): Node => ({ id, position: { x: 0, y: 0 }, data: {}, ...extra });

describe('withLeavingHidden', () => {
  it('hands over the new nodes, then those that leave, hidden and otherwise unchanged', () => {
    const a = node('a');
    const b = node('b', { selected: true });
    const c = node('c');
    const d = node('d');
    const handed = withLeavingHidden([a, b, c], [c, d]);
    expect(handed.map((n) => [n.id, n.hidden ?? false])).toEqual([
      ['c', false],
      ['d', false],
      ['a', true],
      ['b', true],
    ]);
    expect(handed[0]).toBe(c);
    expect(handed[1]).toBe(d);
    expect(handed[3]).toEqual({ ...b, hidden: true });
    // The nodes it was given are left as they were.
    expect(b.hidden).toBeUndefined();
  });

  it('returns the new array itself when no node leaves', () => {
    const next = [node('a'), node('b'), node('c')];
    expect(withLeavingHidden([node('a'), node('c')], next)).toBe(next);
    expect(withLeavingHidden([], next)).toBe(next);
    expect(withLeavingHidden(next, next)).toBe(next);
  });

  it('does not hand over again nodes that left before (already hidden)', () => {
    const next = [node('c')];
    const before = withLeavingHidden([node('a'), node('c')], [node('c')]);
    expect(before.map((n) => n.id)).toEqual(['c', 'a']);
    expect(withLeavingHidden(before, next)).toBe(next);
  });

  it('hides every node when none is kept (the overview draws no node)', () => {
    const handed = withLeavingHidden([node('a'), node('b')], []);
    expect(handed.map((n) => [n.id, n.hidden])).toEqual([
      ['a', true],
      ['b', true],
    ]);
  });
});
