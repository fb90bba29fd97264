/**
 * Runs the site-file check: in a Web Worker where the browser has one, else on this thread (a task
 * of its own). Only the newest text's check counts: one overtaken by a newer text resolves null
 * (see `createWorkerRunner`). A reply that names the answer sent before gets that answer's object
 * back, so the screen that draws it sees no change.
 */
import { checkSiteText } from '../../domain/site-data';
import { createWorkerRunner, startWorker } from '../../ui/worker-runner';
import { checkedFile, type CheckedFile, type CheckOutcome } from './site-answer';
import { createSiteChecker, stampNow, type CheckJobReply } from './site-check-job';
import type { SiteCheckRequest, SiteCheckResponse } from './site-check-protocol';
import { isSlightReply, outcomeOfReply, type CheckWireReply } from './site-check-wire';

export interface SiteCheckClient {
  /** The check of `text`, or null when a newer text overtook it. */
  check(text: string): Promise<CheckedFile | null>;
  dispose(): void;
}

export function createSiteCheckClient(): SiteCheckClient {
  let checker: ((text: string) => CheckJobReply) | null = null;
  /** The last answer that came with its outcome, for replies that name it. */
  let kept: { id: number; outcome: CheckOutcome } | null = null;

  /** The reply's outcome, kept for the replies that name it or patch it. */
  const receive = (reply: CheckWireReply): CheckOutcome | null => {
    const outcome = outcomeOfReply(reply, kept);
    if (outcome !== null && reply.answerId !== null) kept = { id: reply.answerId, outcome };
    return outcome;
  };
  const fileOf = (reply: CheckWireReply, text: string): CheckedFile => {
    const slight = isSlightReply(reply, kept);
    const outcome = receive(reply);
    // Never expected (replies arrive in order): check the text here rather than show nothing.
    if (outcome === null) return checkedFile(checkSiteText(text, { generatedAt: stampNow() }));
    return { ...outcome, marks: reply.marks, ranges: new Map(reply.ranges), ...(slight && { slight }) };
  };

  const runner = createWorkerRunner<string, CheckedFile, string>({
    start: () => startWorker(() => new Worker(new URL('./site-check.worker.ts', import.meta.url), { type: 'module', name: 'site-check' })),
    post: (worker, id, text) => worker.postMessage({ id, text } satisfies SiteCheckRequest),
    answerOf(data) {
      const { id, reply } = JSON.parse(data) as SiteCheckResponse;
      return {
        id,
        read: (text) => fileOf(reply, text),
        // An overtaken check's answer is still the worker's last: keep it for replies that name it.
        drop: () => void receive(reply),
      };
    },
    runHere(text) {
      checker ??= createSiteChecker();
      return fileOf(checker(text), text);
    },
    // The worker's answers are gone with it; the checks run here from now on.
    onCrash: () => {
      kept = null;
    },
  });

  return { check: (text) => runner.run(text), dispose: () => runner.dispose() };
}
