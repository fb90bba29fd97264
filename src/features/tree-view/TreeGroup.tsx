/**
 * The children of an expanded item. A long list (thousands of chargers under one circuit) is
 * mounted in two steps: the first rows at once, so the tree paints quickly, and the rest in a
 * transition, which React renders in time slices so the page stays responsive meanwhile.
 */
import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { NodeId } from '../../domain/topology';

/** Rows mounted in the first, blocking render of a group. */
export const FIRST_ROWS = 200;

interface Props {
  ids: readonly NodeId[];
  renderItem: (id: NodeId, posinset: number, setsize: number) => ReactNode;
  labelledBy?: string;
  describedBy?: string;
}

export function TreeGroup({ ids, renderItem, labelledBy, describedBy }: Props) {
  const [limit, setLimit] = useState(FIRST_ROWS);
  useEffect(() => {
    if (limit >= ids.length) return;
    const handle = setTimeout(() => startTransition(() => setLimit(ids.length)), 0);
    return () => clearTimeout(handle);
  }, [limit, ids.length]);
  const shown = limit >= ids.length ? ids : ids.slice(0, limit);
  return (
    <ul role="group" className="tree-group" aria-labelledby={labelledBy} aria-describedby={describedBy}>
      {shown.map((id, i) => renderItem(id, i + 1, ids.length))}
    </ul>
  );
}
