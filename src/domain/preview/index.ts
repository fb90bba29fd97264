/** The allocation preview's session set: presets, user edits, their URL form and the session file. */
export {
  AC_MIN_CURRENT_A,
  DEFAULT_PRESET,
  parsePreset,
  presetKey,
  presetLabel,
  presetSessions,
  type Preset,
} from './presets';
export { applyEdits, editsBetween, withEdit, type SessionEdit, type SessionEdits } from './edits';
export { reapplyEdits } from './edits-patch';
export { decodeEdits, encodeEdits } from './edits-url';
export { readSessionFile, SESSION_FILE_FORMAT, sessionFileText, type SessionFileRead } from './session-file';
export {
  buildOutcome,
  HIGH_LOAD_SHARE,
  LOAD_BAND_LABELS,
  loadBand,
  loadShare,
  type Beneath,
  type Bottleneck,
  type LoadBand,
  type PreviewOutcome,
} from './outcome';
export { sessionsById } from './connectors';
export { allocationText, loadText, type LoadText } from './load-text';
export { connectorReason, sessionReason } from './reasons';
export { bindingPhases, sessionPhase, type SessionPhase } from './phases';
export { phaseCheck, type PhaseCheck, type PhaseOverload } from './phase-check';
export { SESSION_FIELDS, type SessionField } from './session-fields';
