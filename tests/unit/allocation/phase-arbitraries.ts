/**
 * Random depots with phase data: the depots of `arbitraries.ts`, with per-phase current caps on
 * some nodes, single- and three-phase connectors, charge points wired in any rotation (or an
 * unknown one), and some cars charging on one phase at a three-phase connector.
 */
import fc from 'fast-check';
import type { AllocationInput, PowerNode, Session } from '../../../src/domain/allocation';
import { depotArbitrary, type DepotOptions } from './arbitraries';

const ROTATIONS = [undefined, 'RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR', 'XYZ'] as const;

export function phaseDepotArbitrary(options: DepotOptions = {}): fc.Arbitrary<AllocationInput> {
  const maxNodes = options.maxNodes ?? 24;
  const each = <T>(arb: fc.Arbitrary<T>) => fc.array(arb, { minLength: maxNodes + 1, maxLength: maxNodes + 1 });
  return fc
    .tuple(
      depotArbitrary(options),
      fc.record({
        // Whole amperes, so that caps often fill at the same instant; some nodes have none.
        currents: each(fc.option(fc.integer({ min: 0, max: 96 }), { freq: 2 })),
        phases: each(fc.constantFrom<1 | 3 | undefined>(1, 1, 3, undefined)),
        rotations: each(fc.constantFrom(...ROTATIONS)),
        onePhaseCar: each(fc.constantFrom(false, false, false, true)),
      }),
    )
    .map(([input, { currents, phases, rotations, onePhaseCar }]) => {
      const nodes = input.nodes.map((node, i): PowerNode => {
        const out: PowerNode = { ...node };
        if (currents[i] != null) out.maxCurrentA = currents[i];
        if (node.kind === 'CONNECTOR' && phases[i] !== undefined) out.phases = phases[i];
        if (node.kind === 'CHARGE_POINT' && rotations[i] !== undefined) out.phaseRotation = rotations[i];
        return out;
      });
      const index = new Map(nodes.map((n, i) => [n.id, i]));
      const sessions = input.sessions.map((s): Session => (onePhaseCar[index.get(s.connectorId)!] ? { ...s, phases: 1 } : s));
      return { ...input, nodes, sessions };
    });
}
