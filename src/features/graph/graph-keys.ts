/**
 * The graph's keyboard map as pure functions: which key does what to which node. Moves follow the
 * drawn tree (parent, first child, siblings in drawn order, fold cards included); type-ahead looks
 * through the whole topology, drawn or not. The component applies the answer.
 */
import { displayName, treeChildren, treeTops, type NodeId, type TopologyIndex } from '../../domain/topology';
import { isFoldId, type TreeLayout } from './layout';

/** The tree as drawn: each drawn node's drawn parent and children, and the drawn tops. */
export interface DrawnTree {
  readonly parent: ReadonlyMap<string, string>;
  readonly children: ReadonlyMap<string, readonly string[]>;
  readonly tops: readonly string[];
}

export function drawnTree(layout: TreeLayout): DrawnTree {
  const parent = new Map<string, string>();
  const children = new Map<string, string[]>();
  // Edges come in pre-order, so each parent's children arrive in drawn order (top to bottom).
  for (const [from, to] of layout.edges) {
    parent.set(to, from);
    const kids = children.get(from);
    if (kids) kids.push(to);
    else children.set(from, [to]);
  }
  return { parent, children, tops: layout.visible.filter((id) => !parent.has(id)) };
}

export type GraphAction =
  | { type: 'focus'; id: string }
  /** Expands `id`; with `focus`, then moves focus there (Right on a collapsed node). */
  | { type: 'expand'; id: NodeId; focus?: NodeId }
  | { type: 'collapse'; id: NodeId }
  | { type: 'select'; id: NodeId }
  | { type: 'clear' }
  /** Focuses a node that may not be drawn yet: its ancestors are expanded first. */
  | { type: 'reveal'; id: NodeId };

export interface GraphKeyContext {
  index: TopologyIndex;
  layout: TreeLayout;
  drawn: DrawnTree;
  expanded: ReadonlySet<NodeId>;
}

/** Keys as the map reads them: the numeric keypad's plus and minus are the same as the main ones. */
export function normalisedKey(key: string, code: string): string {
  if (code === 'NumpadAdd') return '+';
  if (code === 'NumpadSubtract') return '-';
  return key === '=' ? '+' : key;
}

/** The node a fold card stands for, nearest the drawn ones: where Enter on the card goes. */
function nearestFolded(ctx: GraphKeyContext, id: string): NodeId | null {
  const fold = ctx.layout.folds.get(id as NodeId);
  if (!fold || fold.ids.length === 0) return null;
  return fold.side === 'before' ? fold.ids[fold.ids.length - 1]! : fold.ids[0]!;
}

export function graphKeyAction(key: string, id: string, ctx: GraphKeyContext): GraphAction | null {
  if (!ctx.layout.positions.has(id as NodeId)) return null;
  const parent = ctx.drawn.parent.get(id);
  const siblings = parent === undefined ? ctx.drawn.tops : (ctx.drawn.children.get(parent) ?? [id]);
  const at = siblings.indexOf(id);
  const focus = (target: string | undefined): GraphAction | null =>
    target === undefined || target === id ? null : { type: 'focus', id: target };

  if (isFoldId(id)) {
    const folded = nearestFolded(ctx, id);
    switch (key) {
      case 'Enter':
      case ' ':
      case 'ArrowRight':
        return folded === null ? null : { type: 'reveal', id: folded };
    }
  }
  const node = id as NodeId;
  const hasChildren = !isFoldId(id) && treeChildren(ctx.index, node).length > 0;
  const isOpen = hasChildren && ctx.expanded.has(node);

  switch (key) {
    case 'ArrowLeft':
      return focus(parent);
    case 'ArrowRight': {
      if (!hasChildren) return null;
      if (isOpen) return focus(ctx.drawn.children.get(id)?.[0]);
      return { type: 'expand', id: node, focus: treeChildren(ctx.index, node)[0] };
    }
    case 'ArrowUp':
      return focus(siblings[at - 1]);
    case 'ArrowDown':
      return focus(siblings[at + 1]);
    case 'Home':
      return focus(siblings[0]);
    case 'End':
      return focus(siblings[siblings.length - 1]);
    case '+':
      return hasChildren && !isOpen ? { type: 'expand', id: node } : null;
    case '-':
      return isOpen ? { type: 'collapse', id: node } : null;
    case 'Enter':
    case ' ':
      return isFoldId(id) ? null : { type: 'select', id: node };
    case 'Escape':
      return { type: 'clear' };
    default:
      return null;
  }
}

/** Every node of the topology in tree order (main trees, then unplaced ones): what type-ahead searches. */
export function topologyOrder(index: TopologyIndex): readonly NodeId[] {
  const { roots, unplaced } = treeTops(index);
  const out: NodeId[] = [];
  const seen = new Set<NodeId>();
  const stack: NodeId[] = [...roots, ...unplaced].reverse();
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    const kids = treeChildren(index, id);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

function matches(index: TopologyIndex, id: NodeId, text: string): boolean {
  const node = index.nodes.get(id);
  if (!node) return false;
  if (displayName(node).toLocaleLowerCase().startsWith(text)) return true;
  const ocpp = node.asset.ocpp_id;
  return typeof ocpp === 'string' && ocpp.toLocaleLowerCase().startsWith(text);
}

/**
 * Type-ahead: the node whose name or OCPP id starts with `typed`, searching the whole topology
 * from `from` on and wrapping round. A first character (or the same one typed again) starts
 * after `from`, so repeating it steps through the matches; a longer text may stay on `from`.
 */
export function typeAheadMatch(index: TopologyIndex, order: readonly NodeId[], from: NodeId | null, typed: string): NodeId | null {
  const text = typed.toLocaleLowerCase();
  if (text === '') return null;
  const repeated = [...text].every((c) => c === text[0]);
  const wanted = repeated ? text[0]! : text;
  const at = from === null ? -1 : order.indexOf(from);
  const first = repeated || at < 0 ? 1 : 0;
  const n = order.length;
  for (let step = first; step < n + first; step++) {
    const id = order[(at + step + n) % n]!;
    if (matches(index, id, wanted)) return id;
  }
  return null;
}

/** Characters typed in quick succession, as one text: the type-ahead buffer. */
export class TypeAhead {
  private text = '';
  private last = -Infinity;
  constructor(private readonly pauseMs = 1000) {}

  /** Whether a character typed now would continue the text (so Space and `-` are letters). */
  active(now: number): boolean {
    return this.text !== '' && now - this.last < this.pauseMs;
  }

  push(char: string, now: number): string {
    this.text = this.active(now) ? this.text + char : char;
    this.last = now;
    return this.text;
  }

  reset(): void {
    this.text = '';
  }
}
