/**
 * Renders a view inside a view store for `index`, as the topology screen does: `selectedId` plays
 * the URL's node (applied when it changes) and `onSelect` hears each selection the view makes.
 */
import type { ReactNode } from 'react';
import type { NodeId, TopologyIndex } from '../../src/domain/topology';
import { useSelectionSync, useViewStoreFor, ViewStoreContext } from '../../src/view';

interface Props {
  index: TopologyIndex;
  selectedId?: NodeId | null;
  onSelect?: (id: NodeId | null) => void;
  children: ReactNode;
}

const ignore = () => {};

export function InView({ index, selectedId = null, onSelect = ignore, children }: Props) {
  const store = useViewStoreFor(index, selectedId);
  useSelectionSync(store, selectedId, onSelect);
  return <ViewStoreContext.Provider value={store}>{children}</ViewStoreContext.Provider>;
}
