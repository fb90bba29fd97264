/**
 * One problem: severity, code and what it means, the message (the button that chooses it), the
 * record it names with its path from the root, the related records, the pointer, and on request
 * the catalog's help. The same row for a 422's errors, a 200's warnings and structural defects.
 */
import { memo, useState, type Ref } from 'react';
import { describeRef, issueHelp, type Problem } from '../../domain/topology';
import { IssueFacts } from '../../ui/IssueFacts';

interface Props {
  problem: Problem;
  /** "Microgrid › Main incomer › Bay A", where the record is a node of the tree on screen. */
  path: string | null;
  selected: boolean;
  onChoose: (problem: Problem) => void;
  index: number;
  measure?: Ref<HTMLLIElement>;
}

export const ProblemRow = memo(function ProblemRow({ problem, path, selected, onChoose, index, measure }: Props) {
  const [helpOpen, setHelpOpen] = useState(false);
  const help = issueHelp(problem.code);
  const helpId = `problem-help-${problem.position}`;
  return (
    <li
      ref={measure}
      data-index={index}
      className="issue problem-row"
      data-severity={problem.severity}
      data-selected={selected || undefined}
      aria-current={selected || undefined}
    >
      <button type="button" className="problem-choose" onClick={() => onChoose(problem)}>
        <span className="issue-severity">{problem.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
        <code className="issue-code">{problem.code}</code>{' '}
        <span className="issue-message">{problem.message}</span>
      </button>
      {(help ?? problem.title) && <p className="issue-plain">{help?.meaning ?? problem.title}</p>}
      <IssueFacts
        entity={
          problem.entity === null ? null : (
            <>
              {describeRef(problem.entity)}
              {path !== null && <span className="problem-path"> — in {path}</span>}
            </>
          )
        }
        related={problem.related}
        pointer={problem.pointer}
      />
      {help !== null && (
        <>
          <button type="button" className="problem-help-toggle" aria-expanded={helpOpen} aria-controls={helpId} onClick={() => setHelpOpen((o) => !o)}>
            How to fix
          </button>
          <div id={helpId} hidden={!helpOpen} className="problem-help">
            {helpOpen && (
              <dl className="issue-facts">
                <dt>Usual cause</dt>
                <dd>{help.cause}</dd>
                <dt>Fix</dt>
                <dd>{help.fix}</dd>
              </dl>
            )}
          </div>
        </>
      )}
    </li>
  );
});
