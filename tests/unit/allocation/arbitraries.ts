/**
 * Random depots for property tests: trees of depth 1–6 with random caps, ratings, requests,
 * minimums, priorities and EVSE counts. Values are multiples of 690 W (1 A on three phases), so
 * that several limits often saturate at the same instant: the ties the contract rules on.
 */
import fc from 'fast-check';
import type { AllocationInput, PowerNode, Session, Strategy } from '../../../src/domain/allocation';

export interface DepotOptions {
  maxNodes?: number;
  /** Allow minimums, priorities and EVSE limits (off: the plain max-min fair case). */
  extras?: boolean;
  strategy?: Strategy;
  /** Any real watts instead of whole amperes: no contrived ties, every rounding path exercised. */
  continuous?: boolean;
}

const wholeAmps = (maxAmps: number) => fc.integer({ min: 0, max: maxAmps }).map((a) => a * 690);
// Below 1 W is taken as 0: sub-watt values only test the tolerances, not the allocator.
const anyWatts = (maxAmps: number) => fc.double({ min: 0, max: maxAmps * 690, noNaN: true }).map((w) => (w < 1 ? 0 : w));

export function depotArbitrary(options: DepotOptions = {}): fc.Arbitrary<AllocationInput> {
  const maxNodes = options.maxNodes ?? 24;
  const extras = options.extras ?? true;
  const watts = options.continuous ? anyWatts : wholeAmps;
  return fc
    .record({
      parents: fc.array(fc.nat(), { minLength: 1, maxLength: maxNodes, size: 'max' }),
      caps: fc.array(fc.option(watts(96), { freq: 3 }), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      chargePoint: fc.array(fc.constantFrom(true, true, false), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      evse: fc.array(fc.constantFrom(undefined, undefined, 1, 2), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      plugged: fc.array(fc.constantFrom(true, true, true, false), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      requests: fc.array(watts(64), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      minimums: fc.array(fc.constantFrom(0, 0, 4_140, 1_380, 6_900), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      priorities: fc.array(fc.constantFrom(0, 0, 1, 2, -1), { minLength: maxNodes + 1, maxLength: maxNodes + 1 }),
      names: fc.shuffledSubarray(['n1', 'n2', 'n10', 'n11', 'N3', 'a', 'b-2', 'b-10', 'é', 'z0', 'Z0', '_x'], { minLength: 0 }),
      strategy: options.strategy ? fc.constant(options.strategy) : fc.constantFrom<Strategy>('connector', 'charger'),
    })
    .map(({ parents, caps, chargePoint, evse, plugged, requests, minimums, priorities, names, strategy }) => {
      const count = parents.length + 1;
      const parent = [-1];
      const depth = [0];
      for (let i = 1; i < count; i++) {
        // Any earlier node may be the parent, as long as the tree stays within depth 6.
        let p = parents[i - 1]! % i;
        while (depth[p]! >= 6) p = parent[p]!;
        parent.push(p);
        depth.push(depth[p]! + 1);
      }
      const hasChildren = parent.map((_, i) => parent.includes(i));
      // Some awkward ids first (natural vs code-unit order, case, accents), then plain ones.
      const id = (i: number) => names[i] ?? `node-${i}`;
      const kindOf = (i: number) => {
        if (i === 0) return 'MICROGRID';
        if (!hasChildren[i]) return 'CONNECTOR';
        const onlyLeaves = parent.every((p, c) => p !== i || !hasChildren[c]);
        return onlyLeaves && chargePoint[i] ? 'CHARGE_POINT' : 'CIRCUIT';
      };
      const nodes: PowerNode[] = parent.map((p, i) => {
        const kind = kindOf(i);
        const powerNode: PowerNode = { id: id(i), parentId: p < 0 ? null : id(p), kind, maxPowerW: caps[i] ?? null };
        if (extras && kind === 'CHARGE_POINT' && evse[i] !== undefined) powerNode.evseCount = evse[i];
        return powerNode;
      });
      const sessions: Session[] = [];
      nodes.forEach((n, i) => {
        if (n.kind !== 'CONNECTOR' || !plugged[i]) return;
        const session: Session = { connectorId: n.id, requestedPowerW: requests[i]! };
        if (extras && minimums[i]) session.minPowerW = minimums[i];
        if (extras && priorities[i]) session.priority = priorities[i];
        sessions.push(session);
      });
      return { nodes, sessions, strategy };
    });
}

/** The same input with its nodes and sessions in another order. */
export function shuffledArbitrary(input: AllocationInput): fc.Arbitrary<AllocationInput> {
  return fc
    .tuple(fc.shuffledSubarray(input.nodes, { minLength: input.nodes.length }), fc.shuffledSubarray(input.sessions, { minLength: input.sessions.length }))
    .map(([nodes, sessions]) => ({ ...input, nodes, sessions }));
}

/** Ancestors of `id`, itself included, from it up to the root. */
export function pathOf(nodes: readonly PowerNode[], id: string): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const path: string[] = [];
  for (let v: string | null = id; v !== null; v = byId.get(v)!.parentId) path.push(v);
  return path;
}
