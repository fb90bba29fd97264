import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  fetchMicrogridTopology,
  HttpError,
  NetworkError,
  RequestAbortedError,
  ResponseShapeError,
  TimeoutError,
  TopologyProblemError,
} from '../../../src/api';
import { BASE, config, problem, topology } from '../../fixtures/api';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL_PATTERN = `${BASE}/api/depot/:depotId/microgrid`;

/** Runs the request and returns what it rejected with (failing the test if it resolved). */
async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const outcome = await promise.then(
    () => null,
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(ApiError);
  return outcome as ApiError;
}

describe('request', () => {
  it('asks for JSON or problem JSON and sends no credentials when no token is configured', async () => {
    let seen: Headers | null = null;
    server.use(
      http.get(URL_PATTERN, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json(topology);
      }),
    );
    await fetchMicrogridTopology('dep-1', config({ accountId: 'acc-1', workspaceId: 'ws-1' }));
    const headers = seen as Headers | null;
    expect(headers?.get('accept')).toBe('application/json, application/problem+json');
    expect(headers?.get('authorization')).toBeNull();
    expect(headers?.get('x-account-id')).toBeNull();
    expect(headers?.get('x-workspace-id')).toBeNull();
    expect(headers?.get('x-depot-id')).toBeNull();
  });

  it('sends the bearer token and the tenant headers when a token is configured', async () => {
    let seen: Headers | null = null;
    server.use(
      http.get(URL_PATTERN, ({ request }) => {
        seen = request.headers;
        return HttpResponse.json(topology);
      }),
    );
    await fetchMicrogridTopology('dep-1', config({ token: 'tok-123', accountId: 'acc-1', workspaceId: 'ws-1' }));
    const headers = seen as Headers | null;
    expect(headers?.get('authorization')).toBe('Bearer tok-123');
    expect(headers?.get('x-account-id')).toBe('acc-1');
    expect(headers?.get('x-workspace-id')).toBe('ws-1');
    expect(headers?.get('x-depot-id')).toBe('dep-1');
  });

  it('URL-encodes an odd depot id into a single path segment', async () => {
    let rawUrl = '';
    let param: unknown = null;
    server.use(
      http.get(URL_PATTERN, ({ request, params }) => {
        rawUrl = request.url;
        param = params.depotId;
        return HttpResponse.json(topology);
      }),
    );
    await fetchMicrogridTopology('a/b c?', config());
    expect(rawUrl).toBe(`${BASE}/api/depot/a%2Fb%20c%3F/microgrid`);
    expect(param).toBe('a/b c?');
  });

  it('honours a base URL with a path prefix', async () => {
    server.use(http.get(`${BASE}/core/api/depot/:depotId/microgrid`, () => HttpResponse.json(topology)));
    const result = await fetchMicrogridTopology('dep-1', config({ baseUrl: `${BASE}/core` }));
    expect(result.microgrid_id).toBe('mg-1');
  });
});

describe('200', () => {
  it('returns the parsed topology', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json(topology)));
    const result = await fetchMicrogridTopology('dep-1', config());
    expect(result.nodes.map((n) => n.id)).toEqual(['mg-1', 'gc-1']);
    expect(result.nodes[1]?.limit?.max_power_w).toBe(400000);
  });

  it('reports a body that breaks the schema with the path of every problem', async () => {
    const broken = {
      ...topology,
      nodes: [topology.nodes[0], { ...topology.nodes[1], kind: 7, limit: { max_power_w: '400 kW' } }],
    };
    server.use(http.get(URL_PATTERN, () => HttpResponse.json(broken)));
    const error = await failure(fetchMicrogridTopology('dep-1', config()));
    expect(error).toBeInstanceOf(ResponseShapeError);
    const problems = (error as ResponseShapeError).problems;
    expect(problems).toHaveLength(2);
    expect(problems.some((p) => p.startsWith('at nodes[1].kind:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('at nodes[1].limit.max_power_w:'))).toBe(true);
    expect(error.retryable).toBe(false);
    expect(error.rawBody).toBe(JSON.stringify(broken));
  });

  it('reports a body that is not JSON at all', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.text('<html>gateway</html>', { status: 200 })));
    const error = await failure(fetchMicrogridTopology('dep-1', config()));
    expect(error).toBeInstanceOf(ResponseShapeError);
    expect((error as ResponseShapeError).problems[0]).toMatch(/^The body is not JSON/);
    expect(error.rawBody).toBe('<html>gateway</html>');
  });
});

