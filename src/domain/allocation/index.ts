export { allocate } from './allocate';
export { AllocationInputError } from './errors';
export { fromTopology } from './from-topology';
export {
  DEFAULT_CONNECTOR_RATING_W,
  sampleSessions,
  seededRandom,
  sessionsAtRating,
  type SampleOptions,
  type SessionOptions,
} from './sample-sessions';
export type {
  AllocationInput,
  AllocationResult,
  AllocationSummary,
  LimitedBy,
  NodeLoad,
  Phase,
  PowerNode,
  Session,
  SessionAllocation,
  Strategy,
} from './types';
