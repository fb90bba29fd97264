/**
 * Where the node sits: each ancestor from the top of its tree is a button that selects it. A path
 * may be thousands of levels deep; then only its first and last levels are drawn, with the count
 * of those between on a button that draws them a page at a time.
 */
import { useState } from 'react';
import { nodeTitle, type NodeId, type TopologyIndex } from '../../domain/topology';

/** Paths up to this many levels are drawn whole. */
export const PATH_DRAWN_WHOLE = 10;
/** Levels drawn at the top and at the bottom of a longer path (the node itself among the last). */
export const PATH_HEAD = 3;
export const PATH_TAIL = 3;
/** Levels the elision button adds below the top ones on each press. */
export const PATH_PAGE = 100;

const count = new Intl.NumberFormat('en-US');

interface Props {
  index: TopologyIndex;
  nodeId: NodeId;
  onSelect: (id: NodeId) => void;
}

interface LevelProps {
  index: TopologyIndex;
  id: NodeId;
  current: boolean;
  first: boolean;
  onSelect: (id: NodeId) => void;
}

function Level({ index, id, current, first, onSelect }: LevelProps) {
  const node = index.nodes.get(id);
  const title = node ? nodeTitle(node) : id;
  return (
    <li>
      {!first && (
        <span className="details-path-separator" aria-hidden="true">
          ›
        </span>
      )}
      {current ? (
        <span aria-current="location">{title}</span>
      ) : (
        <button type="button" className="details-link" onClick={() => onSelect(id)}>
          {title}
        </button>
      )}
    </li>
  );
}

export function PathBreadcrumb({ index, nodeId, onSelect }: Props) {
  const [head, setHead] = useState(PATH_HEAD);
  const path = index.pathTo(nodeId);
  const top = path[0];
  // A path that does not start at a root starts at the top of an unplaced subtree.
  const unplaced = top !== undefined && !index.roots.includes(top);
  const hidden = path.length > PATH_DRAWN_WHOLE ? Math.max(0, path.length - head - PATH_TAIL) : 0;
  const upper = hidden > 0 ? path.slice(0, head) : path;
  const lower = hidden > 0 ? path.slice(path.length - PATH_TAIL) : [];
  const level = (id: NodeId, at: number) => (
    <Level key={id} index={index} id={id} current={id === nodeId} first={at === 0} onSelect={onSelect} />
  );
  return (
    <nav aria-label="Path from the root" className="details-path">
      {unplaced && <p className="details-unplaced">Unplaced: this node does not hang from the microgrid root.</p>}
      <ol>
        {upper.map((id, i) => level(id, i))}
        {hidden > 0 && (
          <li>
            <span className="details-path-separator" aria-hidden="true">
              ›
            </span>
            <button
              type="button"
              className="details-link"
              title={`Show the next ${Math.min(PATH_PAGE, hidden)} levels`}
              onClick={() => setHead((n) => n + PATH_PAGE)}
            >
              … {count.format(hidden)} levels …
            </button>
          </li>
        )}
        {lower.map((id, i) => level(id, path.length - PATH_TAIL + i))}
      </ol>
    </nav>
  );
}
