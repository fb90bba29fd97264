/** User edits on top of a preset: applied, derived back from a wanted session set, set one at a time. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HAND_MADE_CONNECTORS, HAND_MADE_RATINGS, handMade } from './depots';
import type { Session } from '../../../src/domain/allocation';
import { applyEdits, editsBetween, withEdit, type SessionEdit } from '../../../src/domain/preview';

const edits = (entries: Record<string, SessionEdit>) => new Map(Object.entries(entries));
const base: Session[] = [
  { connectorId: 'cp-a-1', requestedPowerW: 11_000, minPowerW: 4_140 },
  { connectorId: 'cp-c-1', requestedPowerW: 22_080 },
];

describe('applyEdits', () => {
  it('no edits: the preset’s sessions', () => {
    expect(applyEdits(handMade, base, new Map())).toEqual(base);
  });

  it('unplugging removes a session; plugging in adds one at the connector’s rating', () => {
    expect(applyEdits(handMade, base, edits({ 'cp-a-1': { plugged: false }, 'cp-b-1': { plugged: true } }))).toEqual([
      { connectorId: 'cp-b-1', requestedPowerW: 7_360 },
      { connectorId: 'cp-c-1', requestedPowerW: 22_080 },
    ]);
  });

  it('plugging in on a charge point’s rating, with fields set at once', () => {
    expect(applyEdits(handMade, [], edits({ 'cp-a-1': { plugged: true, minW: 1_000, priority: -3 } }))).toEqual([
      { connectorId: 'cp-a-1', requestedPowerW: 11_000, minPowerW: 1_000, priority: -3 },
    ]);
  });

  it('fields override the session’s; plugging in a connector that has a session changes nothing else', () => {
    expect(applyEdits(handMade, base, edits({ 'cp-a-1': { requestedW: 9_000, priority: 2 }, 'cp-c-1': { plugged: true, minW: 0 } }))).toEqual([
      { connectorId: 'cp-a-1', requestedPowerW: 9_000, minPowerW: 4_140, priority: 2 },
      { connectorId: 'cp-c-1', requestedPowerW: 22_080, minPowerW: 0 },
    ]);
  });

  it('fields on a connector with no session do nothing', () => {
    expect(applyEdits(handMade, base, edits({ 'cp-b-1': { requestedW: 5_000, minW: 10, priority: 1 } }))).toEqual(base);
  });

  it('the minimum is capped at the request, whichever edit lowers it', () => {
    expect(applyEdits(handMade, base, edits({ 'cp-a-1': { requestedW: 2_000 }, 'cp-c-1': { minW: 30_000 } }))).toEqual([
      { connectorId: 'cp-a-1', requestedPowerW: 2_000, minPowerW: 2_000 },
      { connectorId: 'cp-c-1', requestedPowerW: 22_080, minPowerW: 22_080 },
    ]);
  });

  it('edits of unknown ids and of nodes that are not connectors are ignored', () => {
    expect(applyEdits(handMade, base, edits({ 'cp-z-1': { plugged: true }, 'cp-a': { plugged: true }, circ: { plugged: true }, 'cp-a-1 ': { plugged: false } }))).toEqual(base);
  });

  it('gives connector-id order and leaves its inputs alone', () => {
    const reversed = [...base].reverse();
    const before = structuredClone(reversed);
    const changes = edits({ 'cp-a-1': { requestedW: 1 }, 'cp-b-1': { plugged: true } });
    const result = applyEdits(handMade, reversed, changes);
    expect(result.map((s) => s.connectorId)).toEqual(['cp-a-1', 'cp-b-1', 'cp-c-1']);
    expect(reversed).toEqual(before);
    expect(changes.get('cp-a-1')).toEqual({ requestedW: 1 });
    expect(result[0]).not.toBe(reversed[1]);
  });
});

describe('editsBetween', () => {
  it('only what differs, connector by connector', () => {
    const target: Session[] = [
      { connectorId: 'cp-a-1', requestedPowerW: 11_000, minPowerW: 4_140, priority: 0 },
      { connectorId: 'cp-b-1', requestedPowerW: 7_360, priority: 1 },
    ];
    expect(editsBetween(handMade, base, target)).toEqual(edits({
      'cp-b-1': { plugged: true, priority: 1 },
      'cp-c-1': { plugged: false },
    }));
  });

  it('a minimum or priority taken away is set to 0', () => {
    const target: Session[] = [{ connectorId: 'cp-a-1', requestedPowerW: 11_000 }, { connectorId: 'cp-c-1', requestedPowerW: 20_000 }];
    expect(editsBetween(handMade, [{ ...base[0]!, priority: 4 }, base[1]!], target)).toEqual(edits({
      'cp-a-1': { minW: 0, priority: 0 },
      'cp-c-1': { requestedW: 20_000 },
    }));
  });

  it('the same sessions: no edits', () => {
    expect(editsBetween(handMade, base, [...base].reverse()).size).toBe(0);
  });

  const session = (id: string) =>
    fc.record({
      requestedPowerW: fc.integer({ min: 0, max: 200_000 }),
      minShare: fc.option(fc.integer({ min: 0, max: 100 })),
      priority: fc.option(fc.integer({ min: -5, max: 5 })),
    }).map(({ requestedPowerW, minShare, priority }): Session => ({
      connectorId: id,
      requestedPowerW,
      ...(minShare !== null && { minPowerW: Math.floor((requestedPowerW * minShare) / 100) }),
      ...(priority !== null && { priority }),
    }));
  const sessionSet = fc.tuple(...HAND_MADE_CONNECTORS.map((id) => fc.option(session(id)))).map((list) => list.filter((s): s is Session => s !== null));
  // What a session means: absent minimum and priority are 0.
  const meaning = (sessions: readonly Session[]) =>
    sessions.map((s) => ({ connectorId: s.connectorId, requestedPowerW: s.requestedPowerW, minPowerW: s.minPowerW ?? 0, priority: s.priority ?? 0 }));

  it('applying the edits between two session sets gives the second', () => {
    fc.assert(
      fc.property(sessionSet, sessionSet, (from, to) => {
        expect(meaning(applyEdits(handMade, from, editsBetween(handMade, from, to)))).toEqual(meaning(to));
      }),
      { numRuns: 300 },
    );
  });

  it('each edit names only fields that change', () => {
    fc.assert(
      fc.property(sessionSet, sessionSet, (from, to) => {
        for (const [id, edit] of editsBetween(handMade, from, to)) {
          const before = from.find((s) => s.connectorId === id);
          const after = to.find((s) => s.connectorId === id);
          expect(Object.keys(edit).length).toBeGreaterThan(0);
          if (!after) expect(edit).toEqual({ plugged: false });
          const start = before ?? { requestedPowerW: HAND_MADE_RATINGS[id]!, minPowerW: 0, priority: 0 };
          if (!before) expect(edit.plugged).toBe(true);
          if (edit.requestedW !== undefined) expect(edit.requestedW).not.toBe(start.requestedPowerW);
          if (edit.minW !== undefined) expect(edit.minW).not.toBe(start.minPowerW ?? 0);
          if (edit.priority !== undefined) expect(edit.priority).not.toBe(start.priority ?? 0);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('withEdit', () => {
  const start = edits({ 'cp-a-1': { plugged: false } });

  it('sets an edit in a new map', () => {
    const next = withEdit(start, 'cp-b-1', { requestedW: 5 });
    expect(next).toEqual(edits({ 'cp-a-1': { plugged: false }, 'cp-b-1': { requestedW: 5 } }));
    expect(start).toEqual(edits({ 'cp-a-1': { plugged: false } }));
  });

  it('replaces an edit', () => {
    expect(withEdit(start, 'cp-a-1', { priority: 1 })).toEqual(edits({ 'cp-a-1': { priority: 1 } }));
  });

  it('null or an edit with no fields removes it', () => {
    expect(withEdit(start, 'cp-a-1', null).size).toBe(0);
    expect(withEdit(start, 'cp-a-1', {}).size).toBe(0);
    expect(withEdit(start, 'cp-a-1', { requestedW: undefined }).size).toBe(0);
    expect(start.size).toBe(1);
  });
});
