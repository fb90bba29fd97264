/**
 * The text in the site-file editor, version by version, read only where needed: writing out a
 * large file's whole text costs more than a frame, so a check sends its worker the edit since the
 * text the worker holds (the span typed over and what is there now), not the whole text again.
 */

/** What the editor's document offers (CodeMirror's `Text` is one); a plain string can stand in. */
export interface TextSource {
  readonly length: number;
  sliceString(from: number, to?: number): string;
  toString(): string;
}

/** A replacement of [from, to) of one text by `insert`. */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

/** What an edit changed: [from, to) of the text before it is [from, end) of the text after it. */
export interface ChangedSpan {
  readonly from: number;
  readonly to: number;
  readonly end: number;
}

/** One version of the file in the editor. */
export interface EditedText {
  /** Later versions have higher numbers. */
  readonly version: number;
  readonly doc: TextSource;
  /**
   * The edit that turns version `base` into this one; null when that is not known (a version
   * before the file was loaded, or one already passed over), and the whole text must be read.
   */
  editSince(base: number): TextEdit | null;
}

/** The span of two edits made one after the other, as one. */
export function joinSpans(first: ChangedSpan, second: ChangedSpan): ChangedSpan {
  // The later end of the two, in the text between them, is past both edits' ends.
  const middle = Math.max(first.end, second.to);
  return { from: Math.min(first.from, second.from), to: middle - first.end + first.to, end: middle - second.to + second.end };
}

/** `text` with `edit` made. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** A plain string as a text source. */
export const stringSource = (text: string): TextSource => ({
  length: text.length,
  sliceString: (from, to) => text.slice(from, to),
  toString: () => text,
});

/** A text on its own, with no edits known: a check reads it whole. */
export function plainText(text: string, version = 0): EditedText {
  return { version, doc: stringSource(text), editSince: () => null };
}

/**
 * The versions of one editor's text: a file loaded starts anew; each edit's span is kept until a
 * check has asked for the edit past it (a later check asks from a later version).
 */
export function createEditLog(): { load(text: string): EditedText; edit(doc: TextSource, span: ChangedSpan): EditedText } {
  let version = 0;
  /** The earliest version an edit can be told from. */
  let earliest = 0;
  /** The span of each version after `earliest` from the one before it, oldest first. */
  let spans: Array<{ version: number; span: ChangedSpan }> = [];

  const versionOf = (doc: TextSource): EditedText => {
    const at = version;
    return {
      version: at,
      doc,
      editSince(base) {
        if (base < earliest || base > at) return null;
        let joined: ChangedSpan | null = null;
        for (const entry of spans) {
          if (entry.version <= base || entry.version > at) continue;
          joined = joined === null ? entry.span : joinSpans(joined, entry.span);
        }
        // Later checks ask from this version or a later one.
        spans = spans.filter((entry) => entry.version > at);
        earliest = at;
        return joined === null ? { from: 0, to: 0, insert: '' } : { from: joined.from, to: joined.to, insert: doc.sliceString(joined.from, joined.end) };
      },
    };
  };

  return {
    load(text) {
      version++;
      earliest = version;
      spans = [];
      return versionOf(stringSource(text));
    },
    edit(doc, span) {
      version++;
      spans.push({ version, span });
      return versionOf(doc);
    },
  };
}
