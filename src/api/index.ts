export * from './config';
export * from './errors';
export * from './client';
export * from './query';
export { fastApiDetail } from './response-body';
