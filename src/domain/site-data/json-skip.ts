/**
 * The end of a JSON value in text already known to be JSON (`JSON.parse` accepted it): nothing is
 * checked, so a value is skipped by looking only at quotes and brackets. Resolving a pointer
 * skips most of a large file this way, several times faster than scanning it token by token.
 */

/** The offset just past the string that starts (with its quote) at `from`. */
export function endOfString(text: string, from: number): number {
  let at = from + 1;
  for (;;) {
    at = text.indexOf('"', at);
    if (at === -1) return text.length;
    // The quote ends the string unless an odd number of backslashes escapes it.
    let backslashes = 0;
    while (text.charCodeAt(at - 1 - backslashes) === 92) backslashes++;
    at++;
    if (backslashes % 2 === 0) return at;
  }
}

/**
 * Text between brackets: runs of anything but quotes and brackets, and whole strings, a bounded
 * number of them per step (so the regular expression's own stack stays small). One native step
 * skips a record's members, many times faster than a loop over its characters.
 */
const QUIET = /(?:[^"{}[\]]+|"(?:[^"\\]+|\\[^]){0,64}"){0,256}/y;

/** The offset just past the value that starts at `from` (no whitespace before it). */
export function endOfValue(text: string, from: number): number {
  const first = text.charCodeAt(from);
  if (first === 34) return endOfString(text, from);
  if (first !== 123 && first !== 91) {
    // A number, true, false or null: up to the next delimiter.
    let at = from + 1;
    for (let c = text.charCodeAt(at); at < text.length && c !== 44 && c !== 93 && c !== 125 && c !== 32 && c !== 10 && c !== 13 && c !== 9; c = text.charCodeAt(++at));
    return at;
  }
  let depth = 0;
  let at = from;
  for (;;) {
    QUIET.lastIndex = at;
    QUIET.test(text);
    at = QUIET.lastIndex;
    const c = text.charCodeAt(at);
    if (c === 123 || c === 91) depth++;
    else if (c === 125 || c === 93) {
      if (--depth === 0) return at + 1;
    } else if (c === 34) {
      // A string too long (or too escaped) for one step, or one that never ends.
      at = endOfString(text, at);
      continue;
    } else if (at >= text.length) return text.length;
    else continue;
    at++;
  }
}
