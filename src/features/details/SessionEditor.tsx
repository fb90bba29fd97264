/**
 * A connector's session in the allocation preview, editable: plugged in or not, what it asks for,
 * its minimum and its priority. Changes go to the URL's edits, as in the sessions table.
 */
import { useId, type KeyboardEvent } from 'react';
import { decodeEdits } from '../../domain/preview/edits-url';
import type { NodeId } from '../../domain/topology';
import { editConnectorSession, useAllocation, usePreviewSlot } from '../../view';

const kwNumber = (w: number) => (Math.round(w / 100) / 10).toFixed(1);

function Field({ label, value, disabled, step, onCommit }: { label: string; value: string; disabled: boolean; step: string; onCommit: (text: string) => void }) {
  const id = useId();
  const commit = (input: HTMLInputElement) => {
    if (input.value !== value) onCommit(input.value);
  };
  return (
    <div className="session-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        key={value}
        type="number"
        inputMode="decimal"
        step={step}
        min={step === '1' ? undefined : 0}
        defaultValue={value}
        disabled={disabled}
        onBlur={(event) => commit(event.currentTarget)}
        onKeyDown={(event: KeyboardEvent<HTMLInputElement>) => {
          if (event.key === 'Enter') commit(event.currentTarget);
          else if (event.key === 'Escape') event.currentTarget.value = value;
        }}
      />
    </div>
  );
}

/** kW typed by a user → whole watts; null unless a number of kW, 0 or more. */
function wattsOf(text: string): number | null {
  const kw = Number(text.trim());
  return text.trim() !== '' && Number.isFinite(kw) && kw >= 0 ? Math.round(kw * 1000) : null;
}

export function SessionEditor({ connectorId }: { connectorId: NodeId }) {
  const outcome = useAllocation();
  const slot = usePreviewSlot();
  const id = useId();
  if (outcome === null || slot === null) return null;
  // The URL's edit first: it is what the user just asked for, while the allocation may still be on its way.
  const edit = decodeEdits(slot.edits).edits.get(connectorId);
  const allocated = outcome.inputOf.get(connectorId);
  const edited = edit !== undefined;
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
      <Field
        label="Requested (kW)"
        value={input !== undefined ? kwNumber(input.requestedPowerW) : ''}
        disabled={!plugged}
        step="0.1"
        onCommit={(text) => {
          const w = wattsOf(text);
          if (w !== null) editConnectorSession(connectorId, { requestedW: w });
        }}
      />
      <Field
        label="Minimum (kW)"
        value={input !== undefined ? kwNumber(input.minPowerW ?? 0) : ''}
        disabled={!plugged}
        step="0.1"
        onCommit={(text) => {
          const w = wattsOf(text);
          if (w !== null) editConnectorSession(connectorId, { minW: w });
        }}
      />
      <Field
        label="Priority"
        value={input !== undefined ? String(input.priority ?? 0) : ''}
        disabled={!plugged}
        step="1"
        onCommit={(text) => {
          const p = Number(text.trim());
          if (text.trim() !== '' && Number.isInteger(p)) editConnectorSession(connectorId, { priority: p });
        }}
      />
      <button type="button" disabled={!edited} onClick={() => editConnectorSession(connectorId, null)}>
        Reset this connector
      </button>
    </fieldset>
  );
}
