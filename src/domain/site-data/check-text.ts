/**
 * A site file checked offline: its text → the answer the backend would give for it, or why it
 * cannot be judged (not JSON, or JSON that is not site data). The pointers of the answer's issues
 * come resolved to places in the text. Bad input is an outcome, never a throw.
 */
import { deriveMicrogrid, type DeriveResult } from './derive';
import { JsonSyntaxError, resolvePointers, resolvePointersInJson, type TextRange } from './json-text';
import type { DeriveMemo } from './memo';
import { sameJson } from './same-json';
import { SiteDataError } from './shape';
import { editOfOneValue, type ValueEdit } from './value-edit';

export type SiteCheck =
  | { readonly kind: 'empty' }
  | { readonly kind: 'not-json'; readonly error: JsonSyntaxError }
  | { readonly kind: 'not-site-data'; readonly problems: readonly string[] }
  | {
      readonly kind: 'answer';
      /** The text checked. */
      readonly text: string;
      /** The file's data as parsed. */
      readonly site: unknown;
      readonly result: DeriveResult;
      readonly ranges: ReadonlyMap<string, TextRange | null>;
    };

export interface CheckOptions {
  /** The answer's time stamp (RFC 3339 UTC); now by default. */
  generatedAt?: string;
  /**
   * The check of the text before an edit: when the edited text holds the same data (a space
   * typed, a line broken), its answer is this one's (the same object), not derived again; only
   * the places of its issues are found anew. When the edit stays inside one value (a letter of a
   * name), the text is not parsed again either: the previous data gets the new value, and the
   * places of the issues move with the text.
   */
  previous?: SiteCheck | null;
  /** Kept across the checks of one edited file: what an edit did not touch is not read or built again (see `DeriveMemo`). */
  memo?: DeriveMemo;
}

export function checkSiteText(text: string, options: CheckOptions = {}): SiteCheck {
  if (text.trim() === '') return { kind: 'empty' };
  const { previous } = options;
  const edit = previous?.kind === 'answer' ? editOfOneValue(previous.text, previous.site, text) : null;
  let site: unknown;
  if (edit !== null) site = edit.data;
  else {
    try {
      site = JSON.parse(text);
    } catch {
      return notJson(text);
    }
  }
  let result: DeriveResult;
  if (previous?.kind === 'answer' && (edit !== null ? edit.same : sameJson(site, previous.site))) {
    result = previous.result;
  } else {
    try {
      result = deriveMicrogrid(site, { generatedAt: options.generatedAt, memo: options.memo });
    } catch (error) {
      if (error instanceof SiteDataError) return { kind: 'not-site-data', problems: error.problems };
      throw error;
    }
  }
  const issues = result.status === 422 ? result.body.errors : (result.body.warnings ?? []);
  const pointers = new Set<string>();
  for (const issue of issues) if (issue.pointer) pointers.add(issue.pointer);
  const ranges = edit !== null && previous?.kind === 'answer' ? movedRanges(text, pointers, previous.ranges, edit) : resolvePointersInJson(text, pointers);
  return { kind: 'answer', text, site, result, ranges };
}

/** The pointers' places after a one-value edit: the previous places moved, and those of new pointers found. */
function movedRanges(text: string, pointers: ReadonlySet<string>, before: ReadonlyMap<string, TextRange | null>, edit: ValueEdit) {
  const ranges = new Map<string, TextRange | null>();
  const unknown: string[] = [];
  for (const pointer of pointers) {
    const range = before.get(pointer);
    if (range === undefined) unknown.push(pointer);
    else ranges.set(pointer, range === null ? null : edit.move(range));
  }
  if (unknown.length > 0) for (const [pointer, range] of resolvePointersInJson(text, unknown)) ranges.set(pointer, range);
  return ranges;
}

function notJson(text: string): SiteCheck {
  // JSON.parse's own message differs between browsers; the scanner says where, the same everywhere.
  try {
    resolvePointers(text, []);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { kind: 'not-json', error };
    throw error;
  }
  return { kind: 'not-json', error: new JsonSyntaxError(text, 0, 'Not JSON') };
}
