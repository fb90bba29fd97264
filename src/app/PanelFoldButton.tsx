/**
 * Folds a side panel away, or brings it back: a disclosure button (aria-expanded) that stays in the
 * toolbar above the workspace while its panel is folded, so the graph gets the panel's width.
 */
import type { JSX } from 'react';

export interface PanelFoldButtonProps {
  /** "Tree panel", "Details panel". */
  label: string;
  /** The id of the panel it folds. */
  controls: string;
  open: boolean;
  /** Which side of the graph the panel is on: the arrow points the way the panel goes. */
  side: 'left' | 'right';
  onChange: (open: boolean) => void;
}

export function PanelFoldButton({ label, controls, open, side, onChange }: PanelFoldButtonProps): JSX.Element {
  const arrow = side === 'left' ? (open ? '◂' : '▸') : open ? '▸' : '◂';
  return (
    <button type="button" className={`panel-fold panel-fold--${side}`} aria-expanded={open} aria-controls={controls} onClick={() => onChange(!open)}>
      {side === 'left' && <span aria-hidden="true">{arrow}</span>} {label} {side === 'right' && <span aria-hidden="true">{arrow}</span>}
    </button>
  );
}
