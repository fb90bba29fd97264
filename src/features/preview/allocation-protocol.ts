/** The messages between the preview and its allocation worker. */
import type { PowerNode, Session, Strategy } from '../../domain/allocation';
import type { JobOutput } from './allocation-job';

export type WorkerRequest =
  | { readonly type: 'nodes'; readonly key: number; readonly nodes: readonly PowerNode[] }
  | {
      readonly type: 'job';
      readonly id: number;
      readonly nodesKey: number;
      readonly sessions: readonly Session[];
      readonly strategy: Strategy;
      readonly compare: boolean;
    };

export interface WorkerReply {
  readonly id: number;
  readonly output: JobOutput;
}
