/** The allocation preview's panel: loaded apart from the first page, when a user opens the preview. */
export { PreviewPanel } from './PreviewPanel';
export type { ScenarioSessions } from './use-preview-run';
