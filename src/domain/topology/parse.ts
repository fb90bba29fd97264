/**
 * Parsing at the edge: every payload goes through here once, and a payload that breaks the
 * contract is reported with *where* it is wrong ("at nodes[12].limit.max_power_w: expected
 * number, received string"), never cast.
 */
import {
  MicrogridTopologySchema,
  ProblemSchema,
  TopologyIssueSchema,
  type MicrogridTopology,
  type ProblemBase,
  type TopologyIssue,
} from './schema';
import { z } from '../zod';
import { readPlainTopology } from './plain-topology';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** `nodes[12].limit.max_power_w` from zod's path array. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

export function describeZodError(error: z.core.$ZodError, prefix: readonly PropertyKey[] = []): string[] {
  return error.issues.map((issue) => `at ${formatPath([...prefix, ...issue.path])}: ${issue.message}`);
}

function parseWith<S extends z.ZodMiniType>(schema: S, raw: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(raw);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: describeZodError(result.error) };
}

export function parseMicrogridTopology(raw: unknown): ParseResult<MicrogridTopology> {
  // A plain body (every large depot's) is read without zod, to the same value; zod judges the rest.
  const plain = readPlainTopology(raw);
  return plain !== null ? { ok: true, value: plain } : parseWith(MicrogridTopologySchema, raw);
}

/** A problem body as the app can show it, whatever state its `errors` are in. */
export interface ParsedProblem extends Omit<ProblemBase, 'errors'> {
  /** The issues, when `errors` is a valid list; null when it is missing or malformed. */
  errors: TopologyIssue[] | null;
  /** Why `errors` could not be used (missing, or the paths where it is malformed); null when fine. */
  errorsProblems: string[] | null;
}

/**
 * Parses an RFC 9457 problem body. Never fails on a non-object: it yields an empty problem and
 * says why, so the caller can still show status and the raw body.
 */
export function parseProblem(raw: unknown): ParsedProblem {
  const base = ProblemSchema.safeParse(raw);
  if (!base.success) {
    return { errors: null, errorsProblems: ['The body is not a problem object.', ...describeZodError(base.error)] };
  }
  const { errors: rawErrors, ...rest } = base.data;
  if (rawErrors === undefined) {
    return { ...rest, errors: null, errorsProblems: ['The problem has no "errors" list.'] };
  }
  const errors = z.array(TopologyIssueSchema).safeParse(rawErrors);
  if (!errors.success) {
    return {
      ...rest,
      errors: null,
      errorsProblems: describeZodError(errors.error, ['errors']),
    };
  }
  return { ...rest, errors: errors.data, errorsProblems: null };
}
