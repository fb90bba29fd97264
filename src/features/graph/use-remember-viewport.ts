/**
 * Keeps the graph's view (its middle point and zoom, with the selection) in the depot's stored
 * view, for the next visit: written a moment after the view or the selection stops changing, and
 * when the page is left.
 */
import { useEffect } from 'react';
import { useStoreApi } from '@xyflow/react';
import { useViewStore, writeStoredView } from '../../view';
import type { TopologyFlowNode } from './flow-elements';

const QUIET_MS = 250;

export function useRememberViewport(rememberAs: string | null, ready: boolean): void {
  const rf = useStoreApi<TopologyFlowNode>();
  const view = useViewStore();
  useEffect(() => {
    if (rememberAs === null || !ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const save = () => {
      timer = undefined;
      const { transform, width, height } = rf.getState();
      const [x, y, zoom] = transform;
      if (width <= 0 || height <= 0 || zoom <= 0) return;
      writeStoredView(rememberAs, { viewport: { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom, selectedId: view.getState().selectedId } });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(save, QUIET_MS);
    };
    const flush = () => {
      if (timer !== undefined) {
        clearTimeout(timer);
        save();
      }
    };
    let transform = rf.getState().transform;
    let selectedId = view.getState().selectedId;
    const stopFlow = rf.subscribe((state) => {
      if (state.transform === transform) return;
      transform = state.transform;
      schedule();
    });
    const stopView = view.subscribe(() => {
      const now = view.getState().selectedId;
      if (now === selectedId) return;
      selectedId = now;
      schedule();
    });
    window.addEventListener('pagehide', flush);
    return () => {
      stopFlow();
      stopView();
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [rememberAs, ready, rf, view]);
}
