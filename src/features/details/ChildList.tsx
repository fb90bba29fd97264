/**
 * The node's direct children as buttons. A node may have tens of thousands of children, so the
 * list grows a page at a time: mounting all of them at once would block the page.
 */
import { useState } from 'react';
import { nodeTitle, type NodeId, type TopologyIndex } from '../../domain/topology';
import { KindIcon } from '../../ui/KindIcon';

export const CHILDREN_SHOWN_AT_FIRST = 50;
export const CHILDREN_PAGE = 100;

const count = new Intl.NumberFormat('en-US');

interface Props {
  index: TopologyIndex;
  ids: readonly NodeId[];
  onSelect: (id: NodeId) => void;
}

export function ChildList({ index, ids, onSelect }: Props) {
  const [limit, setLimit] = useState(CHILDREN_SHOWN_AT_FIRST);
  const shown = ids.length > limit ? ids.slice(0, limit) : ids;
  const next = Math.min(CHILDREN_PAGE, ids.length - shown.length);
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
      {next > 0 && (
        <p className="details-muted">
          <span role="status">
            Showing {count.format(shown.length)} of {count.format(ids.length)}
          </span>{' '}
          <button type="button" className="details-show-all" onClick={() => setLimit((n) => n + CHILDREN_PAGE)}>
            Show {next} more
          </button>
        </p>
      )}
    </>
  );
}
