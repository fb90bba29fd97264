import { QueryClient } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HttpError, microgridQueryOptions, TimeoutError } from '../../../src/api';
import { BASE, config, topology } from '../../fixtures/api';

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const URL_PATTERN = `${BASE}/api/depot/:depotId/microgrid`;

function client() {
  return new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
}

describe('microgridQueryOptions', () => {
  it('retries a 5xx once by default and then succeeds', async () => {
    let calls = 0;
    server.use(
      http.get(URL_PATTERN, () => {
        calls += 1;
        return calls === 1 ? HttpResponse.text('busy', { status: 503 }) : HttpResponse.json(topology);
      }),
    );
    const data = await client().fetchQuery(microgridQueryOptions('dep-1', config({ retries: 1 })));
    expect(calls).toBe(2);
    expect(data.depot_id).toBe('dep-1');
  });

  it('gives up after the configured number of retries', async () => {
    let calls = 0;
    server.use(
      http.get(URL_PATTERN, () => {
        calls += 1;
        return HttpResponse.text('busy', { status: 503 });
      }),
    );
    await expect(client().fetchQuery(microgridQueryOptions('dep-1', config({ retries: 2 })))).rejects.toBeInstanceOf(HttpError);
    expect(calls).toBe(3);
  });

  it('never retries a 4xx', async () => {
    let calls = 0;
    server.use(
      http.get(URL_PATTERN, () => {
        calls += 1;
        return HttpResponse.json({ detail: 'Forbidden' }, { status: 403 });
      }),
    );
    await expect(client().fetchQuery(microgridQueryOptions('dep-1', config({ retries: 3 })))).rejects.toBeInstanceOf(HttpError);
    expect(calls).toBe(1);
  });

  it('does not retry a timeout: the timeout is the whole wait, not one of several', async () => {
    let calls = 0;
    server.use(
      http.get(URL_PATTERN, async () => {
        calls += 1;
        await delay('infinite');
        return HttpResponse.json(topology);
      }),
    );
    const started = Date.now();
    await expect(client().fetchQuery(microgridQueryOptions('dep-1', config({ timeoutMs: 200, retries: 3 })))).rejects.toBeInstanceOf(TimeoutError);
    expect(calls).toBe(1);
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('leaves a 503 with Retry-After to the error view: it says when the server may be asked again', async () => {
    let calls = 0;
    server.use(
      http.get(URL_PATTERN, () => {
        calls += 1;
        return HttpResponse.text('busy', { status: 503, headers: { 'Retry-After': '30' } });
      }),
    );
    const error = await client()
      .fetchQuery(microgridQueryOptions('dep-1', config({ retries: 3 })))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).retryAfter).toEqual({ raw: '30', delayMs: 30_000, auto: true });
    expect(calls).toBe(1);
  });

  it('keys the query by depot id', () => {
    expect(microgridQueryOptions('a/b', config()).queryKey).toEqual(['microgrid', 'a/b']);
  });
});
