export { LegacyNote, SummaryBar } from './SummaryBar';
