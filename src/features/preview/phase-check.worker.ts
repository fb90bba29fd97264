/**
 * The phase check off the main thread, in a worker of its own: it is a second run of the allocator
 * (phase-blind), and a change made while it runs must not wait behind it for its allocation.
 */
import type { PowerNode, Session } from '../../domain/allocation';
import { expandSessions, type CompactSessions } from '../../domain/preview/compact-result';
import { runCheck } from './allocation-job';
import type { CheckReply, CheckRequest } from './allocation-protocol';

let nodes: { key: number; nodes: readonly PowerNode[] } | null = null;

const send = (reply: CheckReply) => self.postMessage(reply);

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const message = event.data;
  if (message.type === 'nodes') {
    nodes = { key: message.key, nodes: message.nodes };
    return;
  }
  if (nodes === null || nodes.key !== message.nodesKey) {
    send({ type: 'check', id: message.id, check: null });
    return;
  }
  const sessions = Array.isArray(message.sessions) ? (message.sessions as readonly Session[]) : expandSessions(nodes.nodes, message.sessions as CompactSessions);
  send({ type: 'check', id: message.id, check: runCheck({ nodes: nodes.nodes, sessions, strategy: message.strategy, compare: false }) });
};
