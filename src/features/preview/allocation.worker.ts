/**
 * The allocator off the main thread: a large depot's allocation (and its comparison) runs here, so
 * typing in the sessions table or switching strategy never waits for it. The phase check, a second
 * run of the allocator, has a worker of its own (`phase-check.worker.ts`). The topology's power
 * nodes arrive once; each job then names them by key.
 */
import type { PowerNode, Session } from '../../domain/allocation';
import { compactBuffers, compactResult, expandSessions, positionsOf, type CompactSessions } from '../../domain/preview/compact-result';
import { runJob, type JobInput } from './allocation-job';
import type { CompactOutput, WorkerReply, WorkerRequest } from './allocation-protocol';

let nodes: { key: number; nodes: readonly PowerNode[]; at: ReadonlyMap<string, number> } | null = null;
/** The last result's load positions (they come in the same order each time): guesses for the next. */
let lastLoadAt: { key: number; at: Int32Array } | null = null;

const send = (reply: WorkerReply, transfer: Transferable[] = []) => self.postMessage(reply, { transfer });

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const message = event.data;
  if (message.type === 'nodes') {
    nodes = { key: message.key, nodes: message.nodes, at: positionsOf(message.nodes) };
    return;
  }
  if (nodes === null || nodes.key !== message.nodesKey) {
    send({ type: 'output', id: message.id, output: { ok: false, error: 'The allocator has not received this topology.' } });
    return;
  }
  const sessions = Array.isArray(message.sessions) ? (message.sessions as readonly Session[]) : expandSessions(nodes.nodes, message.sessions as CompactSessions);
  const input: JobInput = { nodes: nodes.nodes, sessions, strategy: message.strategy, compare: message.compare };
  const output = runJob(input, false);
  if (!output.ok) {
    send({ type: 'output', id: message.id, output });
    return;
  }
  // As typed arrays, handed over rather than copied: tens of thousands of small records would
  // otherwise be rebuilt one by one on the page's thread.
  const compactInput = Array.isArray(message.sessions) ? null : (message.sessions as CompactSessions);
  const guesses = { nodes: nodes.nodes, sessionAt: compactInput?.at, loadAt: lastLoadAt?.key === nodes.key ? lastLoadAt.at : null };
  const result = compactResult(output.result, nodes.at, guesses);
  const other = output.other === null ? null : compactResult(output.other, nodes.at, guesses);
  // A copy: the result's own arrays are handed over to the page.
  lastLoadAt = { key: nodes.key, at: result.loadAt.slice() };
  const compact: CompactOutput = { ok: true, result, other };
  send({ type: 'output', id: message.id, output: compact }, [...compactBuffers(result), ...(other === null ? [] : compactBuffers(other))]);
};
