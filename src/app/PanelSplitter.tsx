/**
 * A splitter between a side panel and the graph (the window splitter pattern): focusable, its
 * value the panel's width in px; arrows move it 16 px (64 with Shift), Home and End to the
 * narrowest and widest, Enter back to the first width; or drag it.
 */
import { useRef, type JSX, type KeyboardEvent, type PointerEvent } from 'react';
import { clampWidth, widthAfterKey, type WidthLimits } from './panel-width';

export interface PanelSplitterProps {
  /** "Resize the tree panel". */
  label: string;
  /** The id of the panel it resizes. */
  controls: string;
  width: number;
  limits: WidthLimits;
  /** Which side of the splitter the panel is on. */
  side: 'left' | 'right';
  onChange: (width: number) => void;
}

export function PanelSplitter({ label, controls, width, limits, side, onChange }: PanelSplitterProps): JSX.Element {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = widthAfterKey(event.key, event.shiftKey, width, limits, side === 'left' ? 'ArrowRight' : 'ArrowLeft');
    if (next === null) return;
    event.preventDefault();
    onChange(next);
  };
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (start === null || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const dx = event.clientX - start.x;
    onChange(clampWidth(start.width + (side === 'left' ? dx : -dx), limits));
  };
  return (
    <div
      role="separator"
      tabIndex={0}
      className="panel-splitter"
      data-side={side}
      aria-label={label}
      aria-controls={controls}
      aria-orientation="vertical"
      aria-valuenow={width}
      aria-valuemin={limits.min}
      aria-valuemax={limits.max}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
    />
  );
}
