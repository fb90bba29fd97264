/**
 * A checked site file as the screen shows it: the answer the backend would give, parsed as the
 * API client parses the backend's (so it is shown exactly as a real answer would be), with its
 * issues as marks for the editor.
 */
import type { SiteCheck, TextRange } from '../../domain/site-data';
import { parseMicrogridTopology, parseProblem, type MicrogridTopology, type ParsedProblem } from '../../domain/topology';

export interface EditorMark {
  readonly from: number;
  readonly to: number;
  readonly severity: 'error' | 'warning';
  readonly message: string;
}

export type SiteAnswer =
  | { readonly kind: 'topology'; readonly topology: MicrogridTopology }
  | { readonly kind: 'problem'; readonly problem: ParsedProblem; readonly rawBody: string };

export interface CheckedFile {
  readonly answer: SiteAnswer | null;
  /** Why there is no answer, in plain words; null when there is one. */
  readonly failure: { readonly title: string; readonly details: readonly string[] } | null;
  readonly marks: readonly EditorMark[];
  readonly ranges: ReadonlyMap<string, TextRange | null>;
  /**
   * The answer is the previous one, or differs from it only in the facts of a few nodes (the same
   * tree): cheap to draw, so it is drawn at once rather than in slices between keystrokes.
   */
  readonly slight?: boolean;
}

const SHOWN_PATHS = 10;
const NO_RANGES: ReadonlyMap<string, TextRange | null> = new Map();

/** What the screen shows for a check, beside the editor's marks: the answer, or why there is none. */
export type CheckOutcome = Pick<CheckedFile, 'answer' | 'failure'>;

export function checkedFile(check: SiteCheck): CheckedFile {
  return { ...outcomeOf(check), ...marksOf(check) };
}

/** The issues (or the syntax error) as marks, with every resolved pointer's place. */
export function marksOf(check: SiteCheck): Pick<CheckedFile, 'marks' | 'ranges'> {
  switch (check.kind) {
    case 'empty':
    case 'not-site-data':
      return { marks: [], ranges: NO_RANGES };
    case 'not-json': {
      const { error } = check;
      return { marks: [{ from: error.offset, to: error.offset + 1, severity: 'error', message: error.reason }], ranges: NO_RANGES };
    }
    case 'answer': {
      const { result, ranges } = check;
      const issues = result.status === 422 ? result.body.errors : (result.body.warnings ?? []);
      const marks: EditorMark[] = [];
      for (const issue of issues) {
        const range = issue.pointer ? ranges.get(issue.pointer) : null;
        if (range) marks.push({ from: range.from, to: range.to, severity: issue.severity, message: `${issue.code}: ${issue.message}` });
      }
      return { marks, ranges };
    }
  }
}

export function outcomeOf(check: SiteCheck): CheckOutcome {
  switch (check.kind) {
    case 'empty':
      return { answer: null, failure: null };
    case 'not-json': {
      const { error } = check;
      return { answer: null, failure: { title: `This file is not JSON: ${error.reason} at line ${error.line}, column ${error.column}.`, details: [] } };
    }
    case 'not-site-data': {
      const more = check.problems.length - SHOWN_PATHS;
      const details = check.problems.slice(0, SHOWN_PATHS);
      return {
        answer: null,
        failure: { title: 'This is JSON, but not site data. The first problems:', details: more > 0 ? [...details, `…and ${more} more`] : details },
      };
    }
    case 'answer': {
      const { result } = check;
      if (result.status === 422) {
        return { answer: { kind: 'problem', problem: parseProblem(result.body), rawBody: JSON.stringify(result.body, null, 2) }, failure: null };
      }
      const parsed = parseMicrogridTopology(result.body);
      if (!parsed.ok) return { answer: null, failure: { title: 'The derived topology breaks the API contract:', details: parsed.problems } };
      return { answer: { kind: 'topology', topology: parsed.value }, failure: null };
    }
  }
}
