/** Where the node sits: each ancestor from the top of its tree is a button that selects it. */
import { nodeTitle, type NodeId, type TopologyIndex } from '../../domain/topology';

interface Props {
  index: TopologyIndex;
  nodeId: NodeId;
  onSelect: (id: NodeId) => void;
}

export function PathBreadcrumb({ index, nodeId, onSelect }: Props) {
  const path = index.pathTo(nodeId);
  const top = path[0];
  // A path that does not start at a root starts at the top of an unplaced subtree.
  const unplaced = top !== undefined && !index.roots.includes(top);
  return (
    <nav aria-label="Path from the root" className="details-path">
      {unplaced && <p className="details-unplaced">Unplaced: this node does not hang from the microgrid root.</p>}
      <ol>
        {path.map((id, i) => {
          const node = index.nodes.get(id);
          const title = node ? nodeTitle(node) : id;
          return (
            <li key={id}>
              {i > 0 && (
                <span className="details-path-separator" aria-hidden="true">
                  ›
                </span>
              )}
              {id === nodeId ? (
                <span aria-current="location">{title}</span>
              ) : (
                <button type="button" className="details-link" onClick={() => onSelect(id)}>
                  {title}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
