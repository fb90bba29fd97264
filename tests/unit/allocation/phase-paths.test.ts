/**
 * Which caps the phase-aware filling may leave out: those the claimants beneath cannot fill,
 * whatever they get. Figures are worked out by hand from the small depot below.
 */
import { describe, expect, it } from 'vitest';
import type { PhaseClaimants } from '../../../src/domain/allocation/phase-fill';
import { capsOf, capsThatCannotFill, type Caps } from '../../../src/domain/allocation/phase-paths';
import { prepareTree, type PreparedTree } from '../../../src/domain/allocation/tree';
import type { PowerNode } from '../../../src/domain/allocation';

// A circuit (20 kW, 32 A a phase) with two charge points, each with one connector (11 kW).
const NODES: PowerNode[] = [
  { id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null },
  { id: 'circuit', parentId: 'site', kind: 'CIRCUIT', maxPowerW: 20_000, maxCurrentA: 32 },
  { id: 'cp-a', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 11_000 },
  { id: 'cp-a-1', parentId: 'cp-a', kind: 'CONNECTOR', maxPowerW: 11_000 },
  { id: 'cp-b', parentId: 'circuit', kind: 'CHARGE_POINT', maxPowerW: 11_000 },
  { id: 'cp-b-1', parentId: 'cp-b', kind: 'CONNECTOR', maxPowerW: 11_000 },
];

function prepared(): { tree: PreparedTree; caps: Caps; at: (id: string) => number } {
  const problems: string[] = [];
  const { tree } = prepareTree(NODES, problems);
  expect(problems).toEqual([]);
  const caps = capsOf(tree!, tree!.phases!.maxCurrent);
  return { tree: tree!, caps, at: (id) => tree!.ids.indexOf(id) };
}

/** Each cap's room: its full cap (W, or A for a phase). */
function fullRoom(tree: PreparedTree, caps: Caps): Float64Array {
  return Float64Array.from(caps.node, (v, c) => (caps.kind[c] === 0 ? tree.cap[v]! : tree.phases!.maxCurrent[v]!));
}

/** One claimant per connector, one segment each, drawing `ampsPerWatt` on L1, L2, L3. */
function claimants(nodes: number[], floor: number[], request: number[], ampsPerWatt: [number, number, number]): PhaseClaimants {
  return {
    count: nodes.length,
    node: Int32Array.from(nodes),
    floor: Float64Array.from(floor),
    request: Float64Array.from(request),
    segmentStart: Int32Array.from(nodes.map((_, i) => i).concat(nodes.length)),
    from: Float64Array.from(floor),
    perWatt: Float64Array.from(nodes.flatMap(() => ampsPerWatt)),
  };
}

/** The ids (and phase) of the caps left out, e.g. "cp-a" or "circuit L2". */
function leftOut(tree: PreparedTree, caps: Caps, skip: Uint8Array): string[] {
  const names: string[] = [];
  skip.forEach((s, c) => {
    if (s) names.push(tree.ids[caps.node[c]!]! + (caps.kind[c] === 0 ? '' : ` L${caps.kind[c]}`));
  });
  return names.sort();
}

const isTopAtRoot = (tree: PreparedTree): Uint8Array => {
  const isTop = new Uint8Array(tree.size);
  isTop[tree.root] = 1;
  return isTop;
};

const ONE_PHASE: [number, number, number] = [1 / 230, 0, 0];

