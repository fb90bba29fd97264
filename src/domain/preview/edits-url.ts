/**
 * The compact URL form of session edits (the `edits=` query parameter): entries joined by `*`, each
 * `<spec>_<id>`. The spec is a run of fields — `x` unplugged, `o` plugged in, `r<W>` requested,
 * `m<W>` minimum, `p<int>` priority with `n` for a minus sign, `h1`/`h3` the phases a vehicle draws on — and the id has only `%` → `%25` and
 * `*` → `%2A` escaped. Every character but those of the id is one URLSearchParams leaves as it is,
 * so `x_cp-007-1*r7360m1380pn2_conn_12.3` stays readable in the address bar. Entries are sorted by
 * connector id, so the same edits always give the same string.
 */
import { byCodeUnits } from './connectors';
import type { SessionEdit, SessionEdits } from './edits';

const ENTRY_SEPARATOR = '*';
const SPEC_END = '_';

/** A whole number as the URL writes it (`n` for a minus sign); null when the value cannot be written. */
function wholeNumber(value: number | undefined, allowNegative: boolean): string | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  // The URL keeps whole watts and whole priorities: a fraction (say from an imported file) is rounded.
  const whole = Math.round(value);
  if (!Number.isSafeInteger(whole) || (whole < 0 && !allowNegative)) return null;
  return whole < 0 ? `n${-whole}` : String(whole);
}

function encodeSpec(edit: SessionEdit): string {
  let spec = edit.plugged === false ? 'x' : edit.plugged === true ? 'o' : '';
  const requested = wholeNumber(edit.requestedW, false);
  if (requested !== null) spec += `r${requested}`;
  const minimum = wholeNumber(edit.minW, false);
  if (minimum !== null) spec += `m${minimum}`;
  const priority = wholeNumber(edit.priority, true);
  if (priority !== null) spec += `p${priority}`;
  if (edit.phases === 1 || edit.phases === 3) spec += `h${edit.phases}`;
  return spec;
}

const escapeId = (id: string) => id.replace(/%/g, '%25').replace(/\*/g, '%2A');

export function encodeEdits(edits: SessionEdits): string {
  const entries: string[] = [];
  for (const id of [...edits.keys()].sort(byCodeUnits)) {
    const spec = encodeSpec(edits.get(id)!);
    if (spec !== '') entries.push(`${spec}${SPEC_END}${escapeId(id)}`);
  }
  return entries.join(ENTRY_SEPARATOR);
}

// One field of a spec; digits may carry leading zeros when typed by hand, but must stay safe integers.
const FIELD = /([xo])|([rm])(\d+)|p(n?)(\d+)|h([13])/y;

/** A spec's fields, or null when it is malformed (unknown letters, a field twice, both x and o, none at all). */
function decodeSpec(spec: string): SessionEdit | null {
  const edit: { plugged?: boolean; requestedW?: number; minW?: number; priority?: number; phases?: 1 | 3 } = {};
  const seen = new Set<string>();
  FIELD.lastIndex = 0;
  while (FIELD.lastIndex < spec.length) {
    const match = FIELD.exec(spec);
    if (!match) return null;
    const [, flag, watts, wattDigits, minus, priorityDigits, phases] = match;
    const key = flag ? 'plugged' : phases ? 'h' : (watts ?? 'p');
    if (seen.has(key)) return null;
    seen.add(key);
    if (flag) edit.plugged = flag === 'o';
    else if (phases) edit.phases = phases === '1' ? 1 : 3;
    else {
      const value = Number(watts ? wattDigits : priorityDigits);
      if (!Number.isSafeInteger(value)) return null;
      if (watts === 'r') edit.requestedW = value;
      else if (watts === 'm') edit.minW = value;
      else edit.priority = minus ? -value : value;
    }
  }
  return seen.size > 0 ? edit : null;
}

/** The id with its escapes undone, or null when a `%` starts anything but `%25` or `%2A`. */
function decodeId(text: string): string | null {
  let malformed = false;
  const id = text.replace(/%(25|2A|2a)?/g, (_, code: string | undefined) => {
    if (code === undefined) malformed = true;
    return code === '25' ? '%' : '*';
  });
  return malformed ? null : id;
}

/** Lenient: malformed entries are skipped (reported in `skipped`, a count), never thrown. */
export function decodeEdits(text: string | null | undefined): { edits: Map<string, SessionEdit>; skipped: number } {
  const edits = new Map<string, SessionEdit>();
  let skipped = 0;
  if (typeof text !== 'string' || text === '') return { edits, skipped };
  for (const entry of text.split(ENTRY_SEPARATOR)) {
    const end = entry.indexOf(SPEC_END);
    const edit = end < 0 ? null : decodeSpec(entry.slice(0, end));
    const id = end < 0 ? null : decodeId(entry.slice(end + 1));
    // A connector named twice keeps its first entry.
    if (edit === null || id === null || edits.has(id)) skipped++;
    else edits.set(id, edit);
  }
  return { edits, skipped };
}
