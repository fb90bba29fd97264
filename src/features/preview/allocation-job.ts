/**
 * One preview's allocation work, the same wherever it runs (a worker or this thread): the chosen
 * strategy, and on request the other strategy and the phase check. Plain data in, plain data out.
 */
import { allocate, AllocationInputError, type AllocationResult, type PowerNode, type Session, type Strategy } from '../../domain/allocation';
import { phaseCheck, type PhaseCheck } from '../../domain/preview';

export interface JobInput {
  readonly nodes: readonly PowerNode[];
  readonly sessions: readonly Session[];
  readonly strategy: Strategy;
  /** Also allocate with the other strategy (compare mode). */
  readonly compare: boolean;
}

export type JobOutput =
  | { readonly ok: true; readonly result: AllocationResult; readonly other: AllocationResult | null; readonly check: PhaseCheck | null }
  | { readonly ok: false; readonly error: string };

const otherStrategy = (s: Strategy): Strategy => (s === 'connector' ? 'charger' : 'connector');

/** The allocation (and the other strategy's, to compare); with `check`, the phase check too (else null: see `runCheck`). */
export function runJob({ nodes, sessions, strategy, compare }: JobInput, check = true): JobOutput {
  try {
    const input = { nodes: nodes as PowerNode[], sessions: sessions as Session[] };
    const result = allocate({ ...input, strategy });
    const other = compare ? allocate({ ...input, strategy: otherStrategy(strategy) }) : null;
    return { ok: true, result, other, check: check ? phaseCheck(nodes, sessions, strategy) : null };
  } catch (error) {
    if (error instanceof AllocationInputError) return { ok: false, error: error.message };
    return { ok: false, error: `The allocator failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/** The phase check alone, for a job whose allocation has already been answered. */
export function runCheck({ nodes, sessions, strategy }: JobInput): PhaseCheck | null {
  try {
    return phaseCheck(nodes, sessions, strategy);
  } catch {
    return null;
  }
}
