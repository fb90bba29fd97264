export * from './config';
export * from './errors';
export * from './client';
export { depotIdProblem } from './depot-id';
export * from './query';
export { fastApiDetail } from './response-body';
export * from './runtime-config';
export { getSessionToken, readBearerToken, signIn, signOut, subscribeToSession } from './session';
export * from './retry-after';