describe('422', () => {
  it('carries the parsed problem, every issue in the order received, and the raw body', async () => {
    const body = JSON.stringify(problem);
    server.use(
      http.get(URL_PATTERN, () => new HttpResponse(body, { status: 422, headers: { 'Content-Type': 'application/problem+json' } })),
    );
    const error = await failure(fetchMicrogridTopology('dep-1', config()));
    expect(error).toBeInstanceOf(TopologyProblemError);
    const { problem: parsed } = error as TopologyProblemError;
    expect(parsed.title).toBe('Microgrid topology cannot be assembled');
    expect(parsed.errors?.map((i) => i.code)).toEqual(['CIRCUIT_CAPACITY_MISSING', 'CHARGE_POINT_CIRCUIT_NOT_FOUND']);
    expect(parsed.errorsProblems).toBeNull();
    expect(error.status).toBe(422);
    expect(error.retryable).toBe(false);
    expect(error.rawBody).toBe(body);
  });

  it('keeps title and detail when errors is malformed, and says where', async () => {
    const body = { ...problem, errors: [{ code: 'X', severity: 'fatal', message: 'm', entity: { type: 'CIRCUIT', id: 'c' } }] };
    server.use(http.get(URL_PATTERN, () => HttpResponse.json(body, { status: 422 })));
    const error = (await failure(fetchMicrogridTopology('dep-1', config()))) as TopologyProblemError;
    expect(error.problem.title).toBe(problem.title);
    expect(error.problem.detail).toBe(problem.detail);
    expect(error.problem.errors).toBeNull();
    expect(error.problem.errorsProblems?.[0]).toMatch(/^at errors\[0\]\.severity:/);
  });

  it("treats FastAPI's own request validation 422 as an HTTP error with its detail", async () => {
    const body = { detail: [{ loc: ['path', 'depot_id'], msg: 'field required', type: 'missing' }] };
    server.use(http.get(URL_PATTERN, () => HttpResponse.json(body, { status: 422 })));
    const error = await failure(fetchMicrogridTopology('dep-1', config()));
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).detail).toBe('path.depot_id: field required');
  });
});

describe('other statuses', () => {
  it.each([
    [401, 'Sign-in required'],
    [403, 'Access denied'],
    [404, 'Depot or microgrid not found'],
  ])('%i is an HTTP error that is not retried', async (status, title) => {
    server.use(
      http.get(URL_PATTERN, () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Nope', status, detail: `Status ${status} detail.` },
          { status, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const error = await failure(fetchMicrogridTopology('dep-1', config()));
    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(status);
    expect(error.title).toBe(title);
    expect(error.retryable).toBe(false);
    expect((error as HttpError).problem?.title).toBe('Nope');
    expect((error as HttpError).detail).toBe(`Status ${status} detail.`);
  });

  it("understands FastAPI's string detail", async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.json({ detail: 'Not authenticated' }, { status: 401 })));
    const error = (await failure(fetchMicrogridTopology('dep-1', config()))) as HttpError;
    expect(error.problem).toBeNull();
    expect(error.detail).toBe('Not authenticated');
  });

  it('a 5xx is retryable and keeps a non-JSON body verbatim', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.text('upstream exploded', { status: 503 })));
    const error = (await failure(fetchMicrogridTopology('dep-1', config()))) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.retryable).toBe(true);
    expect(error.detail).toBeNull();
    expect(error.rawBody).toBe('upstream exploded');
  });
});

describe('no answer', () => {
  it('a network failure is a retryable NetworkError', async () => {
    server.use(http.get(URL_PATTERN, () => HttpResponse.error()));
    const error = await failure(fetchMicrogridTopology('dep-1', config()));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.retryable).toBe(true);
    expect(error.status).toBeNull();
  });

  it('gives up after the configured timeout with a retryable TimeoutError', async () => {
    server.use(
      http.get(URL_PATTERN, async () => {
        await delay(1000);
        return HttpResponse.json(topology);
      }),
    );
    const error = await failure(fetchMicrogridTopology('dep-1', config({ timeoutMs: 50 })));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.retryable).toBe(true);
  });

  it("stops when the caller's signal aborts", async () => {
    server.use(
      http.get(URL_PATTERN, async () => {
        await delay(1000);
        return HttpResponse.json(topology);
      }),
    );
    const controller = new AbortController();
    const pending = fetchMicrogridTopology('dep-1', config(), controller.signal);
    setTimeout(() => controller.abort(), 20);
    const error = await failure(pending);
    expect(error).toBeInstanceOf(RequestAbortedError);
  });
});
