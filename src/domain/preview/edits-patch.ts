/**
 * `applyEdits` again after the edits changed, from its previous answer on the same preset: only the
 * connectors whose edit changed are worked out again, and patched into a copy of the previous
 * sessions (kept in connector-id order, so each is found by a binary search). An edit in the
 * sessions table changes one connector: ten thousand sessions are not rebuilt for it.
 */
import type { Session } from '../allocation';
import type { MicrogridTopology } from '../topology';
import { byCodeUnits, connectorsOf, sessionsById } from './connectors';
import { applyEdits, editedSession, type SessionEdit, type SessionEdits } from './edits';

const sameEdit = (a: SessionEdit | undefined, b: SessionEdit | undefined): boolean =>
  a === b ||
  (a !== undefined &&
    b !== undefined &&
    a.plugged === b.plugged &&
    a.requestedW === b.requestedW &&
    a.minW === b.minW &&
    a.priority === b.priority &&
    a.phases === b.phases);

/** Where `id` is in `sessions` (in connector-id order), or where it would go: `found` says which. */
function placeOf(sessions: readonly Session[], id: string): { at: number; found: boolean } {
  let low = 0;
  let high = sessions.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const order = byCodeUnits(sessions[mid]!.connectorId, id);
    if (order === 0) return { at: mid, found: true };
    if (order < 0) low = mid + 1;
    else high = mid;
  }
  return { at: low, found: false };
}

/**
 * `applyEdits(topology, base, next)`, given `previous.sessions = applyEdits(topology, base,
 * previous.edits)`. Sessions no changed edit touches are the previous array's own objects; when
 * many edits changed (an import, a reset), the sessions are simply worked out anew.
 */
export function reapplyEdits(
  topology: MicrogridTopology,
  base: readonly Session[],
  previous: { readonly edits: SessionEdits; readonly sessions: readonly Session[] },
  next: SessionEdits,
): Session[] {
  const changed: string[] = [];
  for (const [id, edit] of next) if (!sameEdit(previous.edits.get(id), edit)) changed.push(id);
  for (const id of previous.edits.keys()) if (!next.has(id)) changed.push(id);
  // Each patch may move the array's tail: past a few, one rebuild costs less.
  if (changed.length > 16) return applyEdits(topology, base, next);
  const connectors = connectorsOf(topology);
  const presets = sessionsById(base);
  const sessions = previous.sessions.slice();
  for (const id of changed) {
    const connector = connectors.get(id);
    // An edit naming no connector is ignored, before as now.
    if (connector === undefined) continue;
    const session = editedSession(connector, id, presets.get(id), next.get(id));
    const { at, found } = placeOf(sessions, id);
    if (session === undefined) {
      if (found) sessions.splice(at, 1);
    } else if (found) sessions[at] = session;
    else sessions.splice(at, 0, session);
  }
  return sessions;
}
