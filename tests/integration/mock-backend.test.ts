/**
 * The mock backend over HTTP (MSW in Node): each kind of scenario answers as the contract says.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { ERROR_MANY_CODES, SCENARIOS, SLOW_DELAY_MS } from '../../mocks/scenarios';
import { BLOCKING_CODES } from '../../src/domain/site-data';
import { buildTopologyIndex, parseMicrogridTopology, parseProblem } from '../../src/domain/topology';

const BASE = 'http://depot.test';
const url = (depotId: string) => `${BASE}/api/depot/${encodeURIComponent(depotId)}/microgrid`;
const get = (depotId: string, init?: RequestInit) =>
  fetch(url(depotId), { headers: { Accept: 'application/json, application/problem+json' }, ...init });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

async function topology(depotId: string) {
  const response = await get(depotId);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  const parsed = parseMicrogridTopology(await response.json());
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  return parsed.value;
}

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  return parseProblem(await response.json());
}

describe('healthy depots', () => {
  it('small-depot: one grid connection, two circuits, six chargers, no warnings', async () => {
    const t = await topology('small-depot');
    expect(t.depot_id).toBe('small-depot');
    const kinds = t.nodes.map((n) => n.kind);
    expect(kinds.filter((k) => k === 'GRID_CONNECTION')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'CIRCUIT')).toHaveLength(1); // the main board is drawn as the grid connection
    expect(kinds.filter((k) => k === 'CHARGE_POINT')).toHaveLength(6);
    expect(new Set(t.nodes.map((n) => n.asset.power_type).filter((p) => p === 'AC' || p === 'DC'))).toEqual(new Set(['AC', 'DC']));
    expect(t.warnings).toEqual([]);
    expect(buildTopologyIndex(t).diagnostics).toEqual([]);
    expect(t.generated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it('welshpool: two grid connections, six charger circuits, about 40 DC chargers, with warnings', async () => {
    const t = await topology('welshpool');
    const index = buildTopologyIndex(t);
    expect(index.diagnostics).toEqual([]);
    const of = (kind: string) => t.nodes.filter((n) => n.kind === kind);
    expect(of('GRID_CONNECTION')).toHaveLength(2);
    expect(of('CIRCUIT')).toHaveLength(6);
    expect(of('CIRCUIT').some((c) => index.nodes.get(c.parent_id!)?.kind === 'CIRCUIT')).toBe(true);
    expect(of('CHARGE_POINT').length).toBeGreaterThanOrEqual(35);
    expect(of('CHARGE_POINT').every((cp) => cp.asset.power_type === 'DC')).toBe(true);
    const codes = new Set(t.warnings.map((w) => w.code));
    expect(codes).toContain('OVERSUBSCRIBED');
    expect(codes).toContain('CAPACITY_FROM_SAFE_FALLBACK');
    expect(t.warnings.every((w) => w.severity === 'warning')).toBe(true);
  });

  it('legacy-depot: version 2 with a LEGACY_CALCULATION_VERSION warning', async () => {
    const t = await topology('legacy-depot');
    expect(t.usable_power_calculation_version).toBe(2);
    expect(t.warnings.map((w) => w.code)).toEqual(['LEGACY_CALCULATION_VERSION']);
  });
});

describe('topology errors', () => {
  it.each(BLOCKING_CODES.map((code) => [`error-${code.toLowerCase().replace(/_/g, '-')}`, code]))(
    '%s answers 422 listing only %s',
    async (depotId, code) => {
      const p = await problemOf(await get(depotId), 422);
      expect(p.type).toBe('/problems/microgrid-topology-invalid');
      expect(p.depot_id).toBe(depotId);
      expect(p.instance).toBe(`/api/depot/${depotId}/microgrid`);
      expect(p.errorsProblems).toBeNull();
      expect(new Set(p.errors!.map((e) => e.code))).toEqual(new Set([code]));
      expect(p.detail).toMatch(new RegExp(`^${p.errors!.length} errors? prevents? deriving the microgrid topology of depot ${depotId}\\.$`));
    },
  );

  it('error-many lists several different blocking codes in the contract order', async () => {
    expect(new Set(ERROR_MANY_CODES).size).toBeGreaterThan(2);
    expect(ERROR_MANY_CODES.every((code) => BLOCKING_CODES.includes(code))).toBe(true);
    expect([...ERROR_MANY_CODES].sort()).toEqual(ERROR_MANY_CODES); // the contract orders issues by code first
    const p = await problemOf(await get('error-many'), 422);
    expect(p.errors!.map((e) => e.code)).toEqual(ERROR_MANY_CODES);
  });
});

describe('large depots', () => {
  it.each([1000, 137])('large-%i has exactly that many connectors in a proper tree, the same on every request', async (n) => {
    const first = await topology(`large-${n}`);
    expect(first.nodes.filter((node) => node.kind === 'CONNECTOR')).toHaveLength(n);
    expect(first.nodes.filter((node) => node.kind === 'GRID_CONNECTION').length).toBeGreaterThanOrEqual(1);
    expect(buildTopologyIndex(first).diagnostics).toEqual([]);
    const again = await topology(`large-${n}`);
    expect(JSON.stringify(again.nodes)).toBe(JSON.stringify(first.nodes));
  });

  it('large-1000 nests circuits and has several grid connections and chargers of one and two connectors', async () => {
    const t = await topology('large-1000');
    const index = buildTopologyIndex(t);
    expect(t.nodes.filter((n) => n.kind === 'GRID_CONNECTION').length).toBeGreaterThan(1);
    expect(t.nodes.some((n) => n.kind === 'CIRCUIT' && index.nodes.get(n.parent_id!)?.kind === 'CIRCUIT')).toBe(true);
    const outlets = new Set(t.nodes.filter((n) => n.kind === 'CHARGE_POINT').map((cp) => index.childrenOf(cp.id).length));
    expect(outlets).toEqual(new Set([1, 2]));
  });

  it('answers 404 beyond 50,000 connectors', async () => {
    await problemOf(await get('large-50001'), 404);
  });
});

describe('faults', () => {
  it.each([['fault-500', 500], ['fault-503', 503]])('%s answers %i with a problem body', async (depotId, status) => {
    const p = await problemOf(await get(depotId), status);
    expect(p.title).toBeTruthy();
  });

  it('fault-503 says when to retry', async () => {
    expect((await get('fault-503')).headers.get('retry-after')).toBe('5');
  });

  it('fault-401 answers with FastAPI’s plain detail body', async () => {
    const response = await get('fault-401');
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ detail: 'Not authenticated' });
  });

  it.each([['fault-403', 403], ['fault-404', 404], ['no-such-depot', 404]])('%s answers %i problem+json', async (depotId, status) => {
    const p = await problemOf(await get(depotId), status);
    expect(p.status).toBe(status);
    expect(p.detail).toBeTruthy();
  });

  it('an unknown depot id with characters that need encoding gets a 404 naming it', async () => {
    const p = await problemOf(await get('depot one/Ω'), 404);
    expect(p.detail).toContain('depot one/Ω');
    expect(p.instance).toBe('/api/depot/depot%20one%2F%CE%A9/microgrid');
  });

  it('fault-bad-schema answers 200 with a body the contract schema rejects, saying where', async () => {
    const response = await get('fault-bad-schema');
    expect(response.status).toBe(200);
    const parsed = parseMicrogridTopology(await response.json());
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.join('\n')).toMatch(/nodes\[\d+\]\.limit\.max_power_w/);
  });

  it('fault-422-no-errors answers a 422 problem without an errors list', async () => {
    const p = await problemOf(await get('fault-422-no-errors'), 422);
    expect(p.title).toBe('Microgrid topology cannot be assembled');
    expect(p.errors).toBeNull();
    expect(p.errorsProblems).toEqual(['The problem has no "errors" list.']);
  });

  it('fault-network fails the request itself', async () => {
    await expect(get('fault-network')).rejects.toThrow(TypeError);
  });

  it('fault-timeout never answers: only the client timeout ends it', async () => {
    const started = Date.now();
    await expect(get('fault-timeout', { signal: AbortSignal.timeout(300) })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('fault-slow answers the small depot after SLOW_DELAY_MS, not before', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let answered = false;
      const pending = topology('fault-slow').finally(() => {
        answered = true;
      });
      await vi.advanceTimersByTimeAsync(SLOW_DELAY_MS - 1);
      expect(answered).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect((await pending).depot_id).toBe('small-depot');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the scenario catalog', () => {
  it('lists every required scenario once, each reachable over HTTP with the status its group implies', async () => {
    const ids = SCENARIOS.map((s) => s.depotId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ['small-depot', 'welshpool', 'legacy-depot', 'error-many', 'large-1000', 'large-5000', 'large-10000']) expect(ids).toContain(id);
    expect(SCENARIOS.filter((s) => s.group === 'Topology errors')).toHaveLength(16);
    expect(SCENARIOS.filter((s) => s.group === 'Faults')).toHaveLength(10);
    for (const s of SCENARIOS.filter((x) => x.group === 'Healthy' || x.group === 'Topology errors')) {
      const response = await get(s.depotId);
      expect([s.depotId, response.status]).toEqual([s.depotId, s.group === 'Healthy' ? 200 : 422]);
      await response.arrayBuffer();
    }
  });
});
