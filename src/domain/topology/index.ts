export * from './schema';
export * from './parse';
export * from './order';
export * from './structure';
export * from './tree-index';
export * from './labels';
