/**
 * A connector's session in the allocation preview, editable: plugged in or not, what it asks for,
 * its minimum and its priority. Changes go to the URL's edits, as in the sessions table.
 */
import { useId } from 'react';
import { decodeEdits } from '../../domain/preview/edits-url';
import { SESSION_FIELDS } from '../../domain/preview/session-fields';
import type { NodeId } from '../../domain/topology';
import { CommitInput } from '../../ui/CommitInput';
import { editConnectorSession, useAllocation, usePreviewSlot } from '../../view';

export function SessionEditor({ connectorId }: { connectorId: NodeId }) {
  const outcome = useAllocation();
  const slot = usePreviewSlot();
  const id = useId();
  if (outcome === null || slot === null) return null;
  // The URL's edit first: it is what the user just asked for, while the allocation may still be on its way.
  const edit = decodeEdits(slot.edits).edits.get(connectorId);
  const allocated = outcome.inputOf.get(connectorId);
  const plugged = edit?.plugged ?? allocated !== undefined;
  const input = plugged
    ? {
        requestedPowerW: edit?.requestedW ?? allocated?.requestedPowerW ?? 0,
        minPowerW: edit?.minW ?? allocated?.minPowerW,
        priority: edit?.priority ?? allocated?.priority,
      }
    : undefined;
  return (
    <fieldset className="session-editor">
      <legend>Session</legend>
      <div className="session-field session-field--check">
        <input
          id={`${id}-plugged`}
          type="checkbox"
          checked={plugged}
          onChange={(event) => editConnectorSession(connectorId, { plugged: event.currentTarget.checked })}
        />
        <label htmlFor={`${id}-plugged`}>Plugged in</label>
      </div>
      {SESSION_FIELDS.map((field) => (
        <div key={field.key} className="session-field">
          <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
          <CommitInput
            id={`${id}-${field.key}`}
            value={input === undefined ? '' : field.text(input)}
            disabled={input === undefined}
            step={field.step}
            min={field.step === '1' ? undefined : 0}
            onCommit={(text) => {
              const change = field.edit(text);
              if (change !== null) editConnectorSession(connectorId, change);
            }}
          />
        </div>
      ))}
      <button type="button" disabled={edit === undefined} onClick={() => editConnectorSession(connectorId, null)}>
        Reset this connector
      </button>
    </fieldset>
  );
}
