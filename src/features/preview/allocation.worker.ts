/**
 * The allocator off the main thread: a large depot's allocation (and its comparison and phase
 * check) runs here, so typing in the sessions table or switching strategy never waits for it.
 * The topology's power nodes arrive once; each job then names them by key.
 */
import type { PowerNode } from '../../domain/allocation';
import { runJob, type JobInput } from './allocation-job';
import type { WorkerReply, WorkerRequest } from './allocation-protocol';

let nodes: { key: number; nodes: readonly PowerNode[] } | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'nodes') {
    nodes = { key: message.key, nodes: message.nodes };
    return;
  }
  let reply: WorkerReply;
  if (nodes === null || nodes.key !== message.nodesKey) {
    reply = { id: message.id, output: { ok: false, error: 'The allocator has not received this topology.' } };
  } else {
    const input: JobInput = { nodes: nodes.nodes, sessions: message.sessions, strategy: message.strategy, compare: message.compare };
    reply = { id: message.id, output: runJob(input) };
  }
  self.postMessage(reply);
};
