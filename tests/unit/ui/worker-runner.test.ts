import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWorkerRunner, startWorker, type WorkerJobs } from '../../../src/ui/worker-runner';

/** A stand-in worker: keeps what it is sent; the test decides when and what it answers. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  readonly sent: unknown[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  reply(data: unknown) {
    this.onmessage?.({ data });
  }
  crash() {
    const event = { prevented: false, preventDefault() { this.prevented = true; } };
    this.onerror?.(event);
    return event.prevented;
  }
}

type Message = { id: number; value: string } | { side: string };

/** Jobs are strings; the worker answers "worker:<job>", this thread "here:<job>". */
function jobsFor(worker: FakeWorker | null) {
  const log: string[] = [];
  const jobs: WorkerJobs<string, string, Message> = {
    start: () => worker as unknown as Worker | null,
    post: (w, id, job) => w.postMessage({ id, job }),
    answerOf(message) {
      if ('side' in message) {
        log.push(`side ${message.side}`);
        return null;
      }
      return { id: message.id, read: (job) => `worker:${job}:${message.value}`, drop: () => log.push(`dropped ${message.id}`) };
    },
    runHere: (job) => {
      log.push(`here ${job}`);
      return `here:${job}`;
    },
    onCrash: () => log.push('crash'),
  };
  return { jobs, log };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.unstubAllGlobals());

describe('the worker runner', () => {
  it('posts each job with its number and answers it with the worker reply read for that job', async () => {
    const worker = new FakeWorker();
    const { jobs } = jobsFor(worker);
    const runner = createWorkerRunner(jobs);
    const answer = runner.run('a');
    expect(worker.sent).toEqual([{ id: 1, job: 'a' }]);
    worker.reply({ id: 1, value: 'x' });
    await expect(answer).resolves.toBe('worker:a:x');
  });

  it('resolves an overtaken job with null at once and drops its late answer unread', async () => {
    const worker = new FakeWorker();
    const { jobs, log } = jobsFor(worker);
    const runner = createWorkerRunner(jobs);
    const first = runner.run('a');
    const second = runner.run('b');
    await expect(first).resolves.toBeNull();
    worker.reply({ id: 1, value: 'late' });
    expect(log).toEqual(['dropped 1']);
    worker.reply({ id: 2, value: 'x' });
    await expect(second).resolves.toBe('worker:b:x');
  });

  it('passes messages that answer no job to the caller and keeps waiting', async () => {
    const worker = new FakeWorker();
    const { jobs, log } = jobsFor(worker);
    const runner = createWorkerRunner(jobs);
    const answer = runner.run('a');
    worker.reply({ side: 'check' });
    worker.reply({ id: 1, value: 'x' });
    expect(log).toEqual(['side check']);
    await expect(answer).resolves.toBe('worker:a:x');
  });

  it('runs jobs on this thread, in a later task, where there is no worker; only the newest', async () => {
    const { jobs, log } = jobsFor(null);
    const runner = createWorkerRunner(jobs);
    const first = runner.run('a');
    const second = runner.run('b');
    // Nothing runs in the task that asked.
    expect(log).toEqual([]);
    await expect(first).resolves.toBeNull();
    await expect(second).resolves.toBe('here:b');
    await tick();
    expect(log).toEqual(['here b']);
  });

  it('after a crash runs the newest waiting job here, and every later job too', async () => {
    const worker = new FakeWorker();
    const { jobs, log } = jobsFor(worker);
    const runner = createWorkerRunner(jobs);
    const waiting = runner.run('a');
    expect(worker.crash()).toBe(true);
    expect(worker.terminated).toBe(true);
    await expect(waiting).resolves.toBe('here:a');
    await expect(runner.run('b')).resolves.toBe('here:b');
    expect(log).toEqual(['crash', 'here a', 'here b']);
    expect(worker.sent).toEqual([{ id: 1, job: 'a' }]);
  });

  it('on dispose ends the worker and resolves the waiting job with null', async () => {
    const worker = new FakeWorker();
    const { jobs } = jobsFor(worker);
    const runner = createWorkerRunner(jobs);
    const waiting = runner.run('a');
    runner.dispose();
    expect(worker.terminated).toBe(true);
    await expect(waiting).resolves.toBeNull();
  });
});

describe('starting a worker', () => {
  it('gives null where the browser has no Worker, without building one', () => {
    vi.stubGlobal('Worker', undefined);
    const build = vi.fn(() => ({}) as Worker);
    expect(startWorker(build)).toBeNull();
    expect(build).not.toHaveBeenCalled();
  });

  it('gives null when the worker cannot be built', () => {
    vi.stubGlobal('Worker', class {});
    expect(
      startWorker(() => {
        throw new Error('blocked by the page policy');
      }),
    ).toBeNull();
  });
});
