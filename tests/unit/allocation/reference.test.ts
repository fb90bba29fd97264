/**
 * The fast allocator against a slow, literal simulation of progressive filling
 * (`reference.ts`) on small random depots.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, type Strategy } from '../../../src/domain/allocation';
import { depotArbitrary } from './arbitraries';
import { expectReferenceOutcomes, referenceAllocate } from './reference';

describe.each<Strategy>(['connector', 'charger'])('%s-based allocation matches the reference simulation', (strategy) => {
  it.each([
    ['whole amperes (many ties)', false],
    ['any real watts', true],
  ])('gives every session the same power and the same reason: %s', (_, continuous) => {
    fc.assert(
      fc.property(depotArbitrary({ maxNodes: 12, strategy, continuous }), (input) => {
        expectReferenceOutcomes(allocate(input), referenceAllocate(input));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the reference simulation itself', () => {
  it('reproduces the contract’s nested bottleneck by hand-checked numbers', () => {
    const slow = referenceAllocate({
      strategy: 'connector',
      nodes: [
        { id: 'root', parentId: null, kind: 'MICROGRID', maxPowerW: 27_600 },
        { id: 'A', parentId: 'root', kind: 'CIRCUIT', maxPowerW: 13_800 },
        { id: 'B', parentId: 'root', kind: 'CIRCUIT', maxPowerW: 22_080 },
        { id: 'a1', parentId: 'A', kind: 'CONNECTOR', maxPowerW: 22_080 },
        { id: 'a2', parentId: 'A', kind: 'CONNECTOR', maxPowerW: 22_080 },
        { id: 'b1', parentId: 'B', kind: 'CONNECTOR', maxPowerW: 22_080 },
      ],
      sessions: ['a1', 'a2', 'b1'].map((c) => ({ connectorId: c, requestedPowerW: 22_080 })),
    });
    expect(Object.fromEntries([...slow].map(([c, o]) => [c, o.allocatedW]))).toEqual({ a1: 6_900, a2: 6_900, b1: 13_800 });
  });
});
