/** The session file: the text written, read back, and every way a text can fail to be one. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depotTopology } from './depots';
import type { Session } from '../../../src/domain/allocation';
import { readSessionFile, SESSION_FILE_FORMAT, sessionFileText } from '../../../src/domain/preview';

const welshpool = depotTopology('welshpool');
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'depot-microgrid-sessions', version: 1, depotId: 'welshpool', strategy: 'connector', sessions: [], ...fields });
const failure = (text: string) => {
  const read = readSessionFile(text, welshpool);
  if (read.ok) throw new Error(`expected a failure, read ${JSON.stringify(read)}`);
  return read.message;
};

describe('sessionFileText', () => {
  it('writes pretty JSON in connector-id order, with only the fields a session has', () => {
    const sessions: Session[] = [
      { connectorId: 'cp-002-1', requestedPowerW: 150_000, priority: 1 },
      { connectorId: 'cp-001-1', requestedPowerW: 100_000, minPowerW: 0 },
    ];
    expect(sessionFileText('welshpool', 'charger', sessions)).toBe(`{
  "format": "depot-microgrid-sessions",
  "version": 1,
  "depotId": "welshpool",
  "strategy": "charger",
  "sessions": [
    {
      "connectorId": "cp-001-1",
      "requestedPowerW": 100000,
      "minPowerW": 0
    },
    {
      "connectorId": "cp-002-1",
      "requestedPowerW": 150000,
      "priority": 1
    }
  ]
}
`);
    expect(SESSION_FILE_FORMAT).toBe('depot-microgrid-sessions');
  });
});

describe('readSessionFile', () => {
  it('reads back what it writes', () => {
    const sessions: Session[] = [
      { connectorId: 'cp-001-1', requestedPowerW: 100_000, minPowerW: 5_000, priority: -2 },
      { connectorId: 'cp-009-2', requestedPowerW: 0.5, phases: 3 },
    ];
    expect(readSessionFile(sessionFileText('welshpool', 'charger', sessions), welshpool)).toEqual({
      ok: true, sessions, strategy: 'charger', depotId: 'welshpool',
    });
  });

  it('sorts the sessions and drops fields it does not know', () => {
    const text = file({ sessions: [{ connectorId: 'cp-002-1', requestedPowerW: 1, note: 'x' }, { connectorId: 'cp-001-1', requestedPowerW: 2 }] });
    expect(readSessionFile(text, welshpool)).toEqual({
      ok: true, strategy: 'connector', depotId: 'welshpool',
      sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 2 }, { connectorId: 'cp-002-1', requestedPowerW: 1 }],
    });
  });

  it('a file for another depot is read, with its depot id', () => {
    const read = readSessionFile(file({ depotId: 'small-depot', sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 2 }] }), welshpool);
    expect(read).toMatchObject({ ok: true, depotId: 'small-depot' });
  });

  it('a missing or unknown strategy reads as none', () => {
    expect(readSessionFile(file({ strategy: undefined }), welshpool)).toMatchObject({ ok: true, strategy: null });
    expect(readSessionFile(file({ strategy: 'fastest' }), welshpool)).toMatchObject({ ok: true, strategy: null });
  });

  it.each([
    ['', 'Not a session file: it is empty.'],
    ['  \n', 'Not a session file: it is empty.'],
    ['null', 'Not a session file: it holds null, not a JSON object.'],
    ['[]', 'Not a session file: it holds a list, not a JSON object.'],
    ['42', 'Not a session file: it holds a number, not a JSON object.'],
    ['{}', 'Not a session file: its "format" is not "depot-microgrid-sessions".'],
    [file({ format: 'depot-microgrid-topology' }), 'Not a session file: its "format" is not "depot-microgrid-sessions".'],
    [file({ version: undefined }), 'This session file has no "version"; only version 1 can be read.'],
    [file({ version: 2 }), 'This session file is version 2; only version 1 can be read.'],
    [file({ version: '1' }), 'This session file is version "1"; only version 1 can be read.'],
    [file({ sessions: undefined }), 'sessions must be a list of sessions.'],
    [file({ sessions: {} }), 'sessions must be a list of sessions.'],
    [file({ depotId: 7 }), 'depotId must be a string: the depot the sessions were made for.'],
    [file({ sessions: [null] }), 'sessions[0] must be an object with a connectorId and a requestedPowerW.'],
    [file({ sessions: [{ requestedPowerW: 1 }] }), 'sessions[0].connectorId must be a connector id (a non-empty string).'],
    [file({ sessions: [{ connectorId: '', requestedPowerW: 1 }] }), 'sessions[0].connectorId must be a connector id (a non-empty string).'],
    [file({ sessions: [{ connectorId: 'cp-001-1' }] }), 'sessions[0].requestedPowerW must be a number of watts, 0 or more.'],
    [file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: -1 }] }), 'sessions[0].requestedPowerW must be a number of watts, 0 or more.'],
    [file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: '7000' }] }), 'sessions[0].requestedPowerW must be a number of watts, 0 or more.'],
    [file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 7, minPowerW: null }] }), 'sessions[0].minPowerW must be a number of watts, 0 or more.'],
    [file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 7, priority: 1.5 }] }), 'sessions[0].priority must be a whole number.'],
    [file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 7, phases: 2 }] }), 'sessions[0].phases must be 1 or 3.'],
    [file({ sessions: [{ connectorId: 'cp-999-1', requestedPowerW: 7 }] }), 'sessions[0] names "cp-999-1", which is not a connector of this depot.'],
    [file({ sessions: [{ connectorId: 'circ-bay-a', requestedPowerW: 7 }] }), 'sessions[0] names "circ-bay-a", which is a CIRCUIT of this depot, not a connector.'],
    [file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 7, minPowerW: 8 }] }), 'sessions[0].minPowerW (8 W) is more than its requestedPowerW (7 W).'],
  ])('%j: %s', (text, message) => {
    expect(failure(text)).toBe(message);
  });

  it('invalid JSON: says so with the parser’s reason', () => {
    expect(failure('{"format": }')).toMatch(/^Not a session file: it is not valid JSON \(.+\)\.$/);
  });

  it('huge numbers: 1e400 is no number of watts', () => {
    const text = `{"format":"depot-microgrid-sessions","version":1,"depotId":"welshpool","sessions":[{"connectorId":"cp-001-1","requestedPowerW":1e400}]}`;
    expect(failure(text)).toBe('sessions[0].requestedPowerW must be a number of watts, 0 or more.');
    const large = text.replace('1e400', '1e300');
    expect(readSessionFile(large, welshpool)).toMatchObject({ ok: true, sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 1e300 }] });
  });

  it('a connector named twice', () => {
    const text = file({ sessions: [{ connectorId: 'cp-001-1', requestedPowerW: 1 }, { connectorId: 'cp-002-1', requestedPowerW: 1 }, { connectorId: 'cp-001-1', requestedPowerW: 2 }] });
    expect(failure(text)).toBe('sessions[2] names "cp-001-1" again (sessions[0] already does).');
  });

  it('several problems are listed, five at most', () => {
    const sessions = [
      { connectorId: 'cp-001-1', requestedPowerW: -1 },
      { connectorId: 'cp-002-1', requestedPowerW: 1, priority: 0.5 },
      { requestedPowerW: 1 },
      { connectorId: 'cp-004-1', requestedPowerW: 'a' },
      { connectorId: 'cp-005-1', requestedPowerW: 1, phases: 0 },
      { connectorId: 'cp-006-1', requestedPowerW: 1, minPowerW: -2 },
      { connectorId: 'cp-007-1' },
    ];
    expect(failure(file({ sessions }))).toBe([
      'The session file has 7 problems:',
      '- sessions[0].requestedPowerW must be a number of watts, 0 or more.',
      '- sessions[1].priority must be a whole number.',
      '- sessions[2].connectorId must be a connector id (a non-empty string).',
      '- sessions[3].requestedPowerW must be a number of watts, 0 or more.',
      '- sessions[4].phases must be 1 or 3.',
      '… and 2 more.',
    ].join('\n'));
  });

  it('two problems against the depot are both listed', () => {
    const text = file({ sessions: [{ connectorId: 'nope', requestedPowerW: 1 }, { connectorId: 'cp-001-1', requestedPowerW: 1, minPowerW: 2 }] });
    expect(failure(text)).toBe([
      'The session file has 2 problems:',
      '- sessions[0] names "nope", which is not a connector of this depot.',
      '- sessions[1].minPowerW (2 W) is more than its requestedPowerW (1 W).',
    ].join('\n'));
  });

  it('__proto__ keys neither pollute nor pass for fields', () => {
    const text = `{"__proto__":{"format":"depot-microgrid-sessions","version":1},"format":"depot-microgrid-sessions","version":1,"depotId":"welshpool",
      "sessions":[{"__proto__":{"requestedPowerW":5},"connectorId":"cp-001-1"},{"connectorId":"__proto__","requestedPowerW":1}]}`;
    expect(failure(text)).toBe('sessions[0].requestedPowerW must be a number of watts, 0 or more.');
    expect(({} as Record<string, unknown>).requestedPowerW).toBeUndefined();
    const onlyProto = `{"__proto__":{"format":"depot-microgrid-sessions","version":1}}`;
    expect(failure(onlyProto)).toBe('Not a session file: its "format" is not "depot-microgrid-sessions".');
    const protoId = file({ sessions: [{ connectorId: '__proto__', requestedPowerW: 1 }, { connectorId: 'constructor', requestedPowerW: 1 }] });
    expect(failure(protoId)).toBe([
      'The session file has 2 problems:',
      '- sessions[0] names "__proto__", which is not a connector of this depot.',
      '- sessions[1] names "constructor", which is not a connector of this depot.',
    ].join('\n'));
  });

  it('never throws, whatever the text', () => {
    const sessionLike = fc.record(
      { connectorId: fc.oneof(fc.constantFrom('cp-001-1', 'cp-002-1', '__proto__', ''), fc.jsonValue()), requestedPowerW: fc.jsonValue(), minPowerW: fc.jsonValue(), priority: fc.jsonValue(), phases: fc.jsonValue() },
      { requiredKeys: [] },
    );
    const fileLike = fc.record(
      { format: fc.constant(SESSION_FILE_FORMAT), version: fc.constantFrom(1, 1, 2, '1'), depotId: fc.jsonValue(), strategy: fc.jsonValue(), sessions: fc.oneof(fc.array(sessionLike), fc.jsonValue()) },
      { requiredKeys: ['format'] },
    ).map((f) => JSON.stringify(f));
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), fileLike), (text) => {
        const read = readSessionFile(text, welshpool);
        if (!read.ok) expect(read.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
