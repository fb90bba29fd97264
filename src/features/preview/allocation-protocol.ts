/** The messages between the preview and its allocation worker. */
import type { PowerNode, Session, Strategy } from '../../domain/allocation';
import type { PhaseCheck } from '../../domain/preview';
import type { CompactResult, CompactSessions } from '../../domain/preview/compact-result';
import type { JobOutput } from './allocation-job';

export type WorkerRequest =
  | { readonly type: 'nodes'; readonly key: number; readonly nodes: readonly PowerNode[] }
  | {
      readonly type: 'job';
      readonly id: number;
      readonly nodesKey: number;
      /** As typed arrays where they can be (see `compactSessions`), else as they are. */
      readonly sessions: CompactSessions | readonly Session[];
      readonly strategy: Strategy;
      readonly compare: boolean;
    }
  /** The phase check of job `id`, asked for once its allocation is on screen (skipped if a newer job came). */
  | { readonly type: 'check'; readonly id: number };

/** A job's output with its results in compact form (typed arrays, transferred rather than copied). */
export type CompactOutput =
  | { readonly ok: true; readonly result: CompactResult; readonly other: CompactResult | null }
  | Extract<JobOutput, { ok: false }>;

/** First the allocation, then (when asked for) the job's phase check. */
export type WorkerReply =
  | { readonly type: 'output'; readonly id: number; readonly output: CompactOutput }
  | { readonly type: 'check'; readonly id: number; readonly check: PhaseCheck | null };
