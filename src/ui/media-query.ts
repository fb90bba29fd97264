/** Media queries the app's layout depends on, read once or followed as they change. */
import { useCallback, useSyncExternalStore } from 'react';

/** Phone width: one panel at a time. Keep in step with the media queries at 600px in app.css. */
export const PHONE_QUERY = '(max-width: 600px)';

/** Wide enough for the tree, the graph and the details side by side. Keep in step with the 1100px query in app.css. */
export const WIDE_QUERY = '(min-width: 1101px)';

/** Whether `query` matches now; false where the browser cannot tell. */
export function matchesNow(query: string): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(query).matches;
}

/** Whether `query` matches, re-rendering when that changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => {};
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => matchesNow(query), () => false);
}
