/**
 * Which strings can be sent as a depot id. `encodeURIComponent` leaves dots alone, and URLs treat
 * `.` and `..` path segments as "this" and "parent" folder, so `/api/depot/../microgrid` would ask
 * another endpoint; an empty id would ask `/api/depot//microgrid`. These are refused before any
 * request. Every other string is sent, encoded, as one path segment.
 */

/** Why `depotId` cannot be requested, in words for the user; null when it can. */
export function depotIdProblem(depotId: string): string | null {
  if (depotId.trim() === '') return 'Enter a depot id.';
  if (depotId === '.' || depotId === '..') return `"${depotId}" cannot be a depot id: it would name another address.`;
  return null;
}
