/**
 * Typical session sets for previews, tests and benchmarks: every connector charging at its rating,
 * or a seeded sample of them plugged in, so that the same seed always gives the same sessions.
 */
import { seededRandom } from '../random';
import type { MicrogridTopology } from '../topology';
import { byCodeUnits } from './errors';
import { fromTopology } from './from-topology';
import type { PowerNode, Session } from './types';

/** 32 A on three phases at 230 V: what an unrated AC connector is assumed to draw. */
export const DEFAULT_CONNECTOR_RATING_W = 22_080;

export interface SessionOptions {
  /** Minimum power of every session, W (capped at its request). */
  minPowerW?: number;
  /** Priority of every session. */
  priority?: number;
}

export interface SampleOptions extends SessionOptions {
  /** Share of connectors with a vehicle plugged in, 0..1 (rounded to a whole number of sessions). */
  fraction: number;
  /** Any integer; the same seed picks the same connectors. */
  seed: number;
  /** When given, each session's priority is drawn from these (seeded) instead of `priority`. */
  priorities?: readonly number[];
  /** When true, each request is drawn between half and all of the connector's rating (seeded). */
  varyRequests?: boolean;
}

const nodesOf = (source: MicrogridTopology | readonly PowerNode[]): readonly PowerNode[] =>
  Array.isArray(source) ? (source as readonly PowerNode[]) : fromTopology(source as MicrogridTopology);

/** A connector and what it asks for at its rating. */
export interface ConnectorRating {
  readonly id: string;
  readonly ratingW: number;
}

/**
 * Every connector with its rating (its own cap, else its parent's, a charge point's rating, else
 * the default), in connector-id order.
 */
export function connectorRatings(nodes: readonly PowerNode[]): ConnectorRating[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes
    .filter((n) => n.kind === 'CONNECTOR')
    .map((n) => {
      const parentCap = n.parentId === null ? null : (byId.get(n.parentId)?.maxPowerW ?? null);
      return { id: n.id, ratingW: n.maxPowerW ?? parentCap ?? DEFAULT_CONNECTOR_RATING_W };
    })
    .sort((a, b) => byCodeUnits(a.id, b.id));
}

function session(connectorId: string, requestedPowerW: number, options: SessionOptions): Session {
  const result: Session = { connectorId, requestedPowerW };
  if (options.minPowerW !== undefined) result.minPowerW = Math.min(options.minPowerW, requestedPowerW);
  if (options.priority !== undefined) result.priority = options.priority;
  return result;
}

/** One session per connector, each asking for the connector's full rating; in connector-id order. */
export function sessionsAtRating(
  source: MicrogridTopology | readonly PowerNode[],
  options: SessionOptions = {},
): Session[] {
  return connectorRatings(nodesOf(source)).map((c) => session(c.id, c.ratingW, options));
}

export { seededRandom };

/** `fraction` of the connectors, picked by a seeded shuffle; returned in connector-id order. */
export function sampleSessions(source: MicrogridTopology | readonly PowerNode[], options: SampleOptions): Session[] {
  return sampleOf(connectorRatings(nodesOf(source)), options);
}

/**
 * `sampleSessions` from the connectors as `connectorRatings` lists them (in connector-id order), for
 * a caller that keeps that list: the same seed picks the same connectors.
 */
export function sampleOf(connectors: readonly ConnectorRating[], options: SampleOptions): Session[] {
  const fraction = Math.min(1, Math.max(0, Number.isFinite(options.fraction) ? options.fraction : 0));
  const count = Math.round(fraction * connectors.length);
  const random = seededRandom(options.seed);
  // Partial Fisher–Yates over the id-sorted list: the pick depends on the seed, not the input order.
  const picked = Int32Array.from(connectors, (_, i) => i);
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (picked.length - i));
    const swap = picked[i]!;
    picked[i] = picked[j]!;
    picked[j] = swap;
  }
  // Back in list order, which is connector-id order (a repeated id: in list order too).
  const chosen = picked.subarray(0, count).sort();
  return Array.from(chosen, (k) => {
    const c = connectors[k]!;
    const request = options.varyRequests ? c.ratingW * (0.5 + random() / 2) : c.ratingW;
    const priorities = options.priorities;
    const priority =
      priorities && priorities.length > 0 ? priorities[Math.floor(random() * priorities.length)] : options.priority;
    return session(c.id, request, { ...options, priority });
  });
}
