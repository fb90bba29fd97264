export { focusTreeItem, TopologyTree } from './TopologyTree';