describe('caps that cannot fill', () => {
  it('leaves out the caps that the requests beneath fill exactly, but above a claimant marked strict', () => {
    const { tree, caps, at } = prepared();
    // Both connectors ask for 11 kW on L1: their own caps and their charge points' fill exactly;
    // the circuit's 20 kW and its 32 A on L1 (22 kW / 230 V = 95.7 A) do not hold.
    const who = claimants([at('cp-a-1'), at('cp-b-1')], [0, 0], [11_000, 11_000], ONE_PHASE);
    const loose = capsThatCannotFill(tree, caps, fullRoom(tree, caps), who, isTopAtRoot(tree), null);
    expect(leftOut(tree, caps, loose)).toEqual(['circuit L2', 'circuit L3', 'cp-a', 'cp-a-1', 'cp-b', 'cp-b-1']);
    const strict = capsThatCannotFill(tree, caps, fullRoom(tree, caps), who, isTopAtRoot(tree), Uint8Array.of(1, 1));
    expect(leftOut(tree, caps, strict)).toEqual(['circuit L2', 'circuit L3']);
    // Only cp-b-1 strict: cp-a's caps, with no strict claimant beneath, are left out again.
    const oneStrict = capsThatCannotFill(tree, caps, fullRoom(tree, caps), who, isTopAtRoot(tree), Uint8Array.of(0, 1));
    expect(leftOut(tree, caps, oneStrict)).toEqual(['circuit L2', 'circuit L3', 'cp-a', 'cp-a-1']);
  });

  it('counts what a claimant adds above its floor, against the room left', () => {
    const { tree, caps, at } = prepared();
    // cp-a-1 rises from 4 kW to 11 kW (7 kW); cp-b-1 from 0 to 9 kW. Room: 6 990 W under cp-a's
    // own caps (its connector and charge point: 7 kW does not fit), 16 kW under the circuit
    // (16 kW needed: fits exactly), 70 A on its L1 (69.6 A needed: fits).
    const who = claimants([at('cp-a-1'), at('cp-b-1')], [4_000, 0], [11_000, 9_000], ONE_PHASE);
    const room = fullRoom(tree, caps);
    for (let c = 0; c < caps.count; c++) {
      const id = tree.ids[caps.node[c]!];
      if ((id === 'cp-a' || id === 'cp-a-1') && caps.kind[c] === 0) room[c] = 6_990;
      if (id === 'circuit') room[c] = caps.kind[c] === 0 ? 16_000 : 70;
    }
    const skip = capsThatCannotFill(tree, caps, room, who, isTopAtRoot(tree), null);
    expect(leftOut(tree, caps, skip)).toEqual(['circuit', 'circuit L1', 'circuit L2', 'circuit L3', 'cp-b', 'cp-b-1']);
    // Strict: the circuit's watt cap, which the requests fill exactly, is kept; its L1, which
    // they leave 0.4 A short of full, is still left out.
    const strict = capsThatCannotFill(tree, caps, room, who, isTopAtRoot(tree), Uint8Array.of(1, 1));
    expect(leftOut(tree, caps, strict)).toEqual(['circuit L1', 'circuit L2', 'circuit L3', 'cp-b', 'cp-b-1']);
  });

  it('never leaves out a cap that is already full', () => {
    const { tree, caps, at } = prepared();
    const who = claimants([at('cp-a-1')], [0], [0], ONE_PHASE);
    const room = new Float64Array(caps.count);
    expect(leftOut(tree, caps, capsThatCannotFill(tree, caps, room, who, isTopAtRoot(tree), null))).toEqual([]);
  });

  it('adds up a claimant’s draw segment by segment', () => {
    const { tree, caps, at } = prepared();
    // A charge point's claim: 1/230 A per W on L1 up to 2 300 W (10 A), then 1/690 on each phase
    // up to 9 200 W (10 A more on each): 20 A on L1, 10 A on L2 and L3.
    const who: PhaseClaimants = {
      count: 1,
      node: Int32Array.of(at('cp-a')),
      floor: Float64Array.of(0),
      request: Float64Array.of(9_200),
      segmentStart: Int32Array.of(0, 2),
      from: Float64Array.of(0, 2_300),
      perWatt: Float64Array.of(1 / 230, 0, 0, 1 / 690, 1 / 690, 1 / 690),
    };
    const room = fullRoom(tree, caps);
    const circuitCap = (kind: number) => caps.first[at('circuit')]! + kind;
    room[circuitCap(1)] = 19.9;
    room[circuitCap(2)] = 10.1;
    room[circuitCap(3)] = 9.9;
    const skip = capsThatCannotFill(tree, caps, room, who, isTopAtRoot(tree), null);
    expect([1, 2, 3].map((k) => skip[circuitCap(k)])).toEqual([0, 1, 0]);
  });

  it('adds nothing above a path’s top', () => {
    const { tree, caps, at } = prepared();
    const who = claimants([at('cp-a-1'), at('cp-b-1')], [0, 0], [11_000, 11_000], ONE_PHASE);
    const isTop = isTopAtRoot(tree);
    isTop[at('cp-a')] = 1;
    isTop[at('cp-b')] = 1;
    const room = fullRoom(tree, caps);
    room[caps.first[at('circuit')]!] = 1;
    // The circuit is above both tops: no claimant's path reaches it, so nothing can fill it.
    expect(leftOut(tree, caps, capsThatCannotFill(tree, caps, room, who, isTop, null))).toContain('circuit');
  });
});
