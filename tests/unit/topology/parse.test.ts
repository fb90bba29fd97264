import { describe, expect, it } from 'vitest';
import { parseMicrogridTopology, parseProblem } from '../../../src/domain/topology';

const node = (id: string, kind: string, parent: string | null, extra: object = {}) => ({
  id,
  kind,
  parent_id: parent,
  name: id,
  limit: null,
  ...extra,
});

const topology = (nodes: unknown[], extra: object = {}) => ({
  microgrid_id: 'mg-1',
  depot_id: 'depot-1',
  name: 'Depot',
  usable_power_calculation_version: 3,
  generated_at: '2026-03-26T04:12:00Z',
  nodes,
  ...extra,
});

describe('parseMicrogridTopology', () => {
  it('accepts the contract example and fills absent optionals', () => {
    const result = parseMicrogridTopology(
      topology([
        node('mg-1', 'MICROGRID', null),
        node('cp-017', 'CHARGE_POINT', 'mg-1', {
          limit: { max_power_w: 150000, max_current_a: null, phases: 3, source: 'RATED' },
          asset: { ocpp_id: 'WEL-017', power_type: 'DC', status: 'Charging' },
        }),
      ]),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.warnings).toEqual([]);
    expect(result.value.nodes[0]!.asset).toEqual({});
    expect(result.value.nodes[1]!.limit).toEqual({ max_power_w: 150000, max_current_a: null, phases: 3, source: 'RATED' });
  });

  it('tolerates unknown fields, kinds, statuses, sources and issue codes', () => {
    const result = parseMicrogridTopology(
      topology(
        [
          node('mg-1', 'MICROGRID', null, { colour: 'blue' }),
          node('bat-1', 'BATTERY', 'mg-1', { limit: { max_power_w: 5, source: 'VENDOR_SHEET' }, asset: { status: 'Sleeping' } }),
        ],
        { extra_top_level: true, warnings: [{ code: 'NEW_CODE', severity: 'warning', message: 'm', entity: { type: 'X', id: 'bat-1' } }] },
      ),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.nodes[1]!.kind).toBe('BATTERY');
    expect(result.value.nodes[1]!.limit?.source).toBe('VENDOR_SHEET');
    expect(result.value.nodes[1]!.asset.status).toBe('Sleeping');
    expect(result.value.warnings[0]!.code).toBe('NEW_CODE');
    expect(result.value.warnings[0]!.related).toEqual([]);
    expect('extra_top_level' in result.value).toBe(false);
  });

  it('says where a payload is wrong, for every problem', () => {
    const bad = topology([
      node('mg-1', 'MICROGRID', null),
      node('c1', 'CIRCUIT', 'mg-1', { limit: { max_power_w: '22kW' } }),
      node('c2', 'CIRCUIT', 'mg-1', { limit: { max_power_w: -1 } }),
    ]);
    const result = parseMicrogridTopology(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(2);
    expect(result.problems[0]).toMatch(/^at nodes\[1\]\.limit\.max_power_w: .*number/i);
    expect(result.problems[1]).toMatch(/^at nodes\[2\]\.limit\.max_power_w: /);
  });

  it('says what is wrong in words, one line per problem in the order of the payload', () => {
    const result = parseMicrogridTopology(
      topology(
        [
          node('', 'MICROGRID', null),
          node('c1', 'CIRCUIT', 'mg-1', { limit: { max_power_w: '22kW', phases: 2 } }),
          node('c2', 'CIRCUIT', 'mg-1', { limit: { max_power_w: -1 } }),
        ],
        { usable_power_calculation_version: 3.5, warnings: [{ code: 'X', severity: 'fatal', message: 'm', entity: { type: 'T', id: 'i' } }] },
      ),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        'at usable_power_calculation_version: Invalid input: expected int, received number',
        'at nodes[0].id: Too small: expected string to have >=1 characters',
        'at nodes[1].limit.max_power_w: Invalid input: expected number, received string',
        'at nodes[1].limit.phases: Invalid input',
        'at nodes[2].limit.max_power_w: Too small: expected number to be >=0',
        'at warnings[0].severity: Invalid option: expected one of "error"|"warning"',
      ],
    });
  });

  it('rejects a body that is not a topology at all', () => {
    const result = parseMicrogridTopology('<html>gateway</html>');
    expect(result).toEqual({ ok: false, problems: [expect.stringMatching(/^at \(root\): /)] });
  });
});

describe('parseProblem', () => {
  const issue = { code: 'CIRCUIT_CYCLE', severity: 'error', message: 'cycle', entity: { type: 'CIRCUIT', id: 'a' } };

  it('parses the errors of a well-formed problem', () => {
    const parsed = parseProblem({ title: 'T', detail: 'D', status: 422, errors: [issue] });
    expect(parsed.title).toBe('T');
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errorsProblems).toBeNull();
  });

  it('keeps title and detail when errors is missing', () => {
    const parsed = parseProblem({ title: 'T', detail: 'D', status: 422 });
    expect(parsed).toMatchObject({ title: 'T', detail: 'D', errors: null });
    expect(parsed.errorsProblems).toEqual(['The problem has no "errors" list.']);
  });

  it('keeps title and detail when errors is malformed, and says where', () => {
    const parsed = parseProblem({ title: 'T', detail: 'D', errors: [issue, { code: 'X' }] });
    expect(parsed).toMatchObject({ title: 'T', detail: 'D', errors: null });
    expect(parsed.errorsProblems!.every((p) => p.startsWith('at errors[1].'))).toBe(true);
  });

  it('never throws on a body that is not an object', () => {
    expect(parseProblem(null)).toMatchObject({ errors: null });
    expect(parseProblem('text').errorsProblems![0]).toBe('The body is not a problem object.');
  });
});
