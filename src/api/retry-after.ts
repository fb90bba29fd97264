/**
 * A response's `Retry-After` (RFC 9110 §10.2.3): either a number of seconds or an HTTP-date. The
 * app waits at least that long before asking again by itself; a wait it cannot read, or one longer
 * than `MAX_AUTO_RETRY_MS`, is shown but not acted on (the user can still retry by hand).
 */

/** The longest wait the app sits out by itself before asking again: 5 minutes. */
export const MAX_AUTO_RETRY_MS = 5 * 60 * 1000;

export interface RetryAfter {
  /** The header exactly as received. */
  readonly raw: string;
  /** The wait it asks for, in ms from when the answer arrived (0 for a date already past); null when unreadable. */
  readonly delayMs: number | null;
  /** Whether the app retries by itself after `delayMs`: readable and at most `MAX_AUTO_RETRY_MS`. */
  readonly auto: boolean;
}

const SECONDS = /^\d+$/;
/** IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (the obsolete forms are read by Date.parse too). */
const LOOKS_LIKE_DATE = /[a-z]{3}.*\d{1,2}.*\d{4}|\d{4}.*\d{1,2}:\d{2}/i;

/** Reads the header; null when there is none. `now` is when the answer arrived. */
export function parseRetryAfter(header: string | null, now: number = Date.now()): RetryAfter | null {
  if (header === null) return null;
  const raw = header.trim();
  if (raw === '') return null;
  let delayMs: number | null = null;
  if (SECONDS.test(raw)) {
    // Digits only: a number of seconds. A huge one stays finite (and is refused below).
    const seconds = Number(raw);
    delayMs = Number.isSafeInteger(seconds) ? seconds * 1000 : Number.MAX_SAFE_INTEGER;
  } else if (LOOKS_LIKE_DATE.test(raw)) {
    const at = Date.parse(raw);
    if (!Number.isNaN(at)) delayMs = Math.max(0, at - now);
  }
  return { raw, delayMs, auto: delayMs !== null && delayMs <= MAX_AUTO_RETRY_MS };
}

/** "30 s", "2 min 5 s", "3 h 20 min": a wait in words a person reads at a glance. */
export function formatWait(ms: number): string {
  const total = Math.ceil(ms / 1000);
  if (total < 60) return `${total} s`;
  if (total < 3600) {
    const min = Math.floor(total / 60);
    const s = total % 60;
    return s === 0 ? `${min} min` : `${min} min ${s} s`;
  }
  if (total < 48 * 3600) {
    const h = Math.floor(total / 3600);
    const min = Math.floor((total % 3600) / 60);
    return min === 0 ? `${h} h` : `${h} h ${min} min`;
  }
  const days = Math.floor(total / 86400);
  return days > 99_999 ? 'more than 99,999 days' : `${days.toLocaleString('en-US')} days`;
}
