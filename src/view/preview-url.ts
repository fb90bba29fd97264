/**
 * The allocation preview's inputs in the URL: reading them into the view store's slot, and the
 * changes every surface makes (the panel, the sessions table, the details) written back as keys.
 */
import { withEdit, type SessionEdit } from '../domain/preview/edits';
import { decodeEdits, encodeEdits } from '../domain/preview/edits-url';
import { useLayoutEffect } from 'react';
import { currentUrlState, navigate, parseUrlState, subscribeUrl, useUrlSelector, type UrlState } from './url-state';
import type { PreviewSlot, Strategy, ViewStore } from './view-store';

export const PREVIEW_VIEW = 'preview';
export const COMPARE_VIEW = 'compare';

/** The preview's slot for a URL state: null unless `view` is `preview` or `compare`. */
export function previewSlotOf(url: Pick<UrlState, 'view' | 'sessions' | 'strategy' | 'edits'>): PreviewSlot | null {
  if (url.view !== PREVIEW_VIEW && url.view !== COMPARE_VIEW) return null;
  return {
    mode: url.view === COMPARE_VIEW ? 'compare' : 'preview',
    sessions: url.sessions ?? 'rated',
    strategy: url.strategy === 'charger' ? 'charger' : 'connector',
    edits: url.edits ?? '',
  };
}

let lastSlot: PreviewSlot | null = null;

/** `previewSlotOf`, giving the object it gave last time when the slot's values are the same. */
function stablePreviewSlotOf(url: UrlState): PreviewSlot | null {
  const slot = previewSlotOf(url);
  if (slot === null) return null;
  if (
    lastSlot !== null &&
    lastSlot.mode === slot.mode &&
    lastSlot.sessions === slot.sessions &&
    lastSlot.strategy === slot.strategy &&
    lastSlot.edits === slot.edits
  ) {
    return lastSlot;
  }
  lastSlot = slot;
  return slot;
}

/**
 * The preview's slot in the URL, as one object while its values stay the same: a change of another
 * key (the node, the problem) does not re-render the component that reads it.
 */
export function usePreviewUrlSlot(): PreviewSlot | null {
  return useUrlSelector(stablePreviewSlotOf);
}

/**
 * Sets `store`'s preview slot from the URL as soon as the URL changes, in the same task: the
 * preview's work for a change starts before anything renders, and the slot and the screen render
 * once, together. (The screen still hands the store the slot it renders with, which is then the same.)
 */
export function useFollowPreviewUrl(store: ViewStore, follow: boolean): void {
  useLayoutEffect(() => {
    if (!follow) return;
    return subscribeUrl(() => store.setPreview(stablePreviewSlotOf(currentUrlState())));
  }, [store, follow]);
}

/** Turns the preview on (keeping any sessions, strategy and edits the URL has) or off (dropping them). */
export function setPreviewOn(on: boolean): void {
  if (on) navigate({ view: PREVIEW_VIEW });
  else navigate({ view: null, sessions: null, strategy: null, edits: null });
}

export function setPreviewMode(mode: 'preview' | 'compare'): void {
  navigate({ view: mode === 'compare' ? COMPARE_VIEW : PREVIEW_VIEW });
}

export function setPreviewStrategy(strategy: Strategy): void {
  navigate({ strategy });
}

/** A new preset; the edits made on the old one stay (they are per connector). */
export function setPreviewPreset(key: string): void {
  navigate({ sessions: key });
}

/** All edits at once ('' drops them). */
export function setPreviewEdits(encoded: string, strategy?: Strategy): void {
  navigate({ edits: encoded === '' ? null : encoded, ...(strategy === undefined ? {} : { strategy }) });
}

/** Merges `patch` into one connector's edit (null drops the connector's edit), in the URL's edits. */
export function editConnectorSession(connectorId: string, patch: SessionEdit | null): void {
  const { edits } = decodeEdits(parseUrlState(window.location.search).edits);
  const next = patch === null ? null : { ...(edits.get(connectorId) ?? {}), ...patch };
  navigate({ edits: encodeEdits(withEdit(edits, connectorId, next)) || null }, 'replace');
}
