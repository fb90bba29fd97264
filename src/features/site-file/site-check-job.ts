/**
 * The site-file check as one job, for a worker or this thread: text in, what the screen shows
 * out. It remembers the last answer it gave, so an edit that leaves the data as it was (a space,
 * a line break, a key typed and taken back) is neither derived again nor sent: the reply names
 * that answer by its id, and the page keeps the answer it has drawn. Only the marks move with
 * the text.
 */
import { checkSiteText, createDeriveMemo, type SiteCheck, type TextRange } from '../../domain/site-data';
import { marksOf, outcomeOf, type CheckOutcome, type EditorMark } from './site-answer';

export interface CheckJobReply {
  /** Names the answer: the same id, the same answer. Null when the file has none to keep (empty, not JSON...). */
  readonly answerId: number | null;
  /** Absent when the answer is the one last sent with `answerId`. */
  readonly outcome?: CheckOutcome;
  readonly marks: readonly EditorMark[];
  readonly ranges: ReadonlyArray<readonly [string, TextRange | null]>;
}

/** Now, to the second, as the derivation stamps an answer. */
export function stampNow(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

/** A check as the checker keeps it: the answer's id, and whether it is another than the last one given. */
export interface KeptCheck {
  readonly check: SiteCheck;
  /** Null when the file has no answer to keep (empty, not JSON...). */
  readonly answerId: number | null;
  /** The answer is not the one last given under an id (or there is none). */
  readonly isNew: boolean;
  readonly marks: readonly EditorMark[];
  readonly ranges: ReadonlyArray<readonly [string, TextRange | null]>;
}

/** Checks texts in turn, remembering the last answer: the same data as last time gives the same answer object and id. */
export function createCheckKeeper(now: () => string = stampNow): (text: string) => KeptCheck {
  let last: { check: SiteCheck; id: number } | null = null;
  let ids = 0;
  const memo = createDeriveMemo();
  return (text) => {
    const check = checkSiteText(text, { generatedAt: now(), previous: last?.check ?? null, memo });
    const { marks, ranges } = marksOf(check);
    const entries = [...ranges];
    if (check.kind !== 'answer') return { check, answerId: null, isNew: true, marks, ranges: entries };
    if (last !== null && last.check.kind === 'answer' && last.check.result === check.result) {
      return { check, answerId: last.id, isNew: false, marks, ranges: entries };
    }
    last = { check, id: ++ids };
    return { check, answerId: last.id, isNew: true, marks, ranges: entries };
  };
}

/** A checker that remembers its last answer (one per worker, or per page without one). */
export function createSiteChecker(now: () => string = stampNow): (text: string) => CheckJobReply {
  const keep = createCheckKeeper(now);
  return (text) => {
    const { check, answerId, isNew, marks, ranges } = keep(text);
    return isNew ? { answerId, outcome: outcomeOf(check), marks, ranges } : { answerId, marks, ranges };
  };
}
