/**
 * A session set as a JSON file, to export a preview's sessions and import them again: the text
 * written, and the reading of any text back into sessions checked against a depot's topology, with
 * messages that say what is wrong and where. Reading never throws.
 */
import type { Session, Strategy } from '../allocation';
import type { MicrogridTopology } from '../topology';
import { z } from '../zod';
import { inConnectorOrder } from './connectors';

export const SESSION_FILE_FORMAT = 'depot-microgrid-sessions';
const VERSION = 1;
const STRATEGIES: readonly Strategy[] = ['connector', 'charger'];

/** Pretty JSON (2-space) of { format, version: 1, depotId, strategy, sessions: [{connectorId, requestedPowerW, minPowerW?, priority?}] } in connector-id order. */
export function sessionFileText(depotId: string, strategy: Strategy, sessions: readonly Session[]): string {
  const written = inConnectorOrder(sessions).map((s) => ({
    connectorId: s.connectorId,
    requestedPowerW: s.requestedPowerW,
    ...(s.minPowerW !== undefined && { minPowerW: s.minPowerW }),
    ...(s.priority !== undefined && { priority: s.priority }),
    ...(s.phases !== undefined && { phases: s.phases }),
  }));
  return `${JSON.stringify({ format: SESSION_FILE_FORMAT, version: VERSION, depotId, strategy, sessions: written }, null, 2)}\n`;
}

export type SessionFileRead = { ok: true; sessions: Session[]; strategy: Strategy | null; depotId: string } | { ok: false; message: string };

// Each message completes a sentence that starts with the field's place, e.g. "sessions[3].priority".
const WATTS = 'must be a number of watts, 0 or more.';
const watts = () => z.number(WATTS).check(z.nonnegative(WATTS));
const CONNECTOR_ID = 'must be a connector id (a non-empty string).';

const SessionSchema = z.object(
  {
    connectorId: z.string(CONNECTOR_ID).check(z.minLength(1, CONNECTOR_ID)),
    requestedPowerW: watts(),
    minPowerW: z.optional(watts()),
    priority: z.optional(z.number('must be a whole number.').check(z.int('must be a whole number.'))),
    phases: z.optional(z.union([z.literal(1), z.literal(3)], 'must be 1 or 3.')),
  },
  'must be an object with a connectorId and a requestedPowerW.',
);

const SessionFileSchema = z.object({
  depotId: z.string('must be a string: the depot the sessions were made for.'),
  strategy: z.optional(z.unknown()),
  sessions: z.array(SessionSchema, 'must be a list of sessions.'),
});

/** At most this many problems are listed; the rest are counted. */
const LISTED = 5;

function problemsMessage(problems: readonly string[]): string {
  if (problems.length === 1) return problems[0]!;
  const listed = problems.slice(0, LISTED).map((p) => `- ${p}`);
  const more = problems.length > LISTED ? [`… and ${problems.length - LISTED} more.`] : [];
  return [`The session file has ${problems.length} problems:`, ...listed, ...more].join('\n');
}

/** A zod issue's path as it reads in the file: sessions[3].requestedPowerW. */
const place = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');

/** A JSON value, shortened for a message. */
function shortJson(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function describeKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}

/** The file's JSON and its header, or the message saying why it is not a session file we can read. */
function readHeader(text: string): { data: Record<string, unknown> } | { message: string } {
  if (text.trim() === '') return { message: 'Not a session file: it is empty.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/\.$/, '') : 'unreadable';
    return { message: `Not a session file: it is not valid JSON (${reason}).` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { message: `Not a session file: it holds ${describeKind(data)}, not a JSON object.` };
  }
  const record = data as Record<string, unknown>;
  if (!Object.hasOwn(record, 'format') || record.format !== SESSION_FILE_FORMAT) {
    return { message: `Not a session file: its "format" is not "${SESSION_FILE_FORMAT}".` };
  }
  if (!Object.hasOwn(record, 'version')) return { message: `This session file has no "version"; only version ${VERSION} can be read.` };
  if (record.version !== VERSION) {
    return { message: `This session file is version ${shortJson(record.version)}; only version ${VERSION} can be read.` };
  }
  return { data: record };
}

/** What is wrong with the sessions on this depot: unknown connectors, repeats, minimums above requests. */
function topologyProblems(sessions: readonly Session[], topology: MicrogridTopology): string[] {
  const kinds = new Map<string, string>();
  for (const node of topology.nodes) if (!kinds.has(node.id)) kinds.set(node.id, node.kind);
  const firstAt = new Map<string, number>();
  const problems: string[] = [];
  sessions.forEach((s, i) => {
    const id = JSON.stringify(s.connectorId);
    const kind = kinds.get(s.connectorId);
    if (kind === undefined) problems.push(`sessions[${i}] names ${id}, which is not a connector of this depot.`);
    else if (kind !== 'CONNECTOR') problems.push(`sessions[${i}] names ${id}, which is a ${kind} of this depot, not a connector.`);
    const first = firstAt.get(s.connectorId);
    if (first !== undefined) problems.push(`sessions[${i}] names ${id} again (sessions[${first}] already does).`);
    else firstAt.set(s.connectorId, i);
    if (s.minPowerW !== undefined && s.minPowerW > s.requestedPowerW) {
      problems.push(`sessions[${i}].minPowerW (${s.minPowerW} W) is more than its requestedPowerW (${s.requestedPowerW} W).`);
    }
  });
  return problems;
}

/** Validates with zod (format and version must match; sessions: connectorId non-empty string, requestedPowerW finite >= 0, minPowerW finite >= 0 optional, priority integer optional, phases 1|3 optional). Then checks against the topology: every connectorId must name a CONNECTOR node, no connector twice, minPowerW <= requestedPowerW. The message is one clear sentence or a short list naming what is wrong and where (e.g. 'Not a session file: it is not valid JSON (Unexpected token … at position 12).', 'sessions[3].requestedPowerW must be a number of watts, 0 or more.', 'sessions[2] names "cp-999-1", which is not a connector of this depot.'); list at most 5 problems then '… and N more'. A file for another depotId is accepted (the caller may warn) but its depotId is returned. Never throws, whatever the text (try '', 'null', '[]', huge numbers, '__proto__' keys). */
export function readSessionFile(text: string, topology: MicrogridTopology): SessionFileRead {
  try {
    const header = readHeader(String(text));
    if ('message' in header) return { ok: false, message: header.message };
    const parsed = SessionFileSchema.safeParse(header.data);
    if (!parsed.success) {
      return { ok: false, message: problemsMessage(parsed.error.issues.map((issue) => `${place(issue.path)} ${issue.message}`)) };
    }
    const sessions: Session[] = parsed.data.sessions.map((s) => {
      const session: Session = { connectorId: s.connectorId, requestedPowerW: s.requestedPowerW };
      if (s.minPowerW !== undefined) session.minPowerW = s.minPowerW;
      if (s.priority !== undefined) session.priority = s.priority;
      if (s.phases !== undefined) session.phases = s.phases;
      return session;
    });
    const problems = topologyProblems(sessions, topology);
    if (problems.length > 0) return { ok: false, message: problemsMessage(problems) };
    const strategy = STRATEGIES.find((s) => s === parsed.data.strategy) ?? null;
    return { ok: true, sessions: inConnectorOrder(sessions), strategy, depotId: parsed.data.depotId };
  } catch {
    // Nothing above should throw; should it, the caller still gets a message rather than an exception.
    return { ok: false, message: 'Not a session file: it could not be read.' };
  }
}
