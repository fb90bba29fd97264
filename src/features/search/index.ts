export { NodeSearch } from './NodeSearch';
