/**
 * The colour theme: light or dark. It follows the system's prefers-color-scheme until the user
 * picks the other one; that choice is kept in localStorage (per browser, every tab) for as long as
 * it differs from the system's, so picking the system's own theme again means "follow the system".
 *
 * public/theme-init.js applies the same rule before the first paint; this module keeps
 * <html data-theme> in step afterwards (a toggle, a system change, a choice made in another tab).
 */
import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** The localStorage key; public/theme-init.js reads the same one. */
export const THEME_STORAGE_KEY = 'depot-microgrid.theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

const darkQuery = (): MediaQueryList | null => (typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null);

export const systemTheme = (): Theme => (darkQuery()?.matches ? 'dark' : 'light');

export function storedTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null; // storage blocked: follow the system
  }
}

/** The theme in force: the stored choice, else the system's. */
export const currentTheme = (): Theme => storedTheme() ?? systemTheme();

export function applyTheme(theme: Theme = currentTheme()): void {
  document.documentElement.dataset.theme = theme;
}

const listeners = new Set<() => void>();
const notify = () => {
  applyTheme();
  for (const listener of listeners) listener();
};

/** Chooses a theme; choosing the system's own theme forgets the choice. */
export function setTheme(theme: Theme): void {
  try {
    if (theme === systemTheme()) window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage blocked: the choice lasts until the page is left.
    document.documentElement.dataset.theme = theme;
    for (const listener of listeners) listener();
    return;
  }
  notify();
}

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) {
    darkQuery()?.addEventListener('change', notify);
    window.addEventListener('storage', onStorage);
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      darkQuery()?.removeEventListener('change', notify);
      window.removeEventListener('storage', onStorage);
    }
  };
}

function onStorage(event: StorageEvent): void {
  if (event.key === null || event.key === THEME_STORAGE_KEY) notify();
}

const snapshot = (): Theme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** The theme on the page, re-rendering when it changes. */
export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, snapshot, () => 'light');
}
