/**
 * The preview's runner, outside React: a change of the store's slot starts its job at once (in the
 * task that changed it), the answer's outcome reaches the store and the runner's snapshot together
 * and equals `allocate`'s, an overtaken answer is not shown, and the phase check shown stays until
 * the next one comes.
 */
import { describe, expect, it } from 'vitest';
import { allocate, fromTopology, type PowerNode, type Session, type Strategy } from '../../../src/domain/allocation';
import { applyEdits, decodeEdits, phaseCheck, presetSessions, type PhaseCheck } from '../../../src/domain/preview';
import { buildTopologyIndex } from '../../../src/domain/topology';
import type { AllocatorClient } from '../../../src/features/preview/allocator-client';
import { runJob, type JobOutput } from '../../../src/features/preview/allocation-job';
import { createPreviewRunner } from '../../../src/features/preview/preview-runner';
import { createViewStore, type PreviewSlot } from '../../../src/view/view-store';
import { depotTopology } from './depots';

const topology = depotTopology('welshpool');
const nodes = fromTopology(topology);
const rated: PreviewSlot = { mode: 'preview', sessions: 'rated', strategy: 'connector', edits: '' };

interface Job {
  readonly sessions: readonly Session[];
  readonly strategy: Strategy;
  readonly compare: boolean;
  readonly onCheck?: (check: PhaseCheck | null) => void;
  readonly resolve: (output: JobOutput | null) => void;
}

/** A client whose jobs wait until the test answers them. */
function heldClient() {
  const jobs: Job[] = [];
  let disposed = 0;
  const client: AllocatorClient = {
    run: (_nodes: readonly PowerNode[], sessions, strategy, compare, onCheck) =>
      new Promise<JobOutput | null>((resolve) => jobs.push({ sessions, strategy, compare, onCheck, resolve })),
    dispose: () => void disposed++,
  };
  return { client, jobs, disposed: () => disposed };
}

/** Answers a job as the worker would (the allocation first, its check apart), then lets the runner read it. */
async function answer(job: Job) {
  job.resolve(runJob({ nodes, sessions: job.sessions, strategy: job.strategy, compare: job.compare }, false));
  await new Promise((resolve) => setTimeout(resolve, 0));
}

function setUp() {
  const store = createViewStore(buildTopologyIndex(topology));
  store.setPreview(rated);
  const held = heldClient();
  const runner = createPreviewRunner(store, rated, null, () => held.client);
  const stop = runner.start();
  return { store, runner, stop, ...held };
}

describe('the preview runner', () => {
  it('starts a change’s job in the task that changed the slot, keeping the outcome on screen meanwhile', async () => {
    const { store, runner, jobs } = setUp();
    expect(jobs).toHaveLength(1);
    await answer(jobs[0]!);
    const first = runner.getSnapshot().outcome;
    expect(first).not.toBeNull();

    store.setPreview({ ...rated, strategy: 'charger' });
    expect(jobs).toHaveLength(2);
    expect(jobs[1]!.strategy).toBe('charger');
    expect(runner.getSnapshot().updating).toBe(true);
    expect(runner.getSnapshot().outcome).toBe(first);
    expect(store.getState().allocation).toBe(first);
  });

  it('hands the answer’s outcome to the store and its snapshot together, equal to allocate on the same input', async () => {
    const { store, runner, jobs } = setUp();
    await answer(jobs[0]!);
    store.setPreview({ ...rated, strategy: 'charger' });
    await answer(jobs[1]!);
    const run = runner.getSnapshot();
    expect(run.updating).toBe(false);
    expect(store.getState().allocation).toBe(run.outcome);
    const sessions = presetSessions(topology, { kind: 'rated' }, null);
    expect(run.outcome?.result).toEqual(allocate({ nodes, sessions, strategy: 'charger' }));
    expect(run.outcome?.strategy).toBe('charger');
  });

  it('works out an edit’s sessions as applyEdits does, and allocates those', async () => {
    const { store, runner, jobs } = setUp();
    await answer(jobs[0]!);
    const base = runner.getSnapshot().base;
    const edits = `x_${base[0]!.connectorId}*r1000_${base[1]!.connectorId}`;
    store.setPreview({ ...rated, edits });
    const expected = applyEdits(topology, base, decodeEdits(edits).edits);
    expect(runner.getSnapshot().sessions).toEqual(expected);
    expect(jobs[1]!.sessions).toBe(runner.getSnapshot().sessions);
    await answer(jobs[1]!);
    expect(runner.getSnapshot().outcome?.result).toEqual(allocate({ nodes, sessions: expected, strategy: 'connector' }));
    // The same preset: its sessions are not worked out again.
    expect(runner.getSnapshot().base).toBe(base);
  });

  it('does not show an answer a newer job overtook', async () => {
    const { store, runner, jobs } = setUp();
    store.setPreview({ ...rated, strategy: 'charger' });
    await answer(jobs[0]!);
    expect(runner.getSnapshot().outcome).toBeNull();
    expect(store.getState().allocation).toBeNull();
    await answer(jobs[1]!);
    expect(runner.getSnapshot().outcome?.strategy).toBe('charger');
  });

  it('keeps the phase check shown, with the allocation it was made next to, until the next one comes', async () => {
    const { store, runner, jobs } = setUp();
    await answer(jobs[0]!);
    const firstAllocated = runner.getSnapshot().outcome!.result.summary.allocatedW;
    const firstCheck = phaseCheck(nodes, jobs[0]!.sessions, 'connector');
    jobs[0]!.onCheck?.(firstCheck);
    expect(runner.getSnapshot().check).toEqual({ check: firstCheck, allocatedW: firstAllocated });

    store.setPreview({ ...rated, sessions: 'plugged-50-1' });
    await answer(jobs[1]!);
    expect(runner.getSnapshot().outcome!.result.summary.allocatedW).not.toBe(firstAllocated);
    expect(runner.getSnapshot().check).toEqual({ check: firstCheck, allocatedW: firstAllocated });

    const secondCheck = phaseCheck(nodes, jobs[1]!.sessions, 'connector');
    jobs[1]!.onCheck?.(secondCheck);
    expect(runner.getSnapshot().check).toEqual({ check: secondCheck, allocatedW: runner.getSnapshot().outcome!.result.summary.allocatedW });
  });

  it('without a client, has its first answer before it starts, and gives the store it on start', () => {
    const store = createViewStore(buildTopologyIndex(topology));
    store.setPreview(rated);
    const runner = createPreviewRunner(store, rated, null, null);
    const run = runner.getSnapshot();
    expect(run.updating).toBe(false);
    expect(run.check?.check).toEqual(phaseCheck(nodes, run.sessions, 'connector'));
    expect(store.getState().allocation).toBeNull();
    runner.start();
    expect(store.getState().allocation).toBe(run.outcome);
    store.setPreview({ ...rated, strategy: 'charger' });
    expect(runner.getSnapshot().outcome?.result).toEqual(allocate({ nodes, sessions: [...run.sessions], strategy: 'charger' }));
  });

  it('stops following the store and lets its client go when stopped', async () => {
    const { store, jobs, stop, disposed } = setUp();
    stop();
    expect(disposed()).toBe(1);
    store.setPreview({ ...rated, strategy: 'charger' });
    expect(jobs).toHaveLength(1);
  });
});
