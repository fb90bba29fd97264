/** How long `fault-slow` waits before answering, in ms. */
export const SLOW_DELAY_MS = 4000;

/** Depots whose answer is a fault rather than a topology; `mocks/handlers.ts` acts each one out. */
export const FAULTS = {
  'fault-500': { title: 'Server error (500)', description: 'The backend fails with 500 Internal Server Error; retrying is sensible.' },
  'fault-503': { title: 'Service unavailable (503)', description: 'The backend is temporarily unavailable, with a Retry-After header.' },
  'fault-slow': { title: `Slow answer (${SLOW_DELAY_MS / 1000} s)`, description: `Answers the small depot after ${SLOW_DELAY_MS / 1000} seconds.` },
  'fault-network': { title: 'Network failure', description: 'The request fails before any response arrives.' },
  'fault-timeout': { title: 'No answer (timeout)', description: 'The request is never answered; only a client timeout ends it.' },
  'fault-401': { title: 'Not signed in (401)', description: 'FastAPI’s plain {"detail": "Not authenticated"} body.' },
  'fault-403': { title: 'Not allowed (403)', description: 'A problem+json body: the account may not see this depot.' },
  'fault-404': { title: 'No such depot (404)', description: 'A problem+json body; any unknown depot id gets the same answer.' },
  'fault-bad-schema': { title: 'Response breaks the schema', description: 'A 200 whose body breaks the contract: a node’s max_power_w is a string.' },
  'fault-422-no-errors': { title: '422 without errors', description: 'A 422 problem+json with a title and detail but no "errors" list.' },
} as const;

export type FaultId = keyof typeof FAULTS;

export const isFault = (depotId: string): depotId is FaultId => Object.hasOwn(FAULTS, depotId);

