/**
 * The preview's inputs: which sessions (a preset, and its share and seed), which strategy, one
 * strategy or both compared, and the session set as a file (export, import) or back to the preset.
 */
import { memo, useId, useRef, useState, type ChangeEvent } from 'react';
import type { Session, Strategy } from '../../domain/allocation';
import { editsBetween, encodeEdits, presetKey, readSessionFile, sessionFileText, type Preset } from '../../domain/preview';
import type { TopologyIndex } from '../../domain/topology';
import { CommitInput } from '../../ui/CommitInput';
import { downloadText, safeFileName } from '../../ui/download';
import { setPreviewEdits, setPreviewMode, setPreviewPreset, setPreviewStrategy, type PreviewSlot } from '../../view';
import type { ScenarioSessions } from './preview-runner';

interface Props {
  index: TopologyIndex;
  depotId: string;
  slot: PreviewSlot;
  preset: Preset;
  scenario: ScenarioSessions | null;
  base: readonly Session[];
  sessions: readonly Session[];
  editCount: number;
}

const DEFAULT_PLUGGED = { percent: 50, seed: 1 };

function IntegerField({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit: (n: number) => void }) {
  return (
    <label>
      {label}{' '}
      <CommitInput
        className="preview-number"
        inputMode="numeric"
        min={min}
        max={max}
        step={1}
        value={String(value)}
        onCommit={(text) => {
          const n = Number(text);
          if (text.trim() !== '' && Number.isSafeInteger(n) && n >= min && n <= max) onCommit(n);
        }}
      />
    </label>
  );
}

/** Renders when its inputs change, not when an allocation's answer comes. */
export const PreviewControls = memo(function PreviewControls({ index, depotId, slot, preset, scenario, base, sessions, editCount }: Props) {
  const ids = useId();
  const file = useRef<HTMLInputElement | null>(null);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);

  const choosePreset = (kind: string) => {
    if (kind === 'rated') setPreviewPreset('rated');
    else if (kind === 'scenario') setPreviewPreset('scenario');
    else setPreviewPreset(presetKey({ kind: 'plugged', ...(preset.kind === 'plugged' ? preset : DEFAULT_PLUGGED) }));
  };

  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (chosen === undefined) return;
    let text: string;
    try {
      text = await chosen.text();
    } catch (error) {
      setMessage({ tone: 'error', text: `${chosen.name} could not be read: ${error instanceof Error ? error.message : String(error)}. Nothing changed.` });
      return;
    }
    const read = readSessionFile(text, index.topology);
    if (!read.ok) {
      setMessage({ tone: 'error', text: `${chosen.name} was not imported; nothing changed. ${read.message}` });
      return;
    }
    const edits = editsBetween(index.topology, base, read.sessions);
    setPreviewEdits(encodeEdits(edits), read.strategy ?? undefined);
    const other = read.depotId !== depotId ? ` It was exported from depot "${read.depotId}".` : '';
    setMessage({ tone: 'ok', text: `Imported ${read.sessions.length.toLocaleString('en-US')} sessions from ${chosen.name}.${other}` });
  };

  return (
    <div className="preview-controls">
      <div className="preview-row">
        <label>
          Sessions{' '}
          <select value={preset.kind} onChange={(event) => choosePreset(event.currentTarget.value)}>
            <option value="rated">Every connector at its rating</option>
            <option value="plugged">Some plugged in (seeded)</option>
            {scenario !== null && <option value="scenario">Scenario: {scenario.name}</option>}
          </select>
        </label>
        {preset.kind === 'plugged' && (
          <>
            <IntegerField label="Plugged in (%)" value={preset.percent} min={0} max={100} onCommit={(percent) => setPreviewPreset(presetKey({ ...preset, percent }))} />
            <IntegerField label="Seed" value={preset.seed} min={0} max={Number.MAX_SAFE_INTEGER} onCommit={(seed) => setPreviewPreset(presetKey({ ...preset, seed }))} />
          </>
        )}
        <fieldset className="preview-choice">
          <legend>Strategy</legend>
          {(['connector', 'charger'] as const).map((value: Strategy) => (
            <label key={value}>
              <input type="radio" name={`${ids}-strategy`} value={value} checked={slot.strategy === value} onChange={() => setPreviewStrategy(value)} />{' '}
              {value === 'connector' ? 'Connector-based' : 'Charger-based'}
            </label>
          ))}
        </fieldset>
        <button type="button" aria-pressed={slot.mode === 'compare'} onClick={() => setPreviewMode(slot.mode === 'compare' ? 'preview' : 'compare')}>
          Compare strategies
        </button>
      </div>
      <div className="preview-row">
        <button type="button" disabled={editCount === 0} onClick={() => setPreviewEdits('')}>
          Reset edits{editCount > 0 ? ` (${editCount.toLocaleString('en-US')})` : ''}
        </button>
        <button type="button" onClick={() => downloadText(`${safeFileName(depotId)}-sessions.json`, sessionFileText(depotId, slot.strategy, sessions))}>
          Export sessions
        </button>
        <label className="preview-file">
          Import sessions <input ref={file} type="file" accept="application/json,.json" onChange={(event) => void onImport(event)} />
        </label>
      </div>
      {message !== null && (
        <p role={message.tone === 'error' ? 'alert' : 'status'} className="preview-message" data-tone={message.tone}>
          {message.text}
        </p>
      )}
    </div>
  );
});
