/**
 * The contract, checked over HTTP against `npm run mock-api`: for every scenario the status, the
 * content type and the body's schema (the app's own zod schemas), and the transport around it:
 * one-segment depot ids, CORS for local origins, and the access check when a token is required.
 */
import * as z from 'zod/mini';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../mocks/scenarios';
import { MicrogridTopologySchema, ProblemSchema, TopologyProblemSchema } from '../../src/domain/topology';
import { startMockApi, type RunningMockApi } from './mock-api-process';

const ACCEPT = 'application/json, application/problem+json';
const JSON_TYPE = /^application\/json\b/;
const PROBLEM_TYPE = /^application\/problem\+json\b/;
const FastApiDetailSchema = z.object({ detail: z.string() });

let api: RunningMockApi;
beforeAll(async () => {
  api = await startMockApi();
}, 30_000);
afterAll(() => api.stop());

const get = (depotId: string, init: RequestInit = {}) =>
  fetch(`${api.url}/api/depot/${encodeURIComponent(depotId)}/microgrid`, { ...init, headers: { Accept: ACCEPT, ...init.headers } });

async function expectAnswer(depotId: string, status: number, contentType: RegExp, schema: z.ZodMiniType) {
  const response = await get(depotId);
  expect([depotId, response.status]).toEqual([depotId, status]);
  expect(response.headers.get('content-type')).toMatch(contentType);
  const parsed = z.safeParse(schema, await response.json());
  expect(parsed.error?.issues ?? [], depotId).toEqual([]);
  return { response, body: parsed.data };
}

describe('every scenario of the catalog', () => {
  const sites = SCENARIOS.filter((s) => s.group !== 'Faults');
  it.each(sites.map((s) => [s.depotId, s.group] as const))('%s (%s) answers as its group says', async (depotId, group) => {
    if (group === 'Topology errors') {
      const { body } = await expectAnswer(depotId, 422, PROBLEM_TYPE, TopologyProblemSchema);
      expect(body).toMatchObject({ status: 422, instance: `/api/depot/${depotId}/microgrid` });
    } else {
      const { body } = await expectAnswer(depotId, 200, JSON_TYPE, MicrogridTopologySchema);
      expect(body).toMatchObject({ depot_id: depotId });
    }
  });

  it.each([
    ['fault-500', 500],
    ['fault-403', 403],
    ['fault-404', 404],
    ['no-such-depot', 404],
  ] as const)('%s answers %i problem+json', async (depotId, status) => {
    const { body } = await expectAnswer(depotId, status, PROBLEM_TYPE, ProblemSchema);
    expect(body).toMatchObject({ status });
  });

  it('fault-503 answers 503 problem+json with Retry-After', async () => {
    const { response } = await expectAnswer('fault-503', 503, PROBLEM_TYPE, ProblemSchema);
    expect(response.headers.get('retry-after')).toBe('5');
  });

  it('fault-401 answers FastAPI’s plain 401 with a Bearer challenge', async () => {
    const { response, body } = await expectAnswer('fault-401', 401, JSON_TYPE, FastApiDetailSchema);
    expect(body).toEqual({ detail: 'Not authenticated' });
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
  });

  it('fault-422-no-errors is a problem without the errors list', async () => {
    const { body } = await expectAnswer('fault-422-no-errors', 422, PROBLEM_TYPE, ProblemSchema);
    expect(z.safeParse(TopologyProblemSchema, body).success).toBe(false);
  });

  it('fault-bad-schema is a 200 that breaks the topology schema at a cap', async () => {
    const response = await get('fault-bad-schema');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(JSON_TYPE);
    const parsed = z.safeParse(MicrogridTopologySchema, await response.json());
    expect(parsed.error?.issues.map((i) => i.path.slice(2).join('.'))).toEqual(['limit.max_power_w']);
  });

  it('fault-slow answers the small depot after about 4 s', async () => {
    const started = Date.now();
    await expectAnswer('fault-slow', 200, JSON_TYPE, MicrogridTopologySchema);
    expect(Date.now() - started).toBeGreaterThanOrEqual(3900);
  });

  it('fault-network drops the connection without an answer', async () => {
    await expect(get('fault-network')).rejects.toThrow(TypeError);
  });

  it('fault-timeout never answers', async () => {
    await expect(get('fault-timeout', { signal: AbortSignal.timeout(1000) })).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('a generated large depot answers with exactly its connectors', async () => {
    const { body } = await expectAnswer('large-137', 200, JSON_TYPE, MicrogridTopologySchema);
    expect((body as { nodes: Array<{ kind: string }> }).nodes.filter((n) => n.kind === 'CONNECTOR')).toHaveLength(137);
  });
});

describe('transport', () => {
  it('a depot id with / ? # and % is one path segment, echoed back decoded', async () => {
    const { body } = await expectAnswer('a/b?c=1#d%e', 404, PROBLEM_TYPE, ProblemSchema);
    expect(body).toMatchObject({ detail: 'There is no depot a/b?c=1#d%e, or it has no microgrid.', instance: '/api/depot/a%2Fb%3Fc%3D1%23d%25e/microgrid' });
  });

  it('lets a page on a local origin send the credentials headers (CORS preflight)', async () => {
    const response = await fetch(`${api.url}/api/depot/welshpool/microgrid`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:5173', 'Access-Control-Request-Method': 'GET', 'Access-Control-Request-Headers': 'authorization, x-depot-id' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(response.headers.get('access-control-allow-headers')).toContain('x-depot-id');
  });

  it('grants no CORS to a page on another machine', async () => {
    const response = await get('welshpool', { headers: { Origin: 'https://elsewhere.example' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('with a token required', () => {
  let guarded: RunningMockApi;
  beforeAll(async () => {
    guarded = await startMockApi({ MOCK_API_TOKEN: 'tok-1', MOCK_API_ACCOUNT_ID: 'acc-1', MOCK_API_WORKSPACE_ID: 'ws-1' });
  }, 30_000);
  afterAll(() => guarded.stop());

  const headers = { Accept: ACCEPT, Authorization: 'Bearer tok-1', 'x-account-id': 'acc-1', 'x-workspace-id': 'ws-1', 'x-depot-id': 'small-depot' };
  const ask = (extra: Record<string, string | undefined>) =>
    fetch(`${guarded.url}/api/depot/small-depot/microgrid`, {
      headers: Object.fromEntries(Object.entries({ ...headers, ...extra }).filter((e): e is [string, string] => e[1] !== undefined)),
    });

  it('answers the depot when the token and every tenant header are right', async () => {
    const response = await ask({});
    expect(response.status).toBe(200);
    expect(z.safeParse(MicrogridTopologySchema, await response.json()).success).toBe(true);
  });

  it.each([undefined, 'Bearer tok-2'])('answers 401 to the token %s', async (authorization) => {
    const response = await ask({ Authorization: authorization });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ detail: 'Not authenticated' });
  });

  it.each(['x-account-id', 'x-workspace-id', 'x-depot-id'])('answers 403 problem+json when %s is wrong', async (header) => {
    const response = await ask({ [header]: 'other' });
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(PROBLEM_TYPE);
    expect(await response.json()).toMatchObject({ status: 403, detail: `The ${header} header does not match this account.` });
  });
});
