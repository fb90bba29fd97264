/**
 * Handing React Flow a new set of nodes without tripping over the ones that leave.
 *
 * Each mounted React Flow node reads its own node from React Flow's store on every store update,
 * and throws (caught by React, but at a fraction of a millisecond each) once that node is gone,
 * until React has unmounted it. A change that drops many drawn nodes at once (the window of a huge
 * sibling group moving, a branch collapsing) would throw once per dropped node per store update:
 * hundreds of throws. Handed over once more as hidden nodes, they are unmounted first (React Flow
 * mounts no hidden node) and dropped on the next render, when nothing reads them any more.
 */
import type { Node } from '@xyflow/react';

/**
 * `next`, followed by the nodes of `before` that are not in it, hidden; `next` itself when none
 * leaves. Nodes of `before` that are hidden already (left before) are not handed over again.
 */
export function withLeavingHidden<N extends Node>(before: readonly N[], next: readonly N[]): readonly N[] {
  if (before === next || before.length === 0) return next;
  let ids: Set<string> | null = null;
  const leaving: N[] = [];
  for (const node of before) {
    if (node.hidden === true) continue;
    ids ??= new Set(next.map((n) => n.id));
    if (!ids.has(node.id)) leaving.push({ ...node, hidden: true });
  }
  return leaving.length === 0 ? next : [...next, ...leaving];
}
