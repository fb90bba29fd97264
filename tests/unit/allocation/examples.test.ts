/**
 * The contract's worked examples, with numbers checked by hand (three-phase at 230 V: 690 W per A).
 */
import { describe, expect, it } from 'vitest';
import { allocate, type AllocationResult, type PowerNode, type Strategy } from '../../../src/domain/allocation';

const node = (id: string, parentId: string | null, kind: string, maxPowerW: number | null, evseCount?: number): PowerNode =>
  evseCount === undefined ? { id, parentId, kind, maxPowerW } : { id, parentId, kind, maxPowerW, evseCount };

const get = (result: AllocationResult, connectorId: string) => result.sessions.find((s) => s.connectorId === connectorId)!;
const load = (result: AllocationResult, nodeId: string) => result.nodes.find((n) => n.nodeId === nodeId)!;

describe.each<Strategy>(['connector', 'charger'])('worked examples (%s-based)', (strategy) => {
  it('capped leaf releases its share: c2 keeps its 5 520 W cap, c1 takes the rest of 22 080 W', () => {
    const result = allocate({
      strategy,
      nodes: [node('root', null, 'MICROGRID', 22_080), node('c1', 'root', 'CONNECTOR', 22_080), node('c2', 'root', 'CONNECTOR', 5_520)],
      sessions: [
        { connectorId: 'c1', requestedPowerW: 22_080 },
        { connectorId: 'c2', requestedPowerW: 22_080 },
      ],
    });
    expect(get(result, 'c1')).toEqual({ connectorId: 'c1', requestedPowerW: 22_080, allocatedW: 16_560, limitedBy: { kind: 'node', nodeId: 'root' } });
    expect(get(result, 'c2')).toEqual({ connectorId: 'c2', requestedPowerW: 22_080, allocatedW: 5_520, limitedBy: { kind: 'node', nodeId: 'c2' } });
    expect(result.summary.bindingNodeIds).toEqual(['c2', 'root']);
  });

  it('equal share: three connectors under 32 A get 7 360 W (10.667 A) each', () => {
    const result = allocate({
      strategy,
      nodes: [node('root', null, 'MICROGRID', 22_080), ...['c1', 'c2', 'c3'].map((c) => node(c, 'root', 'CONNECTOR', 22_080))],
      sessions: ['c1', 'c2', 'c3'].map((c) => ({ connectorId: c, requestedPowerW: 22_080 })),
    });
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([7_360, 7_360, 7_360]);
    expect(result.sessions.map((s) => s.limitedBy)).toEqual(Array(3).fill({ kind: 'node', nodeId: 'root' }));
  });

  it('minimum admission: the first two by id get 5 520 W, the third is refused at the root', () => {
    const result = allocate({
      strategy,
      nodes: [node('root', null, 'MICROGRID', 11_040), ...['c1', 'c2', 'c3'].map((c) => node(c, 'root', 'CONNECTOR', 22_080))],
      // Given out of order on purpose: admission goes by id, not by input position.
      sessions: ['c3', 'c1', 'c2'].map((c) => ({ connectorId: c, requestedPowerW: 22_080, minPowerW: 4_140 })),
    });
    expect(result.sessions).toEqual([
      { connectorId: 'c1', requestedPowerW: 22_080, allocatedW: 5_520, limitedBy: { kind: 'node', nodeId: 'root' } },
      { connectorId: 'c2', requestedPowerW: 22_080, allocatedW: 5_520, limitedBy: { kind: 'node', nodeId: 'root' } },
      { connectorId: 'c3', requestedPowerW: 22_080, allocatedW: 0, limitedBy: { kind: 'admission', nodeId: 'root' } },
    ]);
    expect(result.summary).toEqual({
      requestedW: 66_240,
      allocatedW: 11_040,
      unservedW: 55_200,
      admitted: 2,
      refused: 1,
      bindingNodeIds: ['root'],
    });
  });

  it('nested bottleneck: circuit A binds at 6 900 W each, b1 gets 13 800 W from the root', () => {
    const result = allocate({
      strategy,
      nodes: [
        node('root', null, 'MICROGRID', 27_600),
        node('A', 'root', 'CIRCUIT', 13_800),
        node('B', 'root', 'CIRCUIT', 22_080),
        node('a1', 'A', 'CONNECTOR', 22_080),
        node('a2', 'A', 'CONNECTOR', 22_080),
        node('b1', 'B', 'CONNECTOR', 22_080),
      ],
      sessions: ['a1', 'a2', 'b1'].map((c) => ({ connectorId: c, requestedPowerW: 22_080 })),
    });
    expect(result.sessions.map((s) => [s.connectorId, s.allocatedW, s.limitedBy])).toEqual([
      ['a1', 6_900, { kind: 'node', nodeId: 'A' }],
      ['a2', 6_900, { kind: 'node', nodeId: 'A' }],
      ['b1', 13_800, { kind: 'node', nodeId: 'root' }],
    ]);
    expect(result.nodes).toEqual([
      { nodeId: 'A', maxPowerW: 13_800, flowW: 13_800, headroomW: 0, binding: true },
      { nodeId: 'B', maxPowerW: 22_080, flowW: 13_800, headroomW: 8_280, binding: false },
      { nodeId: 'a1', maxPowerW: 22_080, flowW: 6_900, headroomW: 15_180, binding: false },
      { nodeId: 'a2', maxPowerW: 22_080, flowW: 6_900, headroomW: 15_180, binding: false },
      { nodeId: 'b1', maxPowerW: 22_080, flowW: 13_800, headroomW: 8_280, binding: false },
      { nodeId: 'root', maxPowerW: 27_600, flowW: 27_600, headroomW: 0, binding: true },
    ]);
  });

  it('exact, not sliced: a 63 A charger under a 63 A fuse gets exactly 43 470 W, limited at the root', () => {
    const result = allocate({
      strategy,
      nodes: [node('fuse', null, 'MICROGRID', 43_470), node('cp', 'fuse', 'CHARGE_POINT', 43_470), node('cp-1', 'cp', 'CONNECTOR', 43_470)],
      sessions: [{ connectorId: 'cp-1', requestedPowerW: 50_000 }],
    });
    expect(get(result, 'cp-1').allocatedW).toBe(43_470);
    // Fuse, charger and connector all saturate at once: the one nearest the root is named.
    expect(get(result, 'cp-1').limitedBy).toEqual({ kind: 'node', nodeId: 'fuse' });
    expect(result.summary.bindingNodeIds).toEqual(['cp', 'cp-1', 'fuse']);
  });

  it('one EVSE: only the first connector in admission order charges; the other is refused at the charge point', () => {
    const result = allocate({
      strategy,
      nodes: [
        node('root', null, 'MICROGRID', null),
        node('dc', 'root', 'CHARGE_POINT', 150_000, 1),
        node('dc-ccs', 'dc', 'CONNECTOR', 150_000),
        node('dc-chademo', 'dc', 'CONNECTOR', 50_000),
      ],
      sessions: [
        { connectorId: 'dc-chademo', requestedPowerW: 50_000, priority: 1 },
        { connectorId: 'dc-ccs', requestedPowerW: 150_000 },
      ],
    });
    // Priority first: the CHAdeMO session (priority 1) is first in admission order.
    expect(get(result, 'dc-chademo')).toMatchObject({ allocatedW: 50_000, limitedBy: { kind: 'request' } });
    expect(get(result, 'dc-ccs')).toMatchObject({ allocatedW: 0, limitedBy: { kind: 'evse', nodeId: 'dc' } });
    expect(result.summary).toMatchObject({ admitted: 1, refused: 1, allocatedW: 50_000, unservedW: 150_000 });
    // A charger busy with one vehicle is not a binding cap: nothing is saturated.
    expect(load(result, 'dc')).toEqual({ nodeId: 'dc', maxPowerW: 150_000, flowW: 50_000, headroomW: 100_000, binding: false });
  });
});

