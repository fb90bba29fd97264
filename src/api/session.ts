/**
 * The bearer token the user entered, for this browser tab only: kept in session storage (so a
 * reload keeps it) or, where that is unavailable, in memory. Never in the URL, never logged.
 * Shaped for `useSyncExternalStore`: `subscribe` and `getSessionToken`.
 */
const KEY = 'depot-microgrid.token';

type Listener = () => void;
const listeners = new Set<Listener>();
let memory: string | null = null;

function storage(): Storage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null; // e.g. storage disabled by the browser's settings
  }
}

export function getSessionToken(): string | null {
  try {
    return storage()?.getItem(KEY) ?? memory;
  } catch {
    return memory;
  }
}

function store(token: string | null): void {
  memory = token;
  try {
    if (token === null) storage()?.removeItem(KEY);
    else storage()?.setItem(KEY, token);
  } catch {
    // Memory alone still holds it for this page.
  }
  for (const listener of listeners) listener();
}

export const signIn = (token: string): void => store(token);
export const signOut = (): void => store(null);

export function subscribeToSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * A bearer token as typed or pasted: trimmed, without a leading "Bearer ". Null, with a reason,
 * when it cannot be sent in a header (RFC 6750's token characters only).
 */
export function readBearerToken(input: string): { token: string } | { problem: string } {
  const token = input.trim().replace(/^bearer\s+/i, '');
  if (token === '') return { problem: 'Enter your access token.' };
  if (!/^[A-Za-z0-9\-._~+/]+=*$/.test(token)) return { problem: 'A token holds only letters, digits and - . _ ~ + / (optionally ending in =).' };
  return { token };
}
