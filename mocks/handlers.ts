/**
 * The mock backend: `GET /api/depot/:depotId/microgrid` answered from the scenarios' site data by
 * the same derivation the contract describes, or with the fault a fault scenario names.
 *
 * A resolver never throws (MSW turns a throw into a 500 that would hide the real answer): every
 * outcome, including a scenario that is not site data, is an explicit response.
 */
import { delay, http, HttpResponse } from 'msw';
import { deriveMicrogrid, SiteDataError, type DeriveResult } from '../src/domain/site-data';
import { findScenario, SLOW_DELAY_MS, type FaultId } from './scenarios';

const PROBLEM_HEADERS = { 'Content-Type': 'application/problem+json' };

function problem(status: number, fields: { type?: string; title: string; detail: string; instance: string }, headers: Record<string, string> = {}) {
  return HttpResponse.json({ type: fields.type ?? 'about:blank', status, ...fields }, { status, headers: { ...PROBLEM_HEADERS, ...headers } });
}

const nowToTheSecond = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

// Generated depots are large: derive each once per id and keep a few. generated_at is restamped
// on every answer, as the backend derives afresh each time.
const CACHE_LIMIT = 8;
const derivedCache = new Map<string, DeriveResult>();

function deriveCached(depotId: string, site: unknown, generated: boolean): DeriveResult {
  if (!generated) return deriveMicrogrid(site);
  let result = derivedCache.get(depotId);
  if (!result) {
    result = deriveMicrogrid(site);
    derivedCache.set(depotId, result);
    if (derivedCache.size > CACHE_LIMIT) derivedCache.delete(derivedCache.keys().next().value!);
  }
  return result;
}

function answer(result: DeriveResult) {
  if (result.status === 422) return HttpResponse.json(result.body, { status: 422, headers: PROBLEM_HEADERS });
  return HttpResponse.json({ ...result.body, generated_at: nowToTheSecond() });
}

function answerSite(depotId: string, site: unknown, generated: boolean, instance: string) {
  try {
    return answer(deriveCached(depotId, site, generated));
  } catch (error) {
    const detail = error instanceof SiteDataError ? `The scenario is not site data: ${error.problems.join('; ')}` : String(error);
    return problem(500, { title: 'Mock scenario is broken', detail, instance });
  }
}

async function answerFault(fault: FaultId, instance: string) {
  switch (fault) {
    case 'fault-500':
      return problem(500, { title: 'Internal Server Error', detail: 'The topology service failed unexpectedly.', instance });
    case 'fault-503':
      return problem(503, { title: 'Service Unavailable', detail: 'The topology service is restarting; try again shortly.', instance }, { 'Retry-After': '5' });
    case 'fault-slow': {
      await delay(SLOW_DELAY_MS);
      const small = findScenario('small-depot');
      return small.kind === 'site' ? answerSite('small-depot', small.site, false, instance) : HttpResponse.error();
    }
    case 'fault-network':
      return HttpResponse.error();
    case 'fault-timeout':
      await delay('infinite');
      return HttpResponse.error();
    case 'fault-401':
      // FastAPI's own answer when the bearer token is missing: not problem+json.
      return HttpResponse.json({ detail: 'Not authenticated' }, { status: 401, headers: { 'WWW-Authenticate': 'Bearer' } });
    case 'fault-403':
      return problem(403, { type: '/problems/forbidden', title: 'Forbidden', detail: 'Your account may not view this depot.', instance });
    case 'fault-404':
      return notFound('fault-404', instance);
    case 'fault-bad-schema':
      return badSchema(instance);
    case 'fault-422-no-errors':
      return problem(422, {
        type: '/problems/microgrid-topology-invalid',
        title: 'Microgrid topology cannot be assembled',
        detail: 'The topology of depot fault-422-no-errors cannot be assembled.',
        instance,
      });
  }
}

function notFound(depotId: string, instance: string) {
  return problem(404, { type: '/problems/not-found', title: 'Depot not found', detail: `There is no depot ${depotId}, or it has no microgrid.`, instance });
}

/** The small depot with one node's cap sent as a string: a body that breaks the contract. */
function badSchema(instance: string) {
  const small = findScenario('small-depot');
  if (small.kind !== 'site') return notFound('small-depot', instance);
  const result = deriveMicrogrid(small.site);
  if (result.status !== 200) return answer(result);
  const target = result.body.nodes.find((node) => node.kind === 'CHARGE_POINT');
  const nodes = result.body.nodes.map((node) => (node === target ? { ...node, limit: { ...node.limit, max_power_w: '50 kW' } } : node));
  return HttpResponse.json({ ...result.body, depot_id: 'fault-bad-schema', generated_at: nowToTheSecond(), nodes });
}

/** MSW has already decoded the path parameter: decoding again would turn `%252F` into `/`. */
function depotParam(value: string | readonly string[] | undefined): string {
  return typeof value === 'string' ? value : (value?.[0] ?? '');
}

export const handlers = [
  http.get('*/api/depot/:depotId/microgrid', async ({ params }) => {
    const depotId = depotParam(params.depotId);
    const instance = `/api/depot/${encodeURIComponent(depotId)}/microgrid`;
    const scenario = findScenario(depotId);
    if (scenario.kind === 'fault') return answerFault(scenario.fault, instance);
    if (scenario.kind === 'site') return answerSite(depotId, scenario.site, scenario.generated, instance);
    return notFound(depotId, instance);
  }),
];
