/**
 * Session presets: their keys and labels, and the sessions each gives on the mock depots, the same
 * whatever the order of the topology's nodes.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { depotTopology, node, topologyOf } from './depots';
import { welshpoolEveningReturn } from '../../../mocks/scenarios/welshpool';
import type { Session } from '../../../src/domain/allocation';
import {
  DEFAULT_PRESET, parsePreset, presetKey, presetLabel, presetSessions, type Preset,
} from '../../../src/domain/preview';
import type { MicrogridTopology } from '../../../src/domain/topology';

const welshpool = depotTopology('welshpool');
const smallDepot = depotTopology('small-depot');
const carPark = depotTopology('workplace-car-park');

const connectorIds = (t: MicrogridTopology) => t.nodes.filter((n) => n.kind === 'CONNECTOR').map((n) => n.id as string);
const limitW = (t: MicrogridTopology, id: string) => t.nodes.find((n) => n.id === id)!.limit!.max_power_w;
const ids = (sessions: readonly Session[]) => sessions.map((s) => s.connectorId);
const inCodeUnitOrder = (list: readonly string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const plugged = (percent: number, seed: number): Preset => ({ kind: 'plugged', percent, seed });
const withNodes = (t: MicrogridTopology, nodes: MicrogridTopology['nodes']): MicrogridTopology => ({ ...t, nodes });

describe('preset keys', () => {
  it.each([
    ['rated', { kind: 'rated' }],
    ['scenario', { kind: 'scenario' }],
    ['plugged-40-7', { kind: 'plugged', percent: 40, seed: 7 }],
    ['plugged-0-0', { kind: 'plugged', percent: 0, seed: 0 }],
    ['plugged-100-9007199254740991', { kind: 'plugged', percent: 100, seed: 9007199254740991 }],
  ])('%s parses and writes back the same', (text, preset) => {
    expect(parsePreset(text)).toEqual(preset);
    expect(presetKey(preset as Preset)).toBe(text);
  });

  it.each([
    null, undefined, '', 'Rated', ' rated', 'rated ', 'scenario-1', 'plugged', 'plugged-40', 'plugged-40-', 'plugged--7',
    'plugged-101-1', 'plugged-05-1', 'plugged-40-07', 'plugged-40.5-1', 'plugged-40-1.5', 'plugged--1-3', 'plugged-40--3',
    'plugged-40-9007199254740992', 'plugged-40-1e3', 'plugged-40-7x', 'xplugged-40-7', 'plugged-1000-1', 'plugged-40-7-1',
  ])('%j is no preset', (text) => {
    expect(parsePreset(text)).toBeNull();
  });

  it('any plugged preset round-trips through its key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.maxSafeNat(), (percent, seed) => {
        expect(parsePreset(presetKey(plugged(percent, seed)))).toEqual(plugged(percent, seed));
      }),
    );
  });

  it('the default is every connector at its rating', () => {
    expect(DEFAULT_PRESET).toEqual({ kind: 'rated' });
  });

  it('labels', () => {
    expect(presetLabel({ kind: 'rated' })).toBe('Every connector at its rating');
    expect(presetLabel(plugged(40, 7))).toBe('40% plugged in (seed 7)');
    expect(presetLabel({ kind: 'scenario' }, 'Evening return')).toBe('Scenario: Evening return');
  });
});

describe('rated', () => {
  it('welshpool: one session per connector at its limit, in id order, with no minimum or priority', () => {
    const sessions = presetSessions(welshpool, { kind: 'rated' }, null);
    expect(sessions).toHaveLength(52);
    expect(ids(sessions)).toEqual(inCodeUnitOrder(connectorIds(welshpool)));
    for (const s of sessions) expect(s).toEqual({ connectorId: s.connectorId, requestedPowerW: limitW(welshpool, s.connectorId) });
    expect(sessions.find((s) => s.connectorId === 'cp-009-2')).toEqual({ connectorId: 'cp-009-2', requestedPowerW: 180_000 });
  });

  it('an unrated connector asks for its charge point’s rating, else 22 080 W', () => {
    const t = topologyOf([
      node('root', 'MICROGRID', null),
      node('cp-1', 'CHARGE_POINT', 'root', { max_power_w: 11_000 }),
      node('cp-1-1', 'CONNECTOR', 'cp-1'),
      node('cp-2', 'CHARGE_POINT', 'root'),
      node('cp-2-1', 'CONNECTOR', 'cp-2'),
    ]);
    expect(presetSessions(t, { kind: 'rated' }, null)).toEqual([
      { connectorId: 'cp-1-1', requestedPowerW: 11_000 },
      { connectorId: 'cp-2-1', requestedPowerW: 22_080 },
    ]);
  });
});

describe('asked again for the same topology', () => {
  it('gives the same sessions, in new objects that the caller may change', () => {
    for (const preset of [{ kind: 'rated' } as const, plugged(50, 7), plugged(20, 3)]) {
      const first = presetSessions(welshpool, preset, null);
      const copy = structuredClone(first);
      first.reverse();
      for (const s of first) s.requestedPowerW = 1;
      expect(presetSessions(welshpool, preset, null)).toEqual(copy);
    }
  });
});

describe('plugged', () => {
  it('plugged-50-7 on welshpool: 26 of the 52 connectors, each at its rating, DC so no minimum', () => {
    const sessions = presetSessions(welshpool, plugged(50, 7), null);
    expect(sessions).toHaveLength(26);
    expect(new Set(ids(sessions)).size).toBe(26);
    expect(ids(sessions)).toEqual(inCodeUnitOrder(ids(sessions)));
    for (const s of sessions) expect(s).toEqual({ connectorId: s.connectorId, requestedPowerW: limitW(welshpool, s.connectorId) });
  });

  it('the same connectors for any order of the nodes', () => {
    const expected = presetSessions(welshpool, plugged(50, 7), null);
    fc.assert(
      fc.property(fc.shuffledSubarray(welshpool.nodes, { minLength: welshpool.nodes.length }), (nodes) => {
        expect(presetSessions(withNodes(welshpool, nodes), plugged(50, 7), null)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('any percent and seed: the same sessions for any order of the nodes', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.maxSafeNat(),
        fc.shuffledSubarray(smallDepot.nodes, { minLength: smallDepot.nodes.length }),
        (percent, seed, nodes) => {
          const preset = plugged(percent, seed);
          expect(presetSessions(withNodes(smallDepot, nodes), preset, null)).toEqual(presetSessions(smallDepot, preset, null));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('another seed picks another set', () => {
    expect(ids(presetSessions(welshpool, plugged(50, 8), null))).not.toEqual(ids(presetSessions(welshpool, plugged(50, 7), null)));
  });

  it('0% plugs in nobody, 100% everybody', () => {
    expect(presetSessions(welshpool, plugged(0, 3), null)).toEqual([]);
    expect(ids(presetSessions(welshpool, plugged(100, 3), null))).toEqual(inCodeUnitOrder(connectorIds(welshpool)));
  });

  it('small depot: AC connectors on three phases have a 4 140 W minimum, DC ones none', () => {
    const sessions = presetSessions(smallDepot, plugged(100, 1), null);
    expect(sessions).toEqual([
      { connectorId: 'sd-cp-ac1-1', requestedPowerW: 22_080, minPowerW: 4_140 },
      { connectorId: 'sd-cp-ac2-1', requestedPowerW: 22_080, minPowerW: 4_140 },
      { connectorId: 'sd-cp-ac3-1', requestedPowerW: 22_080, minPowerW: 4_140 },
      { connectorId: 'sd-cp-ac4-1', requestedPowerW: 22_080, minPowerW: 4_140 },
      { connectorId: 'sd-cp-dc1-1', requestedPowerW: 50_000 },
      { connectorId: 'sd-cp-dc2-1', requestedPowerW: 50_000 },
    ]);
  });

  it('workplace car park: single-phase AC connectors have a 1 380 W minimum', () => {
    const sessions = presetSessions(carPark, plugged(100, 1), null);
    expect(sessions.find((s) => s.connectorId === 'cp-l1-01-1')).toEqual({ connectorId: 'cp-l1-01-1', requestedPowerW: 7_360, minPowerW: 1_380 });
  });

  it('phases from the limit, else from the power type; the minimum is capped at the request', () => {
    const t = topologyOf([
      node('root', 'MICROGRID', null),
      node('one', 'CONNECTOR', 'root', { max_power_w: 7_000 }, 'AC_1_PHASE'),
      node('three', 'CONNECTOR', 'root', { max_power_w: 11_000 }, 'AC_3_PHASE'),
      node('limit-one', 'CONNECTOR', 'root', { max_power_w: 7_000, phases: 1 }, 'AC_3_PHASE'),
      node('small', 'CONNECTOR', 'root', { max_power_w: 3_000 }, 'AC_3_PHASE'),
      node('untyped', 'CONNECTOR', 'root', { max_power_w: 9_000 }),
      node('dc', 'CONNECTOR', 'root', { max_power_w: 50_000 }, 'DC'),
    ]);
    expect(presetSessions(t, plugged(100, 0), null)).toEqual([
      { connectorId: 'dc', requestedPowerW: 50_000 },
      { connectorId: 'limit-one', requestedPowerW: 7_000, minPowerW: 1_380 },
      { connectorId: 'one', requestedPowerW: 7_000, minPowerW: 1_380 },
      { connectorId: 'small', requestedPowerW: 3_000, minPowerW: 3_000 },
      { connectorId: 'three', requestedPowerW: 11_000, minPowerW: 4_140 },
      { connectorId: 'untyped', requestedPowerW: 9_000 },
    ]);
  });
});

describe('scenario', () => {
  it('keeps the sessions of existing connectors, in id order, as given', () => {
    const scenario: Session[] = [
      { connectorId: 'cp-002-1', requestedPowerW: 100_000, priority: 2 },
      { connectorId: 'cp-999-1', requestedPowerW: 1 },
      { connectorId: 'circ-bay-a', requestedPowerW: 1 },
      { connectorId: 'cp-001-1', requestedPowerW: 50_000, minPowerW: 10_000 },
    ];
    expect(presetSessions(welshpool, { kind: 'scenario' }, scenario)).toEqual([
      { connectorId: 'cp-001-1', requestedPowerW: 50_000, minPowerW: 10_000 },
      { connectorId: 'cp-002-1', requestedPowerW: 100_000, priority: 2 },
    ]);
  });

  it('no scenario: no sessions', () => {
    expect(presetSessions(welshpool, { kind: 'scenario' }, null)).toEqual([]);
  });

  it('welshpool’s evening return runs in full', () => {
    const reversed = [...welshpoolEveningReturn].reverse();
    const sessions = presetSessions(welshpool, { kind: 'scenario' }, reversed);
    expect(sessions).toHaveLength(52);
    expect(ids(sessions)).toEqual(inCodeUnitOrder(connectorIds(welshpool)));
  });
});
