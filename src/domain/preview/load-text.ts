/**
 * A node's load in words, the same on the graph, the tree and the details: "540 kW of 600 kW",
 * "90%", "60 kW headroom" or "binding", and per phase "L1 12.0 A of 32 A".
 */
import type { NodeLoad, SessionAllocation } from '../allocation';
import { amperes, formatAmperes, formatKilowatts, formatPercent, watts } from '../units';
import { fullestCap, loadBand, type LoadBand } from './outcome';

export interface LoadText {
  /** "540 kW of 600 kW", or "540 kW" without a watt cap. */
  readonly flow: string;
  /** "90%", or null without any cap. */
  readonly percent: string | null;
  /** "60 kW headroom", "binding", or null without a watt cap. */
  readonly headroom: string | null;
  readonly band: LoadBand | null;
  /** 0..1 for the bar's fill; null without a cap. */
  readonly fill: number | null;
  /** Per phase, when the node has a current cap: "L1 12 A of 32 A". */
  readonly phases: readonly string[];
  /** All of it in one phrase, for an accessible name. */
  readonly summary: string;
}

const kw = (w: number | null): string => formatKilowatts(w === null ? null : watts(w));
const amps = (a: number | null): string => formatAmperes(a === null ? null : amperes(a));

export function loadText(load: NodeLoad): LoadText {
  const fullest = fullestCap(load);
  const share = fullest?.share ?? null;
  const band = loadBand(load);
  const flow = load.maxPowerW === null ? kw(load.flowW) : `${kw(load.flowW)} of ${kw(load.maxPowerW)}`;
  const headroom = load.binding ? 'binding' : load.headroomW === null ? null : `${kw(load.headroomW)} headroom`;
  const phases =
    load.currentA !== undefined && load.maxCurrentA !== undefined && load.maxCurrentA !== null
      ? load.currentA.map((a, i) => `L${i + 1} ${amps(a)} of ${amps(load.maxCurrentA ?? null)}`)
      : [];
  // The share of the fullest cap; a phase's current when that is fuller than the watts.
  const percent = fullest === null ? null : `${formatPercent(fullest.share)}${fullest.phase === null ? '' : ` on ${fullest.phase}`}`;
  const parts = [`load ${flow}`, percent, headroom, ...phases];
  return {
    flow,
    percent,
    headroom,
    band,
    fill: share === null ? null : Math.min(1, Math.max(0, share)),
    phases,
    summary: parts.filter((p): p is string => p !== null).join(', '),
  };
}

/** "22.1 kW allocated of 150 kW asked". */
export function allocationText(session: SessionAllocation): string {
  return `${kw(session.allocatedW)} allocated of ${kw(session.requestedPowerW)} asked`;
}
