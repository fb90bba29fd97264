/**
 * Runs the preview's allocation jobs: in a Web Worker where the browser has one (the allocator's
 * own module, bundled for the worker), else on this thread. Only the latest job's answer counts:
 * an answer to a job overtaken by a newer one is dropped unread (see `createWorkerRunner`).
 */
import type { PowerNode, Session, Strategy } from '../../domain/allocation';
import type { PhaseCheck } from '../../domain/preview';
import { compactSessions, expandResult, positionsOf, sessionBuffers, type CompactResult, type ResultObjects } from '../../domain/preview/compact-result';
import { createWorkerRunner, startWorker } from '../../ui/worker-runner';
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

interface Job {
  readonly nodes: readonly PowerNode[];
  readonly sessions: readonly Session[];
  readonly strategy: Strategy;
  readonly compare: boolean;
  readonly onCheck: ((check: PhaseCheck | null) => void) | undefined;
}

export function createAllocatorClient(): AllocatorClient {
  // Power nodes are sent once per array (per topology), then named by key (and sessions by position).
  const keys = new WeakMap<readonly PowerNode[], { key: number; at: ReadonlyMap<string, number> }>();
  let nextKey = 0;
  // The newest job posted to the worker, and who waits for its phase check (which comes after its output).
  let checkListener: { id: number; onCheck: (check: PhaseCheck | null) => void } | null = null;
  // The last result read back, so that what an answer leaves unchanged keeps its objects.
  let lastRead: { nodes: readonly PowerNode[]; objects: ResultObjects } | null = null;
  const read = (nodes: readonly PowerNode[], compact: CompactResult, keep: boolean) => {
    const { result, objects } = expandResult(nodes, compact, lastRead?.nodes === nodes ? lastRead.objects : null);
    if (keep) lastRead = { nodes, objects };
    return result;
  };
  const readOutput = (nodes: readonly PowerNode[], output: CompactOutput): JobOutput =>
    output.ok ? { ok: true, result: read(nodes, output.result, true), other: output.other === null ? null : read(nodes, output.other, false), check: null } : output;
  // The worker jobs go to, for asking it for a phase check.
  let worker: Worker | null = null;
  /** Asks the worker for job `id`'s phase check once the frame showing its allocation is painted (if it is still the newest). */
  const askCheckAfterPaint = (id: number) => {
    let asked = false;
    const ask = () => {
      if (asked || worker === null || checkListener === null || checkListener.id !== id) return;
      asked = true;
      worker.postMessage({ type: 'check', id } satisfies WorkerRequest);
    };
    requestAnimationFrame(() => setTimeout(ask, 0));
    // Where no frame comes (a page in the background), it is asked for all the same.
    setTimeout(ask, 250);
  };

  const runner = createWorkerRunner<Job, JobOutput, WorkerReply>({
    start: () => startWorker(() => new Worker(new URL('./allocation.worker.ts', import.meta.url), { type: 'module', name: 'allocator' })),
    post(to, id, { nodes, sessions, strategy, compare, onCheck }) {
      worker = to;
      checkListener = onCheck === undefined ? null : { id, onCheck };
      let known = keys.get(nodes);
      if (known === undefined) {
        known = { key: ++nextKey, at: positionsOf(nodes) };
        keys.set(nodes, known);
        to.postMessage({ type: 'nodes', key: known.key, nodes } satisfies WorkerRequest);
      }
      // As typed arrays, handed over: far less work here than copying ten thousand objects.
      const compact = compactSessions(sessions, known.at);
      const job: WorkerRequest = { type: 'job', id, nodesKey: known.key, sessions: compact ?? sessions, strategy, compare };
      to.postMessage(job, compact === null ? [] : sessionBuffers(compact));
    },
    answerOf(reply) {
      if (reply.type === 'output') {
        return {
          id: reply.id,
          read: (job) => {
            const output = readOutput(job.nodes, reply.output);
            if (output.ok) askCheckAfterPaint(reply.id);
            return output;
          },
        };
      }
      // The phase check of the newest job, after its output (when asked for).
      if (checkListener !== null && checkListener.id === reply.id) checkListener.onCheck(reply.check);
      return null;
    },
    runHere: (job) => runJob(job),
    onCrash: () => {
      worker = null;
    },
  });

  return {
    run: (nodes, sessions, strategy, compare, onCheck) => runner.run({ nodes, sessions, strategy, compare, onCheck }),
    dispose() {
      checkListener = null;
      worker = null;
      runner.dispose();
    },
  };
}
