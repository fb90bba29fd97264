/**
 * A user's changes to the preview's sessions, connector by connector, on top of a preset: applied
 * to the preset's sessions, derived back from a wanted session set, and set one at a time.
 */
import type { Session } from '../allocation';
import type { MicrogridTopology } from '../topology';
import { byCodeUnits, connectorsOf, copySession, inConnectorOrder, type Connector } from './connectors';

/** A user's change to one connector's session, on top of the preset. Watts are non-negative integers; priority an integer (may be negative). */
export interface SessionEdit {
  readonly plugged?: boolean;
  readonly requestedW?: number;
  readonly minW?: number;
  readonly priority?: number;
  /** The phases the vehicle draws on (a single-phase car at a three-phase connector: 1). */
  readonly phases?: 1 | 3;
}
export type SessionEdits = ReadonlyMap<string, SessionEdit>;   // keyed by connector id

/** Applies edits to a preset's sessions: plugged:false removes the connector's session; plugged:true adds one where the preset has none (asking for the connector's rating, like 'rated'); requestedW / minW / priority override the session's fields (on a connector with no session and no plugged:true they do nothing). minW is capped at the request. Edits naming unknown or non-connector ids are ignored. Result in connector-id order. Pure; does not mutate inputs. */
export function applyEdits(topology: MicrogridTopology, base: readonly Session[], edits: SessionEdits): Session[] {
  const sessions = new Map(base.map((s) => [s.connectorId, copySession(s)]));
  if (edits.size === 0) return inConnectorOrder([...sessions.values()]);
  const connectors = connectorsOf(topology);
  for (const [id, edit] of edits) {
    const connector = connectors.get(id);
    if (!connector) continue;
    const session = editedSession(connector, id, sessions.get(id), edit);
    if (session === undefined) sessions.delete(id);
    else sessions.set(id, session);
  }
  return inConnectorOrder([...sessions.values()]);
}

/**
 * One connector's session under its edit, as `applyEdits` works it out: from the preset's session
 * (undefined: none) and the edit (undefined: none); undefined when the connector has no session.
 * A new object; `preset` is left as it is.
 */
export function editedSession(connector: Connector, id: string, preset: Session | undefined, edit: SessionEdit | undefined): Session | undefined {
  if (edit === undefined) return preset === undefined ? undefined : copySession(preset);
  if (edit.plugged === false) return undefined;
  const session = preset !== undefined ? copySession(preset) : edit.plugged === true ? { connectorId: id, requestedPowerW: connector.ratingW } : undefined;
  if (session === undefined) return undefined;
  if (edit.requestedW !== undefined) session.requestedPowerW = edit.requestedW;
  if (edit.minW !== undefined) session.minPowerW = edit.minW;
  if (edit.priority !== undefined) session.priority = edit.priority;
  if (edit.phases !== undefined) session.phases = edit.phases;
  if (session.minPowerW !== undefined && session.minPowerW > session.requestedPowerW) {
    session.minPowerW = session.requestedPowerW;
  }
  return session;
}

/** The fields of `edit` that are set, or null when none is. */
type MutableEdit = { plugged?: boolean; requestedW?: number; minW?: number; priority?: number; phases?: 1 | 3 };

function nonEmpty(edit: MutableEdit): SessionEdit | null {
  const result: MutableEdit = {};
  if (edit.plugged !== undefined) result.plugged = edit.plugged;
  if (edit.requestedW !== undefined) result.requestedW = edit.requestedW;
  if (edit.minW !== undefined) result.minW = edit.minW;
  if (edit.priority !== undefined) result.priority = edit.priority;
  if (edit.phases !== undefined) result.phases = edit.phases;
  return Object.keys(result).length > 0 ? result : null;
}

/** The fields in which `to` differs from `from` (absent minimum and priority count as 0). */
function differences(from: Session, to: Session): SessionEdit | null {
  return nonEmpty({
    requestedW: to.requestedPowerW !== from.requestedPowerW ? to.requestedPowerW : undefined,
    minW: (to.minPowerW ?? 0) !== (from.minPowerW ?? 0) ? (to.minPowerW ?? 0) : undefined,
    priority: (to.priority ?? 0) !== (from.priority ?? 0) ? (to.priority ?? 0) : undefined,
    phases: to.phases !== undefined && to.phases !== from.phases ? to.phases : undefined,
  });
}

/** The smallest edits that turn `base` into `target` (used to import a file on top of the current preset): for each connector, only the fields that differ; applyEdits(topology, base, editsBetween(topology, base, target)) equals target (up to field order and absent-vs-default: treat minPowerW absent = 0, priority absent = 0). Property-test this. */
export function editsBetween(topology: MicrogridTopology, base: readonly Session[], target: readonly Session[]): Map<string, SessionEdit> {
  const connectors = connectorsOf(topology);
  const from = new Map(base.map((s) => [s.connectorId, s]));
  const to = new Map(target.map((s) => [s.connectorId, s]));
  const ids = [...new Set([...from.keys(), ...to.keys()])].filter((id) => connectors.has(id)).sort(byCodeUnits);
  const edits = new Map<string, SessionEdit>();
  for (const id of ids) {
    const before = from.get(id);
    const after = to.get(id);
    let edit: SessionEdit | null;
    if (!after) edit = { plugged: false };
    else if (!before) {
      // Plugging in starts from the connector's rating, as applyEdits does.
      const plugged: Session = { connectorId: id, requestedPowerW: connectors.get(id)!.ratingW };
      edit = { plugged: true, ...differences(plugged, after) };
    } else edit = differences(before, after);
    if (edit) edits.set(id, edit);
  }
  return edits;
}

/** Sets (or with null, removes) one connector's edit, returning a new map; an edit with no fields is removed. */
export function withEdit(edits: SessionEdits, connectorId: string, edit: SessionEdit | null): Map<string, SessionEdit> {
  const next = new Map(edits);
  const kept = edit === null ? null : nonEmpty(edit);
  if (kept === null) next.delete(connectorId);
  else next.set(connectorId, kept);
  return next;
}
