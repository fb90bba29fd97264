export { ApiErrorView } from './ApiErrorView';
export { TopologyProblems } from './TopologyProblems';
export { ProblemsPanel, type ProblemsPanelProps } from './ProblemsPanel';
export { ProblemView } from './ProblemView';
