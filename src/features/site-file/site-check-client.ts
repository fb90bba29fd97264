/**
 * Runs the site-file check: in a Web Worker where the browser has one, else on this thread (a task
 * of its own). Only the newest text's check counts: one overtaken by a newer text resolves null.
 * A reply that names the answer sent before gets that answer's object back, so the screen that
 * draws it sees no change.
 */
import { checkSiteText } from '../../domain/site-data';
import { checkedFile, type CheckedFile, type CheckOutcome } from './site-answer';
import { createSiteChecker, stampNow, type CheckJobReply } from './site-check-job';
import type { SiteCheckRequest, SiteCheckResponse } from './site-check-protocol';
import { isSlightReply, outcomeOfReply, type CheckWireReply } from './site-check-wire';
import type { EditedText } from './site-text';

export interface SiteCheckClient {
  /** The check of `text`, or null when a newer text overtook it. */
  check(text: EditedText): Promise<CheckedFile | null>;
  dispose(): void;
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./site-check.worker.ts', import.meta.url), { type: 'module', name: 'site-check' });
  } catch {
    return null;
  }
}

export function createSiteCheckClient(): SiteCheckClient {
  let worker = startWorker();
  let checker: ((text: string) => CheckJobReply) | null = null;
  let latest = 0;
  const pending = new Map<number, { text: EditedText; resolve: (file: CheckedFile | null) => void }>();
  /** The version of the text the worker holds, to send the next text as an edit of it. */
  let held: number | null = null;
  /** The last answer that came with its outcome, for replies that name it. */
  let kept: { id: number; outcome: CheckOutcome } | null = null;

  /** The reply's outcome, kept for the replies that name it or patch it. */
  const receive = (reply: CheckWireReply): CheckOutcome | null => {
    const outcome = outcomeOfReply(reply, kept);
    if (outcome !== null && reply.answerId !== null) kept = { id: reply.answerId, outcome };
    return outcome;
  };
  const fileOf = (reply: CheckWireReply, text: EditedText): CheckedFile => {
    const slight = isSlightReply(reply, kept);
    const outcome = receive(reply);
    // Never expected (replies arrive in order): check the text here rather than show nothing.
    if (outcome === null) return checkedFile(checkSiteText(text.doc.toString(), { generatedAt: stampNow() }));
    return { ...outcome, marks: reply.marks, ranges: new Map(reply.ranges), ...(slight && { slight }) };
  };
  const settle = (id: number, reply: CheckWireReply | null) => {
    const job = pending.get(id);
    if (job === undefined) return;
    pending.delete(id);
    job.resolve(reply === null ? null : fileOf(reply, job.text));
  };
  const onMainThread = (id: number, text: EditedText) => {
    // A task of its own, so the answer arrives as the worker's would: after this render.
    setTimeout(() => {
      if (id !== latest) return settle(id, null);
      checker ??= createSiteChecker();
      settle(id, checker(text.doc.toString()));
    }, 0);
  };
  const post = (target: Worker, id: number, text: EditedText) => {
    const edit = held === null ? null : text.editSince(held);
    held = text.version;
    target.postMessage((edit === null ? { id, text: text.doc.toString() } : { id, edit }) satisfies SiteCheckRequest);
  };

  if (worker !== null) {
    worker.onmessage = (event: MessageEvent<string>) => {
      const { id, reply } = JSON.parse(event.data) as SiteCheckResponse;
      if (pending.has(id)) settle(id, reply);
      // An overtaken check's answer is still the worker's last: keep it for replies that name it.
      else receive(reply);
    };
    worker.onerror = (event) => {
      // The worker could not start or crashed: every check from now on runs here, the newest first.
      event.preventDefault();
      worker?.terminate();
      worker = null;
      kept = null;
      for (const [id, job] of [...pending]) {
        if (id === latest) onMainThread(id, job.text);
        else settle(id, null);
      }
    };
  }

  return {
    check(text) {
      const id = ++latest;
      const answer = new Promise<CheckedFile | null>((resolve) => pending.set(id, { text, resolve }));
      // Older checks are overtaken: settle them now so nothing waits on them.
      for (const [old, job] of [...pending]) {
        if (old === id) continue;
        pending.delete(old);
        job.resolve(null);
      }
      if (worker === null) onMainThread(id, text);
      else post(worker, id, text);
      return answer;
    },
    dispose() {
      worker?.terminate();
      worker = null;
      for (const job of pending.values()) job.resolve(null);
      pending.clear();
    },
  };
}
