/**
 * Power nodes travel to a worker once per array (per topology); jobs then name them by key, and
 * sessions name their connectors by position among them (see `compactSessions`).
 */
import type { PowerNode, Session } from '../../domain/allocation';
import { compactSessions, positionsOf, sessionBuffers } from '../../domain/preview/compact-result';
import type { JobSessions, NodesMessage } from './allocation-protocol';

/** Each nodes array's positions by id, worked out once (both workers' clients use them). */
const positions = new WeakMap<readonly PowerNode[], ReadonlyMap<string, number>>();

function positionsFor(nodes: readonly PowerNode[]): ReadonlyMap<string, number> {
  let at = positions.get(nodes);
  if (at === undefined) {
    at = positionsOf(nodes);
    positions.set(nodes, at);
  }
  return at;
}

export interface PostedSessions {
  readonly nodesKey: number;
  readonly sessions: JobSessions;
  /** The sessions' buffers, to hand over with the message. */
  readonly transfer: Transferable[];
}

export interface NodesSender {
  /** Sends `to` the nodes if it has not had them yet; the key they go by, and the sessions ready to post. */
  (to: Worker, nodes: readonly PowerNode[], sessions: readonly Session[]): PostedSessions;
  /** Whether the worker already has these nodes (sending them copies every node: a task's worth of work). */
  has(nodes: readonly PowerNode[]): boolean;
}

/**
 * For one worker: sends it `nodes` the first time they are used, and gives the key they go by and
 * the sessions ready to post (as typed arrays where they can be: far less work on this thread than
 * copying ten thousand objects).
 */
export function createNodesSender(): NodesSender {
  const keys = new WeakMap<readonly PowerNode[], number>();
  let nextKey = 0;
  const send = (to: Worker, nodes: readonly PowerNode[], sessions: readonly Session[]): PostedSessions => {
    let key = keys.get(nodes);
    if (key === undefined) {
      key = ++nextKey;
      keys.set(nodes, key);
      to.postMessage({ type: 'nodes', key, nodes } satisfies NodesMessage);
    }
    const compact = compactSessions(sessions, positionsFor(nodes));
    return { nodesKey: key, sessions: compact ?? sessions, transfer: compact === null ? [] : sessionBuffers(compact) };
  };
  return Object.assign(send, { has: (nodes: readonly PowerNode[]) => keys.has(nodes) });
}
