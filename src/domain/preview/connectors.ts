/**
 * What the preview needs to know of a depot's connectors: which ids are connectors, each one's
 * node and rating, and the one order (UTF-16 code units, as the allocator's) sessions are kept in.
 */
import { fromTopology, type Session } from '../allocation';
import { connectorRatings, type ConnectorRating } from '../allocation/sample-sessions';
import type { MicrogridNode, MicrogridTopology } from '../topology';
import { byCodeUnits } from '../allocation/errors';

export interface Connector {
  readonly node: MicrogridNode;
  /** What 'rated' asks for: its own cap, else its charge point's, else the default. */
  readonly ratingW: number;
}

const ratingLists = new WeakMap<MicrogridTopology, readonly ConnectorRating[]>();

/**
 * The depot's connectors with their ratings, in connector-id order (what `sessionsAtRating` and
 * `sampleSessions` start from); worked out once per topology, and never written to.
 */
export function ratingsOf(topology: MicrogridTopology): readonly ConnectorRating[] {
  let ratings = ratingLists.get(topology);
  if (ratings === undefined) {
    ratings = Object.freeze(connectorRatings(fromTopology(topology)));
    ratingLists.set(topology, ratings);
  }
  return ratings;
}

const connectorMaps = new WeakMap<MicrogridTopology, ReadonlyMap<string, Connector>>();

/** The depot's connectors by id (the first node wins should an id repeat); worked out once per topology. */
export function connectorsOf(topology: MicrogridTopology): ReadonlyMap<string, Connector> {
  const known = connectorMaps.get(topology);
  if (known !== undefined) return known;
  const ratings = new Map(ratingsOf(topology).map((c) => [c.id, c.ratingW]));
  const connectors = new Map<string, Connector>();
  for (const node of topology.nodes) {
    if (node.kind !== 'CONNECTOR' || connectors.has(node.id)) continue;
    connectors.set(node.id, { node, ratingW: ratings.get(node.id)! });
  }
  connectorMaps.set(topology, connectors);
  return connectors;
}

export { byCodeUnits } from '../allocation/errors';

/**
 * Sessions in connector-id order (a new array). Sessions already in that order (a preset's, with
 * edits that add none) are copied as they are, without a sort: the same array a stable sort gives.
 */
export function inConnectorOrder(sessions: readonly Session[]): Session[] {
  for (let i = 1; i < sessions.length; i++) {
    if (byCodeUnits(sessions[i - 1]!.connectorId, sessions[i]!.connectorId) > 0) {
      return sessions.slice().sort((a, b) => byCodeUnits(a.connectorId, b.connectorId));
    }
  }
  return sessions.slice();
}

/** A session's own copy, with only the fields it has. */
export function copySession(session: Session): Session {
  const copy: Session = { connectorId: session.connectorId, requestedPowerW: session.requestedPowerW };
  if (session.minPowerW !== undefined) copy.minPowerW = session.minPowerW;
  if (session.priority !== undefined) copy.priority = session.priority;
  if (session.phases !== undefined) copy.phases = session.phases;
  return copy;
}

/**
 * Sessions by connector id (the last wins, as in `applyEdits`), worked out once per session set:
 * a preset's, then the table's, then its allocation's, each strategy's.
 */
const sessionMaps = new WeakMap<readonly Session[], ReadonlyMap<string, Session>>();

export function sessionsById(sessions: readonly Session[]): ReadonlyMap<string, Session> {
  let map = sessionMaps.get(sessions);
  if (map === undefined) {
    map = new Map(sessions.map((s) => [s.connectorId, s]));
    sessionMaps.set(sessions, map);
  }
  return map;
}
