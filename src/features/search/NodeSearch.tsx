import type { JSX } from 'react';
import type { NodeId, TopologyIndex } from '../../domain/topology';

export function NodeSearch(props: {
  index: TopologyIndex;
  onSelect: (id: NodeId) => void;
}): JSX.Element {
  void props;
  return <input type="search" aria-label="Search nodes" />;
}
