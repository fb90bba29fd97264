export { ApiErrorView } from './ApiErrorView';
export { WarningsRegion } from './WarningsRegion';
