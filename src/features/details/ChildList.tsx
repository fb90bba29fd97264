/** The node's direct children as buttons; long lists show the first 50 until asked for all. */
import { useState } from 'react';
import { nodeTitle, type NodeId, type TopologyIndex } from '../../domain/topology';
import { KindIcon } from '../../ui/KindIcon';

export const CHILDREN_SHOWN_AT_FIRST = 50;

interface Props {
  index: TopologyIndex;
  ids: readonly NodeId[];
  onSelect: (id: NodeId) => void;
}

export function ChildList({ index, ids, onSelect }: Props) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? ids : ids.slice(0, CHILDREN_SHOWN_AT_FIRST);
  return (
    <>
      <ul className="details-links">
        {shown.map((id) => {
          const child = index.nodes.get(id);
          if (!child) return null;
          return (
            <li key={id}>
              <button type="button" className="details-link" onClick={() => onSelect(id)}>
                <KindIcon kind={child.kind} />
                {nodeTitle(child)}
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length < ids.length && (
        <button type="button" className="details-show-all" onClick={() => setShowAll(true)}>
          Show all {ids.length} children
        </button>
      )}
    </>
  );
}
