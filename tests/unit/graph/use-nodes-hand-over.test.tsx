// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import type { Node } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useNodesHandOver } from '../../../src/features/graph/use-nodes-hand-over';

const node = (id: string): Node => ({ id, position: { x: 0, y: 0 }, data: {} });
const shape = (nodes: readonly Node[]) => nodes.map((n) => `${n.id}${n.hidden ? ' (hidden)' : ''}`);

afterEach(cleanup);

describe('useNodesHandOver', () => {
  it('gives the nodes that leave once more, hidden, then the new nodes alone', () => {
    const seen: Array<readonly Node[]> = [];
    const first = [node('a'), node('b')];
    const { result, rerender } = renderHook(({ nodes }) => {
      const handed = useNodesHandOver(nodes);
      seen.push(handed);
      return handed;
    }, { initialProps: { nodes: first } });
    expect(result.current).toBe(first);

    seen.length = 0;
    const next = [node('b'), node('c')];
    rerender({ nodes: next });
    expect(seen.map(shape)).toContainEqual(['b', 'c', 'a (hidden)']);
    expect(result.current).toBe(next);
  });

  it('renders once, with the same array, when no node leaves', () => {
    const seen: Array<readonly Node[]> = [];
    const { result, rerender } = renderHook(({ nodes }) => {
      const handed = useNodesHandOver(nodes);
      seen.push(handed);
      return handed;
    }, { initialProps: { nodes: [node('a')] } });
    seen.length = 0;
    const next = [node('a'), node('b')];
    rerender({ nodes: next });
    expect(result.current).toBe(next);
    expect(seen.every((handed) => handed === next)).toBe(true);
  });
});
