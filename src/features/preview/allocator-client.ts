/**
 * Runs the preview's allocation jobs: in a Web Worker where the browser has one (the allocator's
 * own module, bundled for the worker), else on this thread. Only the latest job's answer counts:
 * an answer to a job overtaken by a newer one is dropped unread (see `createWorkerRunner`). A
 * job's phase check runs in a second worker once its allocation is painted, so that the next
 * change never waits behind it.
 */
import type { PowerNode, Session, Strategy } from '../../domain/allocation';
import type { PhaseCheck } from '../../domain/preview';
import { expandResult, type CompactResult, type ResultObjects } from '../../domain/preview/compact-result';
import { createWorkerRunner, startWorker } from '../../ui/worker-runner';
import { runCheck, runJob, type JobOutput } from './allocation-job';
import type { CheckReply, CheckRequest, CompactOutput, WorkerReply, WorkerRequest } from './allocation-protocol';
import { createNodesSender } from './worker-nodes';

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

interface CheckJob {
  readonly nodes: readonly PowerNode[];
  readonly sessions: readonly Session[];
  readonly strategy: Strategy;
}

/** Phase checks in a worker of their own (or here, without one); the newest wins, as for jobs. */
function createCheckRunner() {
  const sendNodes = createNodesSender();
  return createWorkerRunner<CheckJob, { check: PhaseCheck | null }, CheckReply>({
    start: () => startWorker(() => new Worker(new URL('./phase-check.worker.ts', import.meta.url), { type: 'module', name: 'phase check' })),
    post(to, id, { nodes, sessions, strategy }) {
      const posted = sendNodes(to, nodes, sessions);
      to.postMessage({ type: 'check', id, nodesKey: posted.nodesKey, sessions: posted.sessions, strategy } satisfies CheckRequest, posted.transfer);
    },
    answerOf: (reply) => ({ id: reply.id, read: () => ({ check: reply.check }) }),
    runHere: (job) => ({ check: runCheck({ ...job, compare: false }) }),
  });
}

export function createAllocatorClient(): AllocatorClient {
  const sendNodes = createNodesSender();
  /** Jobs waiting to be posted behind a topology's first (see `post`). */
  let pending = 0;
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
  let checks: ReturnType<typeof createCheckRunner> | null = null;
  /** Runs job `id`'s phase check once the frame showing its allocation is painted (if it is still the newest). */
  const checkAfterPaint = (id: number, job: Job) => {
    let asked = false;
    const ask = () => {
      if (asked || checkListener === null || checkListener.id !== id) return;
      asked = true;
      checks ??= createCheckRunner();
      void checks.run({ nodes: job.nodes, sessions: job.sessions, strategy: job.strategy }).then((answer) => {
        if (answer !== null && checkListener !== null && checkListener.id === id) checkListener.onCheck(answer.check);
      });
    };
    requestAnimationFrame(() => setTimeout(ask, 0));
    // Where no frame comes (a page in the background), it is asked for all the same.
    setTimeout(ask, 250);
  };

  const runner = createWorkerRunner<Job, JobOutput, WorkerReply>({
    start: () => startWorker(() => new Worker(new URL('./allocation.worker.ts', import.meta.url), { type: 'module', name: 'allocator' })),
    post(to, id, { nodes, sessions, strategy, compare, onCheck }) {
      checkListener = onCheck === undefined ? null : { id, onCheck };
      const send = () => {
        const posted = sendNodes(to, nodes, sessions);
        to.postMessage({ type: 'job', id, nodesKey: posted.nodesKey, sessions: posted.sessions, strategy, compare } satisfies WorkerRequest, posted.transfer);
      };
      // A topology's first job (opening the preview) copies every node to the worker: in a task of
      // its own, so that it does not lengthen the one that renders the preview. Jobs posted
      // meanwhile wait their turn behind it, in order.
      if (sendNodes.has(nodes) && pending === 0) send();
      else {
        pending++;
        setTimeout(() => {
          pending--;
          send();
        }, 0);
      }
    },
    answerOf(reply) {
      return {
        id: reply.id,
        read: (job) => {
          const output = readOutput(job.nodes, reply.output);
          if (output.ok) checkAfterPaint(reply.id, job);
          return output;
        },
      };
    },
    runHere: (job) => runJob(job),
  });

  return {
    run: (nodes, sessions, strategy, compare, onCheck) => runner.run({ nodes, sessions, strategy, compare, onCheck }),
    dispose() {
      checkListener = null;
      runner.dispose();
      checks?.dispose();
    },
  };
}
