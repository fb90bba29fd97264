/**
 * More cycles, or a longer cycle, than a function call may take arguments: each is still reported,
 * never a RangeError from spreading them into one call.
 */
import { describe, expect, it } from 'vitest';
import { allocate, AllocationInputError, type AllocationInput, type PowerNode } from '../../../src/domain/allocation';
import { deriveMicrogrid } from '../../../src/domain/site-data';

const PAIRS = 150_000;

function allocationProblems(nodes: PowerNode[]): readonly string[] {
  try {
    allocate({ nodes, sessions: [] } as unknown as AllocationInput);
  } catch (error) {
    expect(error).toBeInstanceOf(AllocationInputError);
    return (error as AllocationInputError).problems;
  }
  throw new Error('expected an AllocationInputError');
}

describe('huge cycles', () => {
  it('the derivation reports 150,000 two-circuit cycles, one issue each', () => {
    const circuits = [];
    for (let i = 0; i < PAIRS; i++) {
      circuits.push({ id: `a${i}`, parent_circuit_id: `b${i}`, default_capacity_w: 1000 });
      circuits.push({ id: `b${i}`, parent_circuit_id: `a${i}`, default_capacity_w: 1000 });
    }
    const site = {
      depot: { id: 'd' },
      microgrid: { id: 'mg', grid_connections: [{ id: 'gc', circuit_id: 'top' }] },
      circuits: [{ id: 'top', parent_circuit_id: null, default_capacity_w: 1000 }, ...circuits],
    };
    const result = deriveMicrogrid(site, { generatedAt: '2026-01-01T00:00:00Z' });
    expect(result.status).toBe(422);
    if (result.status === 422) expect(result.body.errors.filter((e) => e.code === 'CIRCUIT_CYCLE')).toHaveLength(PAIRS);
  });

  it('the allocator names every one of 150,000 cycles, and a cycle 300,000 long', () => {
    const pairs: PowerNode[] = [{ id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null }];
    for (let i = 0; i < PAIRS; i++) {
      pairs.push({ id: `a${i}`, parentId: `b${i}`, kind: 'CIRCUIT', maxPowerW: 1000 });
      pairs.push({ id: `b${i}`, parentId: `a${i}`, kind: 'CIRCUIT', maxPowerW: 1000 });
    }
    expect(allocationProblems(pairs).filter((p) => p.startsWith('parent cycle'))).toHaveLength(PAIRS);

    const ring: PowerNode[] = [{ id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null }];
    for (let i = 0; i < 2 * PAIRS; i++) ring.push({ id: `r${i}`, parentId: `r${(i + 1) % (2 * PAIRS)}`, kind: 'CIRCUIT', maxPowerW: 1000 });
    const [cycle] = allocationProblems(ring).filter((p) => p.startsWith('parent cycle'));
    expect(cycle).toMatch(/^parent cycle: "r0" → "r1" → /);
  });
});
