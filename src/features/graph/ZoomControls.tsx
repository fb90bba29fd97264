/** Zoom in, zoom out and "Fit view", in React Flow's control bar; each one move of the view. */
import type { JSX } from 'react';
import { ControlButton, Controls, getViewportForBounds, useStore, useStoreApi, type ReactFlowState, type Viewport } from '@xyflow/react';
import type { TopologyFlowNode } from './flow-elements';
import type { TreeLayout } from './layout';
import { zoomedBy } from './use-move-view';

const FIT_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 30" aria-hidden="true">
    <path d="M3.692 4.63c0-.53.4-.938.939-.938h5.215V0H4.708C2.13 0 0 2.054 0 4.63v5.216h3.692V4.631zM27.354 0h-5.2v3.692h5.17c.53 0 .984.4.984.939v5.215H32V4.631A4.624 4.624 0 0027.354 0zm.954 24.83c0 .532-.4.94-.939.94h-5.215v3.768h5.215c2.577 0 4.631-2.13 4.631-4.707v-5.139h-3.692v5.139zm-23.677.94c-.531 0-.939-.4-.939-.94v-5.138H0v5.139c0 2.577 2.13 4.707 4.708 4.707h5.138V25.77H4.631z" />
  </svg>
);
const PLUS_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" aria-hidden="true">
    <path d="M32 18.133H18.133V32h-4.266V18.133H0v-4.266h13.867V0h4.266v13.867H32z" />
  </svg>
);
const MINUS_ICON = (
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 5" aria-hidden="true">
    <path d="M0 0h32v4.2H0z" />
  </svg>
);

const selectZoomLimits = (state: ReactFlowState) =>
  `${state.transform[2] >= state.maxZoom ? 1 : 0}${state.transform[2] <= state.minZoom ? 1 : 0}`;

/**
 * Zoom in, zoom out and "Fit view", each one move of the view (see useMoveView). Fit view frames
 * the layout's bounds, known without measuring any node.
 */
export function ZoomControls({ layout, move }: { layout: TreeLayout; move: (viewport: Viewport) => void }): JSX.Element {
  const rf = useStoreApi<TopologyFlowNode>();
  const limits = useStore(selectZoomLimits);
  const fit = () => {
    const { width, height, minZoom, maxZoom } = rf.getState();
    move(getViewportForBounds({ x: 0, y: 0, width: layout.width, height: layout.height }, width, height, minZoom, maxZoom, 0.1));
  };
  return (
    <Controls showInteractive={false} showZoom={false} showFitView={false}>
      <ControlButton onClick={() => move(zoomedBy(rf.getState(), 1.2))} className="react-flow__controls-zoomin" title="Zoom in" aria-label="Zoom in" disabled={limits[0] === '1'}>
        {PLUS_ICON}
      </ControlButton>
      <ControlButton onClick={() => move(zoomedBy(rf.getState(), 1 / 1.2))} className="react-flow__controls-zoomout" title="Zoom out" aria-label="Zoom out" disabled={limits[1] === '1'}>
        {MINUS_ICON}
      </ControlButton>
      <ControlButton onClick={fit} className="react-flow__controls-fitview" title="Fit view" aria-label="Fit view">
        {FIT_ICON}
      </ControlButton>
    </Controls>
  );
}
