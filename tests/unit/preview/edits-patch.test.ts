/**
 * Edits patched into the previous sessions give what applyEdits gives from scratch, for any preset
 * and any two edit sets (connectors plugged, unplugged, changed, edits dropped, ids that name no
 * connector), and keep the objects of the sessions no changed edit touches.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Session } from '../../../src/domain/allocation';
import { applyEdits, presetSessions, reapplyEdits, type SessionEdit } from '../../../src/domain/preview';
import { depotTopology, HAND_MADE_CONNECTORS, handMade } from './depots';

const edit: fc.Arbitrary<SessionEdit> = fc
  .record(
    {
      plugged: fc.boolean(),
      requestedW: fc.integer({ min: 0, max: 200_000 }),
      minW: fc.integer({ min: 0, max: 50_000 }),
      priority: fc.integer({ min: -3, max: 3 }),
      phases: fc.constantFrom(1 as const, 3 as const),
    },
    { requiredKeys: [] },
  )
  .filter((e) => Object.keys(e).length > 0);

/** Edits over `ids` (and an id that names no connector). */
const editsOver = (ids: readonly string[]) =>
  fc.dictionary(fc.constantFrom(...ids, 'not-a-connector'), edit, { maxKeys: ids.length + 1 }).map((record) => new Map(Object.entries(record)));

/** The hand-made depot's connectors, any subset of them with sessions, in any order. */
const handMadeBase: fc.Arbitrary<Session[]> = fc
  .subarray([...HAND_MADE_CONNECTORS])
  .chain((ids) =>
    fc.tuple(...ids.map((connectorId) => fc.record({ connectorId: fc.constant(connectorId), requestedPowerW: fc.integer({ min: 0, max: 50_000 }), minPowerW: fc.option(fc.integer({ min: 0, max: 9_000 }), { nil: undefined }) }))),
  )
  .map((sessions) => sessions.map((s) => (s.minPowerW === undefined ? { connectorId: s.connectorId, requestedPowerW: s.requestedPowerW } : s)))
  .chain((sessions) => fc.shuffledSubarray(sessions, { minLength: sessions.length, maxLength: sessions.length }));

/** One field of an edit set to another value (or dropped), as a table's input does. */
const tweak = fc.record({ field: fc.constantFrom('plugged', 'requestedW', 'minW', 'priority', 'phases'), value: edit, drop: fc.boolean() });
function tweaked(edits: ReadonlyMap<string, SessionEdit>, id: string, { field, value, drop }: { field: string; value: SessionEdit; drop: boolean }): Map<string, SessionEdit> {
  const next = new Map(edits);
  const changed: Record<string, unknown> = { ...(edits.get(id) ?? {}) };
  if (drop) delete changed[field];
  else changed[field] = (value as Record<string, unknown>)[field] ?? changed[field];
  if (Object.keys(changed).length === 0) next.delete(id);
  else next.set(id, changed as SessionEdit);
  return next;
}

describe('reapplyEdits', () => {
  it('equals applyEdits from scratch on the hand-made depot, for any preset and any two edit sets', () => {
    fc.assert(
      fc.property(handMadeBase, editsOver(HAND_MADE_CONNECTORS), editsOver(HAND_MADE_CONNECTORS), (base, before, after) => {
        const previous = { edits: before, sessions: applyEdits(handMade, base, before) };
        expect(reapplyEdits(handMade, base, previous, after)).toEqual(applyEdits(handMade, base, after));
      }),
    );
  });

  it('equals applyEdits from scratch when one field of one edit changes', () => {
    fc.assert(
      fc.property(handMadeBase, editsOver(HAND_MADE_CONNECTORS), fc.constantFrom(...HAND_MADE_CONNECTORS), tweak, (base, before, id, change) => {
        const after = tweaked(before, id, change);
        const previous = { edits: before, sessions: applyEdits(handMade, base, before) };
        expect(reapplyEdits(handMade, base, previous, after)).toEqual(applyEdits(handMade, base, after));
      }),
      { numRuns: 300 },
    );
  });

  const welshpool = depotTopology('welshpool');
  const plugged = presetSessions(welshpool, { kind: 'plugged', percent: 50, seed: 3 }, null);
  const ids = welshpool.nodes.filter((n) => n.kind === 'CONNECTOR').map((n) => n.id);

  it('equals applyEdits on a mock depot, edit after edit, as a user makes them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.option(edit)), { minLength: 1, maxLength: 30 }), (steps) => {
        let edits = new Map<string, SessionEdit>();
        let sessions = applyEdits(welshpool, plugged, edits);
        for (const [id, change] of steps) {
          const next = new Map(edits);
          if (change === null) next.delete(id);
          else next.set(id, change);
          sessions = reapplyEdits(welshpool, plugged, { edits, sessions }, next);
          edits = next;
          expect(sessions).toEqual(applyEdits(welshpool, plugged, edits));
        }
      }),
      { numRuns: 50 },
    );
  });

  it('keeps the objects of the sessions no changed edit touches, and leaves the previous array as it was', () => {
    const edits = new Map<string, SessionEdit>([[ids[0]!, { plugged: false }]]);
    const sessions = applyEdits(welshpool, plugged, edits);
    const copy = [...sessions];
    const next = new Map(edits).set(ids[1]!, { requestedW: 1_000, plugged: true });
    const patched = reapplyEdits(welshpool, plugged, { edits, sessions }, next);
    expect(sessions).toEqual(copy);
    const changed = patched.find((s) => s.connectorId === ids[1]);
    expect(changed?.requestedPowerW).toBe(1_000);
    for (const s of patched) if (s !== changed) expect(sessions).toContain(s);
  });
});