describe('one EVSE and admission together', () => {
  it('gives the EVSE to the first session in admission order even when its minimum is then refused', () => {
    const result = allocate({
      strategy: 'connector',
      nodes: [
        node('root', null, 'MICROGRID', 3_000),
        node('cp', 'root', 'CHARGE_POINT', null, 1),
        node('cp-1', 'cp', 'CONNECTOR', 22_080),
        node('cp-2', 'cp', 'CONNECTOR', 22_080),
      ],
      sessions: [
        { connectorId: 'cp-1', requestedPowerW: 22_080, minPowerW: 4_140 },
        { connectorId: 'cp-2', requestedPowerW: 2_000 },
      ],
    });
    // cp-1 is first by id: it holds the EVSE (its vehicle is plugged in) but 4 140 W does not fit.
    expect(result.sessions.map((s) => [s.connectorId, s.allocatedW, s.limitedBy])).toEqual([
      ['cp-1', 0, { kind: 'admission', nodeId: 'root' }],
      ['cp-2', 0, { kind: 'evse', nodeId: 'cp' }],
    ]);
    expect(result.summary).toMatchObject({ admitted: 0, refused: 2, bindingNodeIds: [] });
  });
});

describe('priorities and minimums', () => {
  const nodes = [node('root', null, 'MICROGRID', 22_080), ...['c1', 'c2', 'c3'].map((c) => node(c, 'root', 'CONNECTOR', 22_080))];

  it('fills the higher tier first; the next tier shares only what is left', () => {
    const result = allocate({
      strategy: 'connector',
      nodes,
      sessions: [
        { connectorId: 'c1', requestedPowerW: 11_040, priority: 2 },
        { connectorId: 'c2', requestedPowerW: 22_080 },
        { connectorId: 'c3', requestedPowerW: 22_080 },
      ],
    });
    expect(result.sessions.map((s) => [s.allocatedW, s.limitedBy.kind])).toEqual([
      [11_040, 'request'],
      [5_520, 'node'],
      [5_520, 'node'],
    ]);
  });

  it('keeps a lower tier at its reserved minimum while a higher tier takes the rest', () => {
    const result = allocate({
      strategy: 'connector',
      nodes,
      sessions: [
        { connectorId: 'c1', requestedPowerW: 22_080, priority: 1 },
        { connectorId: 'c2', requestedPowerW: 22_080, minPowerW: 4_140 },
      ],
    });
    // 22 080 − 4 140 reserved for c2 = 17 940 for c1.
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([17_940, 4_140]);
    expect(result.sessions.map((s) => s.limitedBy)).toEqual([
      { kind: 'node', nodeId: 'root' },
      { kind: 'node', nodeId: 'root' },
    ]);
  });

  it('holds a session at its minimum until the common level reaches it', () => {
    const result = allocate({
      strategy: 'connector',
      nodes: [node('root', null, 'MICROGRID', 13_800), ...['c1', 'c2'].map((c) => node(c, 'root', 'CONNECTOR', 22_080))],
      sessions: [
        { connectorId: 'c1', requestedPowerW: 22_080, minPowerW: 8_280 },
        { connectorId: 'c2', requestedPowerW: 22_080 },
      ],
    });
    // c1 is held at 8 280; c2 rises alone to 5 520, where the root fills.
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([8_280, 5_520]);
  });

  it('treats a request below the minimum as the minimum to reserve', () => {
    const result = allocate({
      strategy: 'connector',
      nodes: [node('root', null, 'MICROGRID', 7_000), ...['c1', 'c2'].map((c) => node(c, 'root', 'CONNECTOR', 22_080))],
      sessions: [
        { connectorId: 'c1', requestedPowerW: 2_000, minPowerW: 4_140 },
        { connectorId: 'c2', requestedPowerW: 22_080, minPowerW: 4_140 },
      ],
    });
    // c1 reserves only its 2 000 W, so c2's 4 140 W still fits under 7 000 W; c2 then takes the rest.
    expect(result.sessions.map((s) => [s.allocatedW, s.limitedBy.kind])).toEqual([
      [2_000, 'request'],
      [5_000, 'node'],
    ]);
  });
});

