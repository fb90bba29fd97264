/**
 * Runs the preview's allocation jobs: in a Web Worker where the browser has one (the allocator's
 * own module, bundled for the worker), else on this thread. Only the latest job's answer counts:
 * an answer to a job overtaken by a newer one is dropped.
 */
import type { PowerNode, Session, Strategy } from '../../domain/allocation';
import type { PhaseCheck } from '../../domain/preview';
import { compactSessions, expandResult, positionsOf, sessionBuffers, type CompactResult, type ResultObjects } from '../../domain/preview/compact-result';
import { runJob, type JobOutput } from './allocation-job';
import type { CompactOutput, WorkerReply, WorkerRequest } from './allocation-protocol';

export interface AllocatorClient {
  /**
   * Resolves with the job's output, or with null when a newer job overtook it. The phase check may
   * come after the output (from a worker): `onCheck` then receives it, unless a newer job started.
   */
  run(
    nodes: readonly PowerNode[],
    sessions: readonly Session[],
    strategy: Strategy,
    compare: boolean,
    onCheck?: (check: PhaseCheck | null) => void,
  ): Promise<JobOutput | null>;
  dispose(): void;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./allocation.worker.ts', import.meta.url), { type: 'module', name: 'allocator' });
  } catch {
    return null;
  }
}

export function createAllocatorClient(): AllocatorClient {
  let worker = startWorker();
  let latest = 0;
  const pending = new Map<number, (output: JobOutput | null) => void>();
  let checkListener: { id: number; onCheck: (check: PhaseCheck | null) => void } | null = null;
  // Power nodes are sent once per array (per topology), then named by key (and sessions by position).
  const keys = new WeakMap<readonly PowerNode[], { key: number; at: ReadonlyMap<string, number> }>();
  let nextKey = 0;
  let lastJob: { id: number; nodes: readonly PowerNode[]; sessions: readonly Session[]; strategy: Strategy; compare: boolean } | null = null;
  // The last result read back, so that what an answer leaves unchanged keeps its objects.
  let lastRead: { nodes: readonly PowerNode[]; objects: ResultObjects } | null = null;
  const read = (nodes: readonly PowerNode[], compact: CompactResult, keep: boolean) => {
    const { result, objects } = expandResult(nodes, compact, lastRead?.nodes === nodes ? lastRead.objects : null);
    if (keep) lastRead = { nodes, objects };
    return result;
  };
  const readOutput = (nodes: readonly PowerNode[], output: CompactOutput): JobOutput =>
    output.ok ? { ok: true, result: read(nodes, output.result, true), other: output.other === null ? null : read(nodes, output.other, false), check: null } : output;

  const settle = (id: number, output: JobOutput | null) => {
    const resolve = pending.get(id);
    pending.delete(id);
    resolve?.(id === latest ? output : null);
  };
  const onMainThread = (id: number, nodes: readonly PowerNode[], sessions: readonly Session[], strategy: Strategy, compare: boolean) => {
    // A task of its own, so the answer arrives as the worker's would: after this render.
    setTimeout(() => settle(id, id === latest ? runJob({ nodes, sessions, strategy, compare }) : null), 0);
  };

  /** Asks the worker for job `id`'s phase check once the frame showing its allocation is painted (if still the latest). */
  const askCheckAfterPaint = (id: number) => {
    let asked = false;
    const ask = () => {
      if (asked || id !== latest || worker === null) return;
      asked = true;
      worker.postMessage({ type: 'check', id } satisfies WorkerRequest);
    };
    requestAnimationFrame(() => setTimeout(ask, 0));
    // Where no frame comes (a page in the background), it is asked for all the same.
    setTimeout(ask, 250);
  };

  if (worker !== null) {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'output') {
        // Only the latest job's answer is read back; older ones are dropped unread.
        const job = lastJob;
        const current = job !== null && reply.id === job.id;
        settle(reply.id, current ? readOutput(job.nodes, reply.output) : null);
        if (current && reply.output.ok) askCheckAfterPaint(reply.id);
      } else if (checkListener !== null && checkListener.id === reply.id && reply.id === latest) checkListener.onCheck(reply.check);
    };
    worker.onerror = (event) => {
      // The worker could not start or crashed: every job from now on runs here.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      // The latest job, if still waiting, runs here instead; older ones are dropped.
      const job = lastJob;
      for (const id of [...pending.keys()]) if (job === null || id !== job.id) settle(id, null);
      if (job !== null && pending.has(job.id)) onMainThread(job.id, job.nodes, job.sessions, job.strategy, job.compare);
    };
  }

  return {
    run(nodes, sessions, strategy, compare, onCheck) {
      const id = ++latest;
      checkListener = onCheck === undefined ? null : { id, onCheck };
      lastJob = { id, nodes, sessions, strategy, compare };
      const answer = new Promise<JobOutput | null>((resolve) => pending.set(id, resolve));
      // Older jobs will be dropped on arrival; settle them now so nothing waits on them.
      for (const old of [...pending.keys()]) if (old !== id) settle(old, null);
      if (worker === null) {
        onMainThread(id, nodes, sessions, strategy, compare);
        return answer;
      }
      let known = keys.get(nodes);
      if (known === undefined) {
        known = { key: ++nextKey, at: positionsOf(nodes) };
        keys.set(nodes, known);
        worker.postMessage({ type: 'nodes', key: known.key, nodes } satisfies WorkerRequest);
      }
      // As typed arrays, handed over: far less work here than copying ten thousand objects.
      const compact = compactSessions(sessions, known.at);
      const job: WorkerRequest = { type: 'job', id, nodesKey: known.key, sessions: compact ?? sessions, strategy, compare };
      worker.postMessage(job, compact === null ? [] : sessionBuffers(compact));
      return answer;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const id of [...pending.keys()]) settle(id, null);
    },
  };
}
