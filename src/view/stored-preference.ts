/**
 * Layout choices a user makes once for every depot (which graph overlays are open, how wide the
 * side panels are), kept in localStorage. As with the stored view, storage is a convenience:
 * anything unreadable reads as the default, and a failed write is dropped.
 */
import { useCallback, useState } from 'react';

const PREFIX = 'depot-microgrid.layout.';

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The stored value of `name` if `valid` accepts it, else `fallback`. */
export function readPreference<T>(name: string, fallback: T, valid: (value: unknown) => value is T): T {
  try {
    const raw = storage()?.getItem(PREFIX + name);
    if (raw === null || raw === undefined) return fallback;
    const value: unknown = JSON.parse(raw);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

export function writePreference(name: string, value: unknown): void {
  try {
    storage()?.setItem(PREFIX + name, JSON.stringify(value));
  } catch {
    // Not remembered; nothing else changes.
  }
}

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
export const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A state kept under `name` for the next visit: read once, written on each change. */
export function usePreference<T>(name: string, fallback: T, valid: (value: unknown) => value is T) {
  const [value, setValue] = useState(() => readPreference(name, fallback, valid));
  const set = useCallback(
    (next: T) => {
      setValue(next);
      writePreference(name, next);
    },
    [name],
  );
  return [value, set] as const;
}
