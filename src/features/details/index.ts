export { DetailsPanel } from './DetailsPanel';
export { NodeDetails } from './NodeDetails';
