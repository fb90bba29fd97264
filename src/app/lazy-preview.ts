/**
 * The allocation preview's panel and the allocator load apart from the first page: only users who
 * open the preview need them. Pressing the toggle starts the load.
 */
import { lazy } from 'react';

export const loadPreview = () => import('../features/preview');

export const LazyPreviewPanel = lazy(() => loadPreview().then((m) => ({ default: m.PreviewPanel })));
