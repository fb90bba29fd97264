export { TopologyTree } from './TopologyTree';
