/**
 * The WAI-ARIA tree pattern's keyboard map as a pure function: which key does what to which item.
 * The component applies the answer; keeping the decision here keeps it readable in one place.
 */
import { displayName, treeChildren, treeParent, treeTops, type NodeId, type TopologyIndex } from '../../domain/topology';

export type TreeAction =
  | { type: 'focus'; id: NodeId }
  | { type: 'expand'; id: NodeId }
  | { type: 'collapse'; id: NodeId }
  | { type: 'expand-siblings'; ids: readonly NodeId[] }
  | { type: 'select'; id: NodeId }
  | { type: 'clear' };

export interface KeyContext {
  index: TopologyIndex;
  visible: readonly NodeId[];
  /** Position of each visible item in `visible`. */
  position: ReadonlyMap<NodeId, number>;
  expanded: ReadonlySet<NodeId>;
}

function siblingsOf(index: TopologyIndex, id: NodeId): readonly NodeId[] {
  const parent = treeParent(index, id);
  if (parent !== null) return treeChildren(index, parent);
  const { roots, unplaced } = treeTops(index);
  return roots.includes(id) ? roots : unplaced;
}

/** Type-ahead: the next visible item after `from` whose name starts with `char`, wrapping round. */
function findByFirstLetter(ctx: KeyContext, from: number, char: string): NodeId | null {
  const wanted = char.toLocaleLowerCase();
  const n = ctx.visible.length;
  for (let step = 1; step <= n; step++) {
    const id = ctx.visible[(from + step) % n]!;
    const node = ctx.index.nodes.get(id);
    if (node && displayName(node).toLocaleLowerCase().startsWith(wanted)) return id;
  }
  return null;
}

export function keyAction(key: string, id: NodeId, ctx: KeyContext): TreeAction | null {
  const at = ctx.position.get(id);
  if (at === undefined) return null;
  const hasChildren = treeChildren(ctx.index, id).length > 0;
  const isOpen = hasChildren && ctx.expanded.has(id);
  const focus = (target: NodeId | undefined | null): TreeAction | null =>
    target === undefined || target === null || target === id ? null : { type: 'focus', id: target };

  switch (key) {
    case 'ArrowDown':
      return focus(ctx.visible[at + 1]);
    case 'ArrowUp':
      return focus(ctx.visible[at - 1]);
    case 'Home':
      return focus(ctx.visible[0]);
    case 'End':
      return focus(ctx.visible[ctx.visible.length - 1]);
    case 'ArrowRight':
      if (!hasChildren) return null;
      return isOpen ? focus(ctx.visible[at + 1]) : { type: 'expand', id };
    case 'ArrowLeft':
      return isOpen ? { type: 'collapse', id } : focus(treeParent(ctx.index, id));
    case 'Enter':
    case ' ':
      return { type: 'select', id };
    case 'Escape':
      return { type: 'clear' };
    case '*': {
      const ids = siblingsOf(ctx.index, id).filter((s) => treeChildren(ctx.index, s).length > 0);
      return ids.length > 0 ? { type: 'expand-siblings', ids } : null;
    }
    default:
      if (key.length === 1 && /\S/u.test(key)) return focus(findByFirstLetter(ctx, at, key));
      return null;
  }
}
