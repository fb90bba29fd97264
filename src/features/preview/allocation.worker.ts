/**
 * The allocator off the main thread: a large depot's allocation (and its comparison and phase
 * check) runs here, so typing in the sessions table or switching strategy never waits for it.
 * The topology's power nodes arrive once; each job then names them by key.
 */
import type { PowerNode } from '../../domain/allocation';
import { runCheck, runJob, type JobInput } from './allocation-job';
import type { WorkerReply, WorkerRequest } from './allocation-protocol';

let nodes: { key: number; nodes: readonly PowerNode[] } | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'nodes') {
    nodes = { key: message.key, nodes: message.nodes };
    return;
  }
  // As JSON text: tens of thousands of small records arrive far faster parsed from one string
  // than structured-cloned one by one on the page's thread (every figure is a finite number).
  const send = (reply: WorkerReply) => self.postMessage(JSON.stringify(reply));
  if (nodes === null || nodes.key !== message.nodesKey) {
    send({ type: 'output', id: message.id, output: { ok: false, error: 'The allocator has not received this topology.' } });
    return;
  }
  const input: JobInput = { nodes: nodes.nodes, sessions: message.sessions, strategy: message.strategy, compare: message.compare };
  // The allocation first, so the overlay is painted; then the phase check, which reruns the allocator.
  const output = runJob(input, false);
  send({ type: 'output', id: message.id, output });
  if (output.ok) send({ type: 'check', id: message.id, check: runCheck(input) });
};
