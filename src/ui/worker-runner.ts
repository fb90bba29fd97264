/**
 * Runs jobs in a Web Worker where the browser has one, else on this thread (a task of its own, so
 * the answer arrives as the worker's would: after the render that asked). Only the newest job
 * counts: a job overtaken by a newer one resolves null at once, and its answer is dropped when it
 * comes. If the worker cannot start or crashes, every job from then on runs here, the newest
 * waiting one first.
 *
 * What a job is, how it travels and how an answer is read belong to the caller (`WorkerJobs`).
 */

/** A worker's message, read: the job it answers and how to read its answer. */
export interface WorkerAnswer<Job, Answer> {
  readonly id: number;
  /** Reads the answer for the job it answers; called only when that job is the one waiting. */
  read(job: Job): Answer;
  /** Called instead of `read` when no one waits for this answer any more. */
  drop?(): void;
}

export interface WorkerJobs<Job, Answer, Message> {
  /** The worker, or null where there is none (no Worker, or it cannot be built). */
  start(): Worker | null;
  /** Sends job `id` to the worker. */
  post(worker: Worker, id: number, job: Job): void;
  /** What a message from the worker answers, or null for a message that answers no job. */
  answerOf(message: Message): WorkerAnswer<Job, Answer> | null;
  /** Runs the job on this thread. */
  runHere(job: Job): Answer;
  /** The worker has gone: forget whatever was kept of its answers. */
  onCrash?(): void;
}

export interface WorkerRunner<Job, Answer> {
  /** The job's answer, or null when a newer job overtook it (or the runner was disposed). */
  run(job: Job): Promise<Answer | null>;
  dispose(): void;
}

/**
 * The worker `build` makes, or null where the browser has no Worker or cannot build it. `build`
 * must say `new Worker(new URL('./x.worker.ts', import.meta.url), { type: 'module' })` in full:
 * that is the form the bundler finds and bundles as a worker.
 */
export function startWorker(build: () => Worker): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return build();
  } catch {
    return null;
  }
}

export function createWorkerRunner<Job, Answer, Message>(jobs: WorkerJobs<Job, Answer, Message>): WorkerRunner<Job, Answer> {
  let worker = jobs.start();
  let latest = 0;
  // Only the newest job can be waiting: a new one settles the one before it.
  let waiting: { readonly id: number; readonly job: Job; readonly resolve: (answer: Answer | null) => void } | null = null;

  const settle = (answer: Answer | null) => {
    const done = waiting;
    waiting = null;
    done?.resolve(answer);
  };
  const runHere = (id: number) => {
    setTimeout(() => {
      if (waiting?.id === id) settle(jobs.runHere(waiting.job));
    }, 0);
  };

  if (worker !== null) {
    worker.onmessage = (event: MessageEvent<Message>) => {
      const answer = jobs.answerOf(event.data);
      if (answer === null) return;
      if (waiting?.id === answer.id) settle(answer.read(waiting.job));
      else answer.drop?.();
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker?.terminate();
      worker = null;
      jobs.onCrash?.();
      if (waiting !== null) runHere(waiting.id);
    };
  }

  return {
    run(job) {
      const id = ++latest;
      settle(null);
      const answer = new Promise<Answer | null>((resolve) => {
        waiting = { id, job, resolve };
      });
      if (worker === null) runHere(id);
      else jobs.post(worker, id, job);
      return answer;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      settle(null);
    },
  };
}
