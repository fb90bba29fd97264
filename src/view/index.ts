export * from './view-store';
export * from './use-view';
export * from './url-state';
export * from './use-preview';
export * from './preview-url';
export * from './stored-view';
export * from './stored-preference';
export { useSameTree } from './use-same-tree';
