/**
 * JSON text with its positions: where an RFC 6901 pointer's value sits in the text (so an editor
 * can mark what an issue names), and where text that is not JSON first goes wrong (so the message
 * can say where). One strict scanner serves both: it follows only the members a pointer goes
 * through and skips the rest, so resolving every pointer of a large file is one pass over it.
 * Text already known to be JSON is scanned trusting it: what no pointer goes through is skipped
 * by its brackets alone (`resolvePointersInJson`).
 */
import { endOfValue } from './json-skip';

/** Offsets into the text, `from` inclusive, `to` exclusive (UTF-16 code units, as strings index). */
export interface TextRange {
  readonly from: number;
  readonly to: number;
  /**
   * False when the pointer names a member or element that is not in the text (a missing field is
   * often the issue itself): the range is then its nearest ancestor that is.
   */
  readonly exact: boolean;
}

export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  readonly offset: number;
  readonly line: number;
  readonly column: number;
  readonly reason: string;

  constructor(text: string, offset: number, reason: string) {
    const { line, column } = lineAndColumn(text, offset);
    super(`${reason} at line ${line}, column ${column}`);
    this.offset = offset;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** "/charge_points/16/circuit_id" → ["charge_points", "16", "circuit_id"]; "" is the whole text. */
export function pointerTokens(pointer: string): string[] | null {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return null;
  return pointer
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The pointers to resolve, as a tree of their tokens; `here` lists pointers ending at a node. */
interface Wanted {
  here: string[];
  next: Map<string, Wanted>;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Characters a string may hold as they are (not the quote, the backslash or a control character).
// eslint-disable-next-line no-control-regex
const PLAIN = /[^"\\\u0000-\u001f]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't', 'u']);

class Scanner {
  pos = 0;
  constructor(
    readonly text: string,
    readonly found: Map<string, TextRange | null>,
    /** The text is known to be JSON: values no pointer goes into are skipped unchecked. */
    readonly trusted = false,
  ) {}

  fail(reason: string, at = this.pos): never {
    throw new JsonSyntaxError(this.text, at, reason);
  }

  ws(): void {
    const t = this.text;
    let c = t.charCodeAt(this.pos);
    while (c === 32 || c === 10 || c === 13 || c === 9) c = t.charCodeAt(++this.pos);
  }

  expect(ch: string): void {
    if (this.text[this.pos] !== ch) this.fail(this.pos >= this.text.length ? `Unexpected end of text, expected "${ch}"` : `Expected "${ch}"`);
    this.pos++;
  }

  /** A string; returns its value when `decode`, else null (skipping is cheaper). */
  string(decode: boolean): string | null {
    const t = this.text;
    const start = this.pos;
    this.expect('"');
    let escaped = false;
    for (;;) {
      // Runs of plain characters in one native step: most of a large file is such runs.
      PLAIN.lastIndex = this.pos;
      PLAIN.test(t);
      this.pos = PLAIN.lastIndex;
      const c = t.charCodeAt(this.pos);
      if (Number.isNaN(c)) this.fail('Unterminated string', start);
      if (c === 34) break;
      if (c < 32) this.fail('Control character in a string');
      if (c === 92) {
        escaped = true;
        const e = t[this.pos + 1];
        if (e === undefined || !ESCAPES.has(e)) this.fail('Invalid escape in a string');
        if (e === 'u' && !/^[0-9a-fA-F]{4}$/.test(t.slice(this.pos + 2, this.pos + 6))) this.fail('Invalid \\u escape in a string');
        this.pos += e === 'u' ? 6 : 2;
        continue;
      }
      this.pos++;
    }
    this.pos++;
    if (!decode) return null;
    return escaped ? (JSON.parse(t.slice(start, this.pos)) as string) : t.slice(start + 1, this.pos - 1);
  }

  /** One value at `pos` (after whitespace); records the ranges `wanted` asks for beneath it. */
  value(wanted: Wanted | null): void {
    this.ws();
    const from = this.pos;
    const c = this.text[this.pos];
    if (this.trusted && (wanted === null || wanted.next.size === 0)) this.pos = endOfValue(this.text, from);
    else if (c === '{') this.object(wanted);
    else if (c === '[') this.array(wanted);
    else if (c === '"') this.string(false);
    else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      if (!this.text.startsWith(word, this.pos)) this.fail('Unexpected token');
      this.pos += word.length;
    } else {
      NUMBER.lastIndex = this.pos;
      if (!NUMBER.test(this.text)) this.fail(this.pos >= this.text.length ? 'Unexpected end of text' : 'Unexpected token');
      this.pos = NUMBER.lastIndex;
    }
    if (wanted) {
      for (const p of wanted.here) this.found.set(p, { from, to: this.pos, exact: true });
      // Members the text lacks: their nearest ancestor in the text stands in for them.
      const missing = (w: Wanted) => {
        for (const p of w.here) if (!this.found.has(p)) this.found.set(p, { from, to: this.pos, exact: false });
        for (const child of w.next.values()) missing(child);
      };
      for (const child of wanted.next.values()) missing(child);
    }
  }

  object(wanted: Wanted | null): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    for (;;) {
      this.ws();
      if (this.text[this.pos] !== '"') this.fail('Expected a property name in double quotes');
      const key = this.string(wanted !== null && wanted.next.size > 0);
      this.ws();
      this.expect(':');
      this.value(key === null ? null : (wanted?.next.get(key) ?? null));
      this.ws();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect('}');
      return;
    }
  }

  array(wanted: Wanted | null): void {
    this.pos++;
    this.ws();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let i = 0; ; i++) {
      this.value(wanted !== null && wanted.next.size > 0 ? (wanted.next.get(String(i)) ?? null) : null);
      this.ws();
      if (this.text[this.pos] === ',') {
        this.pos++;
        continue;
      }
      this.expect(']');
      return;
    }
  }
}

/**
 * Where each pointer's value is in `text`, in one pass: an exact range when the text holds it,
 * else its nearest ancestor's (`exact: false`); null for a string that is not a pointer.
 * Throws `JsonSyntaxError` (with line and column) when the text is not JSON.
 */
export function resolvePointers(text: string, pointers: Iterable<string>): Map<string, TextRange | null> {
  return resolve(text, pointers, false);
}

/**
 * `resolvePointers` for text that `JSON.parse` has accepted: the same ranges, found faster, since
 * nothing needs checking. On text that is not JSON the ranges are unspecified (it never throws).
 */
export function resolvePointersInJson(text: string, pointers: Iterable<string>): Map<string, TextRange | null> {
  return resolve(text, pointers, true);
}

function resolve(text: string, pointers: Iterable<string>, trusted: boolean): Map<string, TextRange | null> {
  const root: Wanted = { here: [], next: new Map() };
  const found = new Map<string, TextRange | null>();
  for (const pointer of pointers) {
    const tokens = pointerTokens(pointer);
    if (tokens === null) {
      found.set(pointer, null);
      continue;
    }
    let node = root;
    for (const token of tokens) {
      let next = node.next.get(token);
      if (!next) node.next.set(token, (next = { here: [], next: new Map() }));
      node = next;
    }
    node.here.push(pointer);
  }
  const scanner = new Scanner(text, found, trusted);
  scanner.value(root);
  scanner.ws();
  if (!trusted && scanner.pos < text.length) scanner.fail('Unexpected text after the JSON value');
  return found;
}

export function resolvePointer(text: string, pointer: string): TextRange | null {
  return resolvePointers(text, [pointer]).get(pointer) ?? null;
}

/** Throws `JsonSyntaxError` at the first place `text` stops being JSON; else returns nothing. */
export function checkJsonText(text: string): void {
  resolvePointers(text, []);
}
