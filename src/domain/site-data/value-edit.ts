/**
 * An edit of JSON text that stays inside one value (a letter of a name, a digit of a rating), or
 * that only types or takes away space between tokens, read without parsing the whole text again:
 * the data is the previous data with that one value replaced (or the same data), and every place
 * in the text before the edit is found in the text after it by arithmetic. Anything else (a
 * member name, a bracket, a comma, a value that becomes an object, a member name used twice in one
 * object) is not such an edit, and the caller parses the text.
 */
import { endOfString, endOfValue } from './json-skip';
import type { TextRange } from './json-text';

export interface ValueEdit {
  /** The data after the edit: the previous data with the one value replaced, the containers on its path copied. */
  readonly data: unknown;
  /** The edited value is the same data as before (`1.0` for `1`, `"\u0041"` for `"A"`). */
  readonly same: boolean;
  /** Where a range of the text before the edit is in the text after it. */
  move(range: TextRange): TextRange;
}

/** Compared a block at a time: slices of one string compare natively, far faster than a loop over characters. */
const BLOCK = 4096;

/** How many code units `a` and `b` share at their start. */
function sharedStart(a: string, b: string, most: number): number {
  let at = 0;
  while (at + BLOCK <= most && a.slice(at, at + BLOCK) === b.slice(at, at + BLOCK)) at += BLOCK;
  while (at < most && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many code units `a` and `b` share at their end. */
function sharedEnd(a: string, b: string, most: number): number {
  let n = 0;
  while (n + BLOCK <= most && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) n += BLOCK;
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;

function skipSpace(text: string, at: number): number {
  while (isSpace(text.charCodeAt(at))) at++;
  return at;
}

/** A member name as JSON.parse reads it. */
function nameAt(token: string): string {
  return token.includes('\\') ? (JSON.parse(token) as string) : token.slice(1, -1);
}

/**
 * Whether no text after `from` can name the member `token` names: it is not there as it is, and
 * there is no escape at all (an escaped name holds a backslash). Two native searches, where
 * reading the members that follow would mean skipping all of their values.
 */
function notWrittenAfter(text: string, token: string, from: number): boolean {
  return text.indexOf(token, from) === -1 && text.indexOf('\\', from) === -1;
}

/**
 * The path and place of the scalar value (string, number, true, false, null) of JSON text whose
 * span holds [from, to); null when no scalar value holds it, or when the member on the way is not
 * the one JSON.parse keeps (a name repeated later in its object) or not a plain field.
 */
function scalarHolding(text: string, from: number, to: number): { path: Array<string | number>; from: number; to: number } | null {
  const path: Array<string | number> = [];
  let at = skipSpace(text, 0);
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== 123 && c !== 91) {
      const end = endOfValue(text, at);
      return at <= from && to <= end ? { path, from: at, to: end } : null;
    }
    // Inside a container: the region must lie within one of its values.
    const object = c === 123;
    let pos = at + 1;
    let found: { name: string | number; from: number } | null = null;
    for (let index = 0; ; index++) {
      pos = skipSpace(text, pos);
      const close = text.charCodeAt(pos);
      if (close === 125 || close === 93) break;
      let name: string | number = index;
      let nameToken = '';
      if (object) {
        const nameEnd = endOfString(text, pos);
        nameToken = text.slice(pos, nameEnd);
        name = nameAt(nameToken);
        pos = skipSpace(text, skipSpace(text, nameEnd) + 1);
        // A name repeated after the member found: JSON.parse keeps the later value.
        if (found !== null && name === found.name) return null;
      }
      const valueEnd = endOfValue(text, pos);
      if (found === null) {
        if (pos <= from && to <= valueEnd) {
          if (name === '__proto__') return null;
          found = { name, from: pos };
          // In a list, nothing after the element found can change what it is; nor in an object
          // whose member name the rest of the text never writes (as it is, or escaped).
          if (!object || notWrittenAfter(text, nameToken, valueEnd)) break;
        } else if (from < valueEnd) {
          // The region starts before this value ends without lying inside it: a name, a comma, a space.
          return null;
        }
      }
      pos = skipSpace(text, valueEnd);
      if (text.charCodeAt(pos) === 44) pos++;
    }
    if (found === null) return null;
    path.push(found.name);
    at = found.from;
  }
}

/** `data` with the value at `path` replaced by `value`; the containers on the path are copies. */
function replaced(data: unknown, path: ReadonlyArray<string | number>, value: unknown, depth = 0): unknown {
  if (depth === path.length) return value;
  const key = path[depth]!;
  if (Array.isArray(data)) {
    const copy = data.slice();
    copy[key as number] = replaced(data[key as number], path, value, depth + 1);
    return copy;
  }
  const record = data as Record<string, unknown>;
  return { ...record, [key]: replaced(record[key], path, value, depth + 1) };
}

function valueAt(data: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = data;
  for (const key of path) value = (value as Record<string | number, unknown>)[key];
  return value;
}

/**
 * `after` as an edit of one value of `before` (whose data, as JSON.parse read it, is `data`), or
 * null when it is not one: then `after` must be parsed.
 */
export function editOfOneValue(before: string, data: unknown, after: string): ValueEdit | null {
  const shortest = Math.min(before.length, after.length);
  const start = sharedStart(before, after, shortest);
  if (start === before.length && start === after.length) return null;
  const end = sharedEnd(before, after, shortest - start);
  const shift = after.length - before.length;
  const stop = before.length - end;
  // Spaces or line breaks typed or taken away between tokens: the same data.
  if (onlySpace(before, start, stop) && onlySpace(after, start, after.length - end) && betweenTokens(before, start, stop)) {
    return { data, same: true, move: mover(start, stop, shift) };
  }
  const scalar = scalarHolding(before, start, stop);
  if (scalar === null) return null;
  const token = after.slice(scalar.from, scalar.to + shift);
  if (token === '' || isSpace(token.charCodeAt(0)) || isSpace(token.charCodeAt(token.length - 1))) return null;
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch {
    return null;
  }
  // Still one scalar: a value that became an object or a list would hold places of its own.
  if (typeof value === 'object' && value !== null) return null;
  const same = value === valueAt(data, scalar.path);
  return { data: same ? data : replaced(data, scalar.path, value), same, move: mover(scalar.from, scalar.to, shift) };
}

/** Moves ranges of the text before an edit of [from, to) (a value, or the space between two tokens) by `shift`. */
function mover(from: number, to: number, shift: number): ValueEdit['move'] {
  return (range) => {
    // Ranges of values nest or lie apart: this one holds the edited span, or lies before or after it.
    if (range.to <= from) return range;
    if (range.from >= to) return { from: range.from + shift, to: range.to + shift, exact: range.exact };
    return { from: range.from, to: range.to + shift, exact: range.exact };
  };
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at++) if (!isSpace(text.charCodeAt(at))) return false;
  return true;
}

