/**
 * A record an issue names. Where a topology is on screen and the record is one of its nodes, it is
 * a button that selects the node; otherwise its type, id and name as text ("Charger cp-017 (Bay A
 * charger 17)").
 */
import { useContext, type JSX } from 'react';
import { describeRef, nodeTitle, type IssueRef, type NodeId } from '../domain/topology';
import { ViewStoreContext } from '../view';

export function IssueRefText({ item }: { item: IssueRef }): JSX.Element {
  const view = useContext(ViewStoreContext);
  const node = view?.index.nodes.get(item.id as NodeId);
  if (!view || !node) return <>{describeRef(item)}</>;
  return (
    <button type="button" className="issue-ref" onClick={() => view.select(node.id)}>
      {nodeTitle(node)}
    </button>
  );
}