describe('charger-based sharing', () => {
  // Two chargers under one 22 080 W circuit: cp-a with three busy connectors, cp-b with one.
  const nodes = [
    node('site', null, 'MICROGRID', 22_080),
    node('cp-a', 'site', 'CHARGE_POINT', null),
    node('cp-b', 'site', 'CHARGE_POINT', null),
    node('cp-a-1', 'cp-a', 'CONNECTOR', 22_080),
    node('cp-a-2', 'cp-a', 'CONNECTOR', 22_080),
    node('cp-a-3', 'cp-a', 'CONNECTOR', 22_080),
    node('cp-b-1', 'cp-b', 'CONNECTOR', 22_080),
  ];
  const sessions = ['cp-a-1', 'cp-a-2', 'cp-a-3', 'cp-b-1'].map((c) => ({ connectorId: c, requestedPowerW: 22_080 }));

  it('shares across charge points first, then among each one’s connectors', () => {
    const result = allocate({ strategy: 'charger', nodes, sessions });
    // Each charger gets 11 040 W; cp-a splits its share three ways.
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([3_680, 3_680, 3_680, 11_040]);
    expect(result.sessions.every((s) => s.limitedBy.kind === 'node' && s.limitedBy.nodeId === 'site')).toBe(true);
  });

  it('differs from connector-based sharing on the same input', () => {
    const result = allocate({ strategy: 'connector', nodes, sessions });
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([5_520, 5_520, 5_520, 5_520]);
  });

  it('lets a charge point that wants less leave the rest to the others', () => {
    const result = allocate({
      strategy: 'charger',
      nodes,
      sessions: [...sessions.slice(0, 3), { connectorId: 'cp-b-1', requestedPowerW: 4_000 }],
    });
    expect(result.sessions.map((s) => s.allocatedW)).toEqual([6_026.666666666667, 6_026.666666666667, 6_026.666666666667, 4_000]);
  });
});
