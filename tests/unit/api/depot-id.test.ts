import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { depotIdProblem, fetchMicrogridTopology, InvalidDepotIdError, microgridPath } from '../../../src/api';
import { BASE, config, topology } from '../../fixtures/api';

const server = setupServer();
const seen: string[] = [];
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
});
afterAll(() => server.close());

function recordEveryRequest() {
  server.use(
    http.all('*', ({ request }) => {
      seen.push(request.url);
      return HttpResponse.json(topology);
    }),
  );
}

describe('depot ids that cannot be sent', () => {
  it.each(['', '   ', '.', '..'])('%j is refused before any request, with a reason', async (depotId) => {
    recordEveryRequest();
    const outcome = await fetchMicrogridTopology(depotId, config()).then(
      () => null,
      (error: unknown) => error,
    );
    expect(outcome).toBeInstanceOf(InvalidDepotIdError);
    expect((outcome as InvalidDepotIdError).retryable).toBe(false);
    expect((outcome as InvalidDepotIdError).message).toBe(depotIdProblem(depotId));
    expect(seen).toEqual([]);
    expect(() => microgridPath(depotId)).toThrow(InvalidDepotIdError);
  });

  it('says which: empty asks for an id, a dot segment names the address problem', () => {
    expect(depotIdProblem(' ')).toBe('Enter a depot id.');
    expect(depotIdProblem('..')).toBe('".." cannot be a depot id: it would name another address.');
    expect(depotIdProblem('...')).toBeNull();
    expect(depotIdProblem('.hidden')).toBeNull();
  });
});

describe('depot ids that need encoding', () => {
  it.each(['a/b', 'a?b=1', 'a#b', '100%', '%2F', 'a/../b', ' padded '])('%j reaches the server as one path segment', async (depotId) => {
    let received: unknown = null;
    server.use(
      http.get(`${BASE}/api/depot/:depotId/microgrid`, ({ request, params }) => {
        seen.push(request.url);
        received = params.depotId;
        return HttpResponse.json(topology);
      }),
    );
    await fetchMicrogridTopology(depotId, config());
    expect(received).toBe(depotId);
    expect(seen).toEqual([`${BASE}/api/depot/${encodeURIComponent(depotId)}/microgrid`]);
  });
});
