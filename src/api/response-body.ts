/**
 * Reading what a failed response says. FastAPI answers either with RFC 9457 problem details or
 * with its own `{"detail": "..."}` / `{"detail": [{"loc": [...], "msg": "..."}]}`.
 */
import { parseProblem, type ParsedProblem } from '../domain/topology';

export type JsonResult = { ok: true; value: unknown } | { ok: false; reason: string };

export function parseJson(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** FastAPI's `detail` in words: the string itself, or one line per validation entry. */
export function fastApiDetail(body: unknown): string | null {
  if (!isRecord(body)) return null;
  const { detail } = body;
  if (typeof detail === 'string') return detail;
  if (!Array.isArray(detail)) return null;
  const lines = detail.map((entry) => {
    if (!isRecord(entry)) return JSON.stringify(entry);
    const loc = Array.isArray(entry.loc) ? entry.loc.map(String).join('.') : null;
    const msg = typeof entry.msg === 'string' ? entry.msg : JSON.stringify(entry);
    return loc ? `${loc}: ${msg}` : msg;
  });
  return lines.length > 0 ? lines.join('\n') : null;
}

/** FastAPI's own request-validation 422 carries a list `detail` and no problem fields. */
export function isFastApiValidationBody(body: unknown): boolean {
  return isRecord(body) && Array.isArray(body.detail) && body.title === undefined && body.errors === undefined;
}

export function isProblemMediaType(contentType: string | null): boolean {
  return contentType !== null && /^application\/problem\+json\b/i.test(contentType.trim());
}

/** The body as a problem when it says it is one, or looks like one (a `title` or `type`). */
export function problemFromBody(body: unknown, contentType: string | null): ParsedProblem | null {
  if (!isRecord(body)) return null;
  if (!isProblemMediaType(contentType) && typeof body.title !== 'string' && typeof body.type !== 'string') return null;
  return parseProblem(body);
}
