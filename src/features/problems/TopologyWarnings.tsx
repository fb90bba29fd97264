import type { NodeId, StructuralDiagnostic, TopologyIndex, TopologyIssue } from '../../domain/topology';
import { structuralTitle } from '../../domain/topology';
import { IssueItem } from '../../ui/IssueItem';
import { useViewStore } from '../../view';
import './problems.css';

type Select = (id: NodeId) => void;

function nodeLabel(index: TopologyIndex, id: NodeId): string {
  const node = index.nodes.get(id);
  return node && node.name !== null ? `${node.name} (${id})` : id;
}

function SelectNodeButton({ index, id, onSelect }: { index: TopologyIndex; id: NodeId; onSelect: Select }) {
  return (
    <button type="button" className="select-node" onClick={() => onSelect(id)}>
      Select {nodeLabel(index, id)}
    </button>
  );
}

function DiagnosticItem({ diagnostic, index, onSelect }: { diagnostic: StructuralDiagnostic; index: TopologyIndex; onSelect: Select }) {
  return (
    <li className="issue" data-severity="error">
      <p className="issue-head">
        <span className="issue-severity">Error</span> <strong>{structuralTitle(diagnostic.code)}</strong>{' '}
        <code className="issue-code">{diagnostic.code}</code>
      </p>
      <p className="issue-message">{diagnostic.message}</p>
      {diagnostic.nodeIds.length > 0 && (
        <p className="issue-actions">
          {diagnostic.nodeIds.map((id) => (
            <SelectNodeButton key={id} index={index} id={id} onSelect={onSelect} />
          ))}
        </p>
      )}
    </li>
  );
}

function WarningItem({ issue, index, onSelect }: { issue: TopologyIssue; index: TopologyIndex; onSelect: Select }) {
  const known = index.nodes.has(issue.entity.id as NodeId);
  return (
    <IssueItem
      issue={issue}
      actions={known ? <SelectNodeButton index={index} id={issue.entity.id as NodeId} onSelect={onSelect} /> : null}
    />
  );
}

/**
 * The 200's warnings in the order received, after the structural defects the index found (those
 * are errors: the picture above may be incomplete because of them).
 */
export function TopologyWarnings() {
  const view = useViewStore();
  const { index } = view;
  const onSelect = view.select;
  const { diagnostics } = index;
  const warnings = index.topology.warnings;
  if (diagnostics.length === 0 && warnings.length === 0) {
    return <p className="no-warnings">No warnings</p>;
  }
  return (
    <div className="topology-warnings">
      {diagnostics.length > 0 && (
        <>
          <h3>
            {diagnostics.length} structural {diagnostics.length === 1 ? 'error' : 'errors'}
          </h3>
          <ul className="issue-list" aria-label="Structural errors">
            {diagnostics.map((d, i) => (
              <DiagnosticItem key={i} diagnostic={d} index={index} onSelect={onSelect} />
            ))}
          </ul>
        </>
      )}
      {warnings.length > 0 && (
        <>
          <h3>
            {warnings.length} {warnings.length === 1 ? 'warning' : 'warnings'}
          </h3>
          <ol className="issue-list" aria-label="Warnings">
            {warnings.map((w, i) => (
              <WarningItem key={i} issue={w} index={index} onSelect={onSelect} />
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
