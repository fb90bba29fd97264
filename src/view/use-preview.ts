/**
 * The allocation preview's slices of the view store, for the views that draw it (graph, tree,
 * details): each subscribes to one node's figures, so a new allocation re-renders what it changes.
 */
import type { NodeLoad, SessionAllocation } from '../domain/allocation';
import type { Beneath, PreviewOutcome } from '../domain/preview/outcome';
import type { PreviewSlot, ViewState } from './view-store';
import { useViewState } from './use-view';

export const selectPreview = (state: ViewState): PreviewSlot | null => state.preview;
export const selectAllocation = (state: ViewState): PreviewOutcome | null => state.allocation;

export function usePreviewSlot(): PreviewSlot | null {
  return useViewState(selectPreview);
}

export function useAllocation(): PreviewOutcome | null {
  return useViewState(selectAllocation);
}

/** The node's load in the preview, or undefined (preview off, or the node has none). */
export function useNodeLoad(id: string): NodeLoad | undefined {
  return useViewState((state) => state.allocation?.loadOf.get(id));
}

/** The connector's allocation in the preview, or undefined (preview off, or no session there). */
export function useSessionAllocation(id: string): SessionAllocation | undefined {
  return useViewState((state) => state.allocation?.sessionOf.get(id));
}

export function useBeneath(id: string): Beneath | undefined {
  return useViewState((state) => state.allocation?.beneathOf.get(id));
}
