/**
 * The site-file check as one job, for a worker or this thread: text in, what the screen shows
 * out. It remembers the last answer it gave, so an edit that leaves the answer as it was (a space,
 * a line break, a key typed and taken back) is answered with that answer's id alone: the page
 * keeps the answer it has drawn, and nothing large is sent, parsed or drawn again. Only the marks
 * move with the text.
 */
import { checkSiteText, type DeriveResult, type TextRange } from '../../domain/site-data';
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

/** The answer as text with its time stamp left out: two checks with one key show the same. */
function answerKey(result: DeriveResult): string {
  return JSON.stringify(result.status === 200 ? { ...result.body, generated_at: null } : result.body);
}

/** A checker that remembers its last answer (one per worker, or per page without one). */
export function createSiteChecker(now: () => string = stampNow): (text: string) => CheckJobReply {
  let last: { key: string; id: number } | null = null;
  let ids = 0;
  return (text) => {
    const check = checkSiteText(text, { generatedAt: now() });
    const { marks, ranges } = marksOf(check);
    const entries = [...ranges];
    if (check.kind !== 'answer') return { answerId: null, outcome: outcomeOf(check), marks, ranges: entries };
    const key = answerKey(check.result);
    if (last !== null && last.key === key) return { answerId: last.id, marks, ranges: entries };
    last = { key, id: ++ids };
    return { answerId: last.id, outcome: outcomeOf(check), marks, ranges: entries };
  };
}
