/**
 * The workplace car park scenario through the derivation and the allocator: where chargers are
 * wired decides what they get. Every connector charges at its rating.
 */
import { describe, expect, it } from 'vitest';
import { mockDepotSite } from './scenario-site';
import { allocate, fromTopology, sessionsAtRating, type PowerNode } from '../../../src/domain/allocation';
import { deriveMicrogrid } from '../../../src/domain/site-data';
import { MicrogridTopologySchema } from '../../../src/domain/topology';

function carPark(): PowerNode[] {
  const derived = deriveMicrogrid(mockDepotSite('workplace-car-park'));
  if (derived.status !== 200) throw new Error('expected a 200');
  const nodes = fromTopology(MicrogridTopologySchema.parse(derived.body));
  // The derivation writes each charge point's rotation into its asset; the allocator takes it from there.
  const rotation = new Map(derived.body.nodes.map((n) => [n.id, (n.asset as { phase_rotation?: string } | undefined)?.phase_rotation]));
  return nodes.map((n) => (rotation.get(n.id) ? { ...n, phaseRotation: rotation.get(n.id)! } : n));
}

describe('workplace car park', () => {
  const nodes = carPark();
  const result = allocate({ nodes, sessions: sessionsAtRating(nodes), strategy: 'connector' });
  const got = (prefix: string) => result.sessions.filter((s) => s.connectorId.startsWith(prefix));

  it('takes each board’s breaker as its per-phase cap', () => {
    expect(nodes.find((n) => n.id === 'circ-level-1')).toMatchObject({ maxPowerW: 43_470, maxCurrentA: 63 });
    expect(nodes.find((n) => n.id === 'gc-wcp-main')).toMatchObject({ maxCurrentA: 400 });
  });

  it('level 1, all wired RST: twelve chargers share L1’s 63 A, 1 207.5 W each, held by the board on L1', () => {
    expect(got('cp-l1-')).toHaveLength(12);
    for (const s of got('cp-l1-')) {
      expect(s.allocatedW).toBeCloseTo((63 * 230) / 12, 6);
      expect(s.limitedBy).toEqual({ kind: 'node', nodeId: 'circ-level-1', phase: 'L1' });
    }
  });

  it('level 2, rotated: four chargers per phase, 3 622.5 W each, until the board’s watts fill too (the watt cap is named)', () => {
    for (const s of got('cp-l2-')) {
      expect(s.allocatedW).toBeCloseTo((63 * 230) / 4, 6);
      expect(s.limitedBy).toEqual({ kind: 'node', nodeId: 'circ-level-2' });
    }
  });

  it('visitor board: the DC charger and four single-phase chargers on L2 share its 100 A, 5 307.7 W each', () => {
    // 100 A on L2 = x / 690 (DC, balanced) + 4 x / 230 (four chargers on L2): x = 69 000 / 13.
    expect(got('cp-v-')).toHaveLength(5);
    for (const s of got('cp-v-')) {
      expect(s.allocatedW).toBeCloseTo(69_000 / 13, 6);
      expect(s.limitedBy).toEqual({ kind: 'node', nodeId: 'circ-visitor', phase: 'L2' });
    }
  });
});
