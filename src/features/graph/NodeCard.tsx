/** The face of one graph node: what an operator reads at a glance. */
import { useContext, type JSX, type KeyboardEvent, type MouseEvent } from 'react';
import { Handle, Position } from '@xyflow/react';
import { issuesBeneathText } from '../../domain/topology';
import { KindIcon } from '../../ui/KindIcon';
import { useNodeLoad, useSessionAllocation, useViewState } from '../../view';
import { GraphActionsContext } from './graph-actions';
import { issuesSummary, type GraphNodeData } from './node-data';
import { NodeLoadLines } from './NodeLoadLines';

const STATUS_TONES: ReadonlyMap<string, string> = new Map([
  ['Available', 'ok'],
  ['Charging', 'busy'],
  ['Preparing', 'busy'],
  ['SuspendedEV', 'busy'],
  ['SuspendedEVSE', 'busy'],
  ['Finishing', 'busy'],
  ['Faulted', 'bad'],
  ['Unavailable', 'off'],
  ['Offline', 'off'],
]);

export function NodeCard({ data, selected }: { data: GraphNodeData; selected: boolean }): JSX.Element {
  const { toggle } = useContext(GraphActionsContext);
  const preview = useViewState((state) => state.allocation !== null);
  const load = useNodeLoad(data.id);
  const session = useSessionAllocation(data.id);
  const issues = issuesSummary(data.errors, data.warnings);
  const toggleText = data.beneath ? `${data.collapsed ? 'Show' : 'Hide'} ${data.beneath}` : null;
  const onToggle = (event: MouseEvent<HTMLButtonElement>): void => {
    // The toggle is not a click on the node: it must not select it.
    event.stopPropagation();
    toggle(data.id);
  };
  // Its own Enter and Space press the button; they must not reach the node's keys, which select it.
  const onToggleKey = (event: KeyboardEvent<HTMLButtonElement>): void => {
    if (event.key === 'Enter' || event.key === ' ') event.stopPropagation();
  };
  if (data.folded !== undefined) {
    return (
      <div className="graph-node graph-node--fold">
        <Handle type="target" position={Position.Left} isConnectable={false} className="graph-node__handle" />
        <div className="graph-node__title">{data.title}</div>
        <div className="graph-node__muted graph-node__fold-what" title={data.facts.join(', ')}>
          {data.facts.join(', ')} — in the tree and search
        </div>
      </div>
    );
  }
  return (
    <div
      className="graph-node"
      data-kind={data.kind}
      data-selected={selected || undefined}
      data-unplaced={data.unplaced || undefined}
      data-binding={load?.binding || undefined}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} className="graph-node__handle" />
      <div className="graph-node__head">
        <KindIcon kind={data.kind} size={16} />
        <span className="graph-node__kind">{data.kindText}</span>
        {data.unplaced ? <span className="graph-node__flag">Unplaced</span> : null}
        {issues ? (
          <span className="graph-node__badge" data-severity={data.errors > 0 ? 'error' : 'warning'} title={issues}>
            <span aria-hidden="true">{data.errors > 0 ? '✖' : '▲'} {data.errors + data.warnings}</span>
            <span className="visually-hidden">{issues}</span>
          </span>
        ) : null}
        {data.hiddenIssues ? (
          <span className="graph-node__badge graph-node__badge--beneath" data-severity={data.hiddenIssues.worst} title={issuesBeneathText(data.hiddenIssues)}>
            <span aria-hidden="true">{data.hiddenIssues.worst === 'error' ? '✖' : '▲'} {data.hiddenIssues.count} beneath</span>
            <span className="visually-hidden">{issuesBeneathText(data.hiddenIssues)}</span>
          </span>
        ) : null}
      </div>
      <div className="graph-node__title" title={data.title}>{data.title}</div>
      {preview ? <NodeLoadLines data={data} load={load} session={session} /> : <div className="graph-node__cap">
        {data.cap === null ? (
          <span className="graph-node__muted">No power cap</span>
        ) : (
          <>
            <strong>{data.cap}</strong> <span className="graph-node__muted">{data.capSource}</span>
          </>
        )}
      </div>}
      {!preview && (data.facts.length > 0 || data.status) ? (
        <div className="graph-node__facts">
          {data.status ? (
            <span className="graph-node__status">
              <span className="graph-node__dot" data-tone={STATUS_TONES.get(data.status) ?? 'unknown'} aria-hidden="true" />
              {data.status}
            </span>
          ) : null}
          {data.facts.map((fact) => (
            <span key={fact}>{fact}</span>
          ))}
        </div>
      ) : null}
      {toggleText ? (
        <button
          type="button"
          className="graph-node__toggle nodrag nopan"
          tabIndex={-1}
          aria-expanded={!data.collapsed}
          title={toggleText}
          onClick={onToggle}
          onKeyDown={onToggleKey}
        >
          {toggleText}
        </button>
      ) : null}
      <Handle type="source" position={Position.Right} isConnectable={false} className="graph-node__handle" />
    </div>
  );
}
