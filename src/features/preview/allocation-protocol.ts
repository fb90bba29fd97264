/** The messages between the preview and its workers: the allocation worker and the phase-check worker. */
import type { PowerNode, Session, Strategy } from '../../domain/allocation';
import type { PhaseCheck } from '../../domain/preview';
import type { CompactResult, CompactSessions } from '../../domain/preview/compact-result';
import type { JobOutput } from './allocation-job';

/** A topology's power nodes, sent to a worker once; jobs then name them by key. */
export interface NodesMessage {
  readonly type: 'nodes';
  readonly key: number;
  readonly nodes: readonly PowerNode[];
}

/** Sessions as typed arrays where they can be (see `compactSessions`), else as they are. */
export type JobSessions = CompactSessions | readonly Session[];

export type WorkerRequest =
  | NodesMessage
  | {
      readonly type: 'job';
      readonly id: number;
      readonly nodesKey: number;
      readonly sessions: JobSessions;
      readonly strategy: Strategy;
      readonly compare: boolean;
    };

/** A job's output with its results in compact form (typed arrays, transferred rather than copied). */
export type CompactOutput =
  | { readonly ok: true; readonly result: CompactResult; readonly other: CompactResult | null }
  | Extract<JobOutput, { ok: false }>;

export type WorkerReply = { readonly type: 'output'; readonly id: number; readonly output: CompactOutput };

/** To the phase-check worker: the phase check of a job's sessions. */
export type CheckRequest =
  | NodesMessage
  | { readonly type: 'check'; readonly id: number; readonly nodesKey: number; readonly sessions: JobSessions; readonly strategy: Strategy };

export type CheckReply = { readonly type: 'check'; readonly id: number; readonly check: PhaseCheck | null };