/**
 * Whether [from, to) of JSON text lies between its tokens: in no string (a member name or a
 * value), and not inside a number or a word (where a space would split it). Only the containers
 * on the way are read, as `scalarHolding` reads them.
 */
function betweenTokens(text: string, from: number, to: number): boolean {
  let at = skipSpace(text, 0);
  if (to <= at) return true;
  for (;;) {
    const c = text.charCodeAt(at);
    if (c !== 123 && c !== 91) return from >= endOfValue(text, at);
    const object = c === 123;
    let pos = at + 1;
    for (;;) {
      pos = skipSpace(text, pos);
      const close = text.charCodeAt(pos);
      // Past the last member, before the bracket (or past the top container's, where only space follows).
      if (close === 125 || close === 93) return true;
      if (to <= pos) return true;
      if (object) {
        const nameEnd = endOfString(text, pos);
        if (from < nameEnd) return false;
        pos = skipSpace(text, skipSpace(text, nameEnd) + 1);
        if (to <= pos) return true;
      }
      const valueEnd = endOfValue(text, pos);
      if (from < valueEnd) {
        const opens = text.charCodeAt(pos);
        // Strictly inside a container value: read it in turn; anything else splits a token.
        if (!((opens === 123 || opens === 91) && pos < from && to < valueEnd)) return false;
        at = pos;
        break;
      }
      pos = skipSpace(text, valueEnd);
      if (text.charCodeAt(pos) === 44) pos++;
    }
  }
}
