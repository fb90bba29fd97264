/**
 * The preview's run: the preset's sessions with the user's edits, allocated by the one shared
 * allocator — in a Web Worker, so that a change on a large depot never blocks the page — and the
 * outcome handed to the view store for the graph, the tree and the details. Until a change's
 * answer arrives, the previous outcome stays on screen, marked as updating.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'react';
import { fromTopology, type AllocationResult, type Session, type Strategy } from '../../domain/allocation';
import {
  applyEdits,
  buildOutcome,
  decodeEdits,
  DEFAULT_PRESET,
  parsePreset,
  presetSessions,
  type PhaseCheck,
  type Preset,
  type PreviewOutcome,
  type SessionEdits,
} from '../../domain/preview';
import type { PreviewSlot, ViewStore } from '../../view';
import { createAllocatorClient, type AllocatorClient } from './allocator-client';
import { runJob, type JobOutput } from './allocation-job';

/** Browsers run the allocator in a worker; where there is none (a test's DOM), it runs during render. */
const WORKERS = typeof Worker !== 'undefined';

/** A mock scenario's typical session set, offered as the `scenario` preset. */
export interface ScenarioSessions {
  readonly name: string;
  readonly sessions: readonly Session[];
}

export interface PreviewRun {
  readonly preset: Preset;
  /** Why the URL's preset was not used, when it was not. */
  readonly presetNote: string | null;
  readonly base: readonly Session[];
  readonly edits: SessionEdits;
  readonly skippedEdits: number;
  readonly sessions: readonly Session[];
  /** The latest allocation answered, or null before the first (or when the allocator refused the input: see `error`). */
  readonly outcome: PreviewOutcome | null;
  readonly error: string | null;
  /** In compare mode: the other strategy's result. */
  readonly other: AllocationResult | null;
  /** What a watt-only balancer would overload with these sessions. */
  readonly check: PhaseCheck | null;
  /** A newer change is being allocated. */
  readonly updating: boolean;
}

interface Answer {
  readonly sessions: readonly Session[];
  readonly strategy: Strategy;
  readonly compare: boolean;
  readonly output: JobOutput;
}

/** One allocator client (and worker) per mounted preview; none without worker support. */
function useAllocatorClient(): AllocatorClient | null {
  const [client, setClient] = useState<AllocatorClient | null>(null);
  useEffect(() => {
    if (!WORKERS) return;
    const created = createAllocatorClient();
    // Handing the client to render is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setClient(created);
    return () => created.dispose();
  }, []);
  return client;
}

export function usePreviewRun(store: ViewStore, slot: PreviewSlot, scenario: ScenarioSessions | null): PreviewRun {
  const { index } = store;
  const topology = index.topology;
  const nodes = useMemo(() => fromTopology(topology), [topology]);
  const parsed = parsePreset(slot.sessions);
  const usable = parsed !== null && !(parsed.kind === 'scenario' && scenario === null) ? parsed : DEFAULT_PRESET;
  const presetNote =
    parsed === null
      ? `The link's session set "${slot.sessions}" is not one this app knows; showing every connector at its rating.`
      : parsed.kind === 'scenario' && scenario === null
        ? 'This depot ships no scenario session set; showing every connector at its rating.'
        : null;
  const presetKey = JSON.stringify(usable);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by the preset's value, not its object
  const base = useMemo(() => presetSessions(topology, usable, scenario?.sessions ?? null), [topology, presetKey, scenario]);
  const decoded = useMemo(() => decodeEdits(slot.edits), [slot.edits]);
  const sessions = useMemo(() => applyEdits(topology, base, decoded.edits), [topology, base, decoded]);
  const compare = slot.mode === 'compare';

  const client = useAllocatorClient();
  const [workerAnswer, setAnswer] = useState<Answer | null>(null);
  // The phase check comes from the worker after its allocation: kept with the sessions it is for.
  const [lateCheck, setLateCheck] = useState<{ sessions: readonly Session[]; strategy: Strategy; check: PhaseCheck | null } | null>(null);
  const inlineAnswer = useMemo(
    () => (WORKERS ? null : { sessions, strategy: slot.strategy, compare, output: runJob({ nodes, sessions, strategy: slot.strategy, compare }) }),
    [nodes, sessions, slot.strategy, compare],
  );
  const answer = inlineAnswer ?? workerAnswer;
  useEffect(() => {
    if (client === null) return;
    let live = true;
    const strategy = slot.strategy;
    const onCheck = (check: PhaseCheck | null) => {
      if (live) setLateCheck({ sessions, strategy, check });
    };
    void client.run(nodes, sessions, strategy, compare, onCheck).then((output) => {
      if (live && output !== null) setAnswer({ sessions, strategy, compare, output });
    });
    return () => {
      live = false;
    };
  }, [client, nodes, sessions, slot.strategy, compare]);

  // Built on the outcome on screen, so what the answer leaves unchanged keeps its objects (and its views).
  const outcome = useMemo(
    () =>
      answer === null || !answer.output.ok
        ? null
        : buildOutcome(index, answer.sessions, answer.strategy, answer.output.result, store.getState().allocation),
    [index, answer, store],
  );

  useLayoutEffect(() => {
    store.setAllocation(outcome);
  }, [store, outcome]);
  useLayoutEffect(() => () => store.setAllocation(null), [store]);

  const output = answer?.output;
  return {
    preset: usable,
    presetNote,
    base,
    edits: decoded.edits,
    skippedEdits: decoded.skipped,
    sessions,
    outcome,
    error: output !== undefined && !output.ok ? output.error : null,
    other: output !== undefined && output.ok && answer?.compare ? output.other : null,
    check:
      output === undefined || !output.ok
        ? null
        : (output.check ?? (lateCheck !== null && lateCheck.sessions === answer?.sessions && lateCheck.strategy === answer.strategy ? lateCheck.check : null)),
    updating: answer === null || answer.sessions !== sessions || answer.strategy !== slot.strategy || answer.compare !== compare,
  };
}
