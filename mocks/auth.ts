/**
 * The platform's access check, for the mock backend when it is asked to act it out: a bearer token
 * and the tenant headers. Placed before the scenario handlers, it answers 401 or 403 the way the
 * real service does, or falls through (returns nothing) so the scenario answers as usual.
 */
import { http, HttpResponse } from 'msw';

export interface RequiredCredentials {
  /** The only bearer token accepted. */
  token: string;
  /** When set, `x-account-id` must equal it. */
  accountId?: string | null;
  /** When set, `x-workspace-id` must equal it. */
  workspaceId?: string | null;
}

function forbidden(detail: string, instance: string) {
  return HttpResponse.json(
    { type: '/problems/forbidden', title: 'Forbidden', status: 403, detail, instance },
    { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Which tenant header is wrong, if any; the depot header must name the depot in the path. */
function tenantMismatch(request: Request, depotId: string, required: RequiredCredentials): string | null {
  const expected: Array<[string, string | null | undefined]> = [
    ['x-account-id', required.accountId],
    ['x-workspace-id', required.workspaceId],
    ['x-depot-id', depotId],
  ];
  for (const [header, value] of expected) {
    if (value != null && request.headers.get(header) !== value) return header;
  }
  return null;
}

export function credentialHandlers(required: RequiredCredentials) {
  return [
    http.get('*/api/depot/:depotId/microgrid', ({ request, params }) => {
      const depotId = typeof params.depotId === 'string' ? params.depotId : '';
      // FastAPI's HTTPBearer answers a missing or unknown token with a plain `detail`.
      if (request.headers.get('authorization') !== `Bearer ${required.token}`) {
        return HttpResponse.json({ detail: 'Not authenticated' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
      }
      const wrong = tenantMismatch(request, depotId, required);
      if (wrong !== null) return forbidden(`The ${wrong} header does not match this account.`, new URL(request.url).pathname);
      return undefined;
    }),
  ];
}
