/**
 * One small glyph per node kind, shared by every view so a kind looks the same everywhere.
 * Decorative: the kind is always also said in text or in an accessible label.
 */
import type { NodeKind } from '../domain/topology';

// A Map: kinds are open strings, and `constructor` must fall to the unknown glyph, not a function.
const PATHS: ReadonlyMap<string, string> = new Map(Object.entries({
  // a pylon
  MICROGRID: 'M12 2 7 22h2l1-4h4l1 4h2L12 2Zm-1.5 14 1.5-6 1.5 6h-3ZM5 8h14v2H5z',
  // a plug into the grid
  GRID_CONNECTION: 'M9 2v5H7v5a5 5 0 0 0 4 4.9V22h2v-5.1a5 5 0 0 0 4-4.9V7h-2V2h-2v5h-2V2H9Z',
  // a breaker / branch
  CIRCUIT: 'M4 11h4l2-5 4 12 2-7h4v2h-2.5L14 20 10 8l-.6 5H4z',
  // a charging post with a bolt
  CHARGE_POINT: 'M6 3h9v18H6V3Zm2 2v5h5V5H8Zm9 4h2v7a2 2 0 0 1-4 0v-2h2v2-7Zm-6.5 3L9 16h2l-.5 3 2.5-4h-2l.5-3Z',
  // a plug face
  CONNECTOR: 'M12 3a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-3 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm6 0a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Zm-3 5a1.5 1.5 0 1 1 0 3 1.5 1.5 0 0 1 0-3Z',
}));

/** Circle with a question mark, for kinds the contract does not name. */
const UNKNOWN = 'M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18Zm0 14a1.2 1.2 0 1 1 0-2.4 1.2 1.2 0 0 1 0 2.4Zm1-4h-2c0-2.5 3-2.5 3-4.5a2 2 0 0 0-4 0H8a4 4 0 0 1 8 0c0 2.8-3 3-3 4.5Z';

export function KindIcon({ kind, size = 16 }: { kind: NodeKind; size?: number }) {
  return (
    <svg
      className="kind-icon"
      data-kind={kind}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS.get(kind) ?? UNKNOWN} fill="currentColor" fillRule="evenodd" />
    </svg>
  );
}
