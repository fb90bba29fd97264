import { lazy } from 'react';

export type { SiteAnswer } from './site-answer';
export type { SiteFileWorkbenchProps } from './SiteFileWorkbench';
/** Loaded when the site-file view opens: it and its editor stay out of the first load. */
export const SiteFileWorkbench = lazy(() => import('./SiteFileWorkbench'));
