/**
 * The preview's run for React: one runner (see `preview-runner.ts`) per mounted preview, allocating
 * in a Web Worker so that a change on a large depot never blocks the page, and read as an external
 * store, so a change renders the panel once, with the views that draw its figures.
 */
import { useLayoutEffect, useState, useSyncExternalStore } from 'react';
import type { PreviewSlot, ViewStore } from '../../view';
import { createAllocatorClient } from './allocator-client';
import { createPreviewRunner, type PreviewRun, type PreviewRunner, type ScenarioSessions } from './preview-runner';

export type { PreviewRun, ScenarioSessions, ShownPhaseCheck } from './preview-runner';

/** Browsers run the allocator in a worker; where there is none (a test's DOM), it runs on this thread at once. */
const WORKERS = typeof Worker !== 'undefined';

const runnerFor = (store: ViewStore, slot: PreviewSlot, scenario: ScenarioSessions | null): PreviewRunner =>
  createPreviewRunner(store, slot, scenario, WORKERS ? createAllocatorClient : null);

/** The run of the store's preview; `slot` is the slot it starts from (later ones come from the store). */
export function usePreviewRun(store: ViewStore, slot: PreviewSlot, scenario: ScenarioSessions | null): PreviewRun {
  const [made, setMade] = useState(() => runnerFor(store, slot, scenario));
  let runner = made;
  if (made.store !== store || made.scenario !== scenario) {
    // State adjusted while rendering, as React advises for a value that follows a prop.
    runner = runnerFor(store, slot, scenario);
    setMade(runner);
  }
  // Before paint: the store gets the outcome (and the worker the job) as the panel first shows.
  useLayoutEffect(() => runner.start(), [runner]);
  useLayoutEffect(() => () => store.setAllocation(null), [store]);
  return useSyncExternalStore(runner.subscribe, runner.getSnapshot, runner.getSnapshot);
}
