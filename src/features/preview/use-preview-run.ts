/**
 * The preview's run: the preset's sessions with the user's edits, allocated by the one shared
 * allocator, and the outcome handed to the view store for the graph, the tree and the details.
 * Each step is memoised on what it reads, so a strategy switch does not rebuild the sessions and
 * an edit does not rebuild the power nodes.
 */
import { useLayoutEffect, useMemo } from 'react';
import { allocate, AllocationInputError, fromTopology, type AllocationResult, type Session, type Strategy } from '../../domain/allocation';
import {
  applyEdits,
  buildOutcome,
  decodeEdits,
  DEFAULT_PRESET,
  parsePreset,
  phaseCheck,
  presetSessions,
  type PhaseCheck,
  type Preset,
  type PreviewOutcome,
  type SessionEdits,
} from '../../domain/preview';
import type { PreviewSlot, ViewStore } from '../../view';

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
  /** The allocation, or null when the allocator refused the input (see `error`). */
  readonly outcome: PreviewOutcome | null;
  readonly error: string | null;
  /** In compare mode: the other strategy's result. */
  readonly other: AllocationResult | null;
  /** What a watt-only balancer would overload with these sessions; null when the allocator refused them. */
  readonly check: PhaseCheck | null;
}

const otherStrategy = (s: Strategy): Strategy => (s === 'connector' ? 'charger' : 'connector');

function tryAllocate(input: Parameters<typeof allocate>[0]): { result: AllocationResult | null; error: string | null } {
  try {
    return { result: allocate(input), error: null };
  } catch (error) {
    if (error instanceof AllocationInputError) return { result: null, error: error.message };
    return { result: null, error: `The allocator failed: ${error instanceof Error ? error.message : String(error)}` };
  }
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
  const run = useMemo(() => tryAllocate({ nodes, sessions: sessions as Session[], strategy: slot.strategy }), [nodes, sessions, slot.strategy]);
  const outcome = useMemo(
    () => (run.result === null ? null : buildOutcome(index, sessions, slot.strategy, run.result)),
    [index, sessions, slot.strategy, run],
  );
  const other = useMemo(
    () => (slot.mode === 'compare' ? tryAllocate({ nodes, sessions: sessions as Session[], strategy: otherStrategy(slot.strategy) }).result : null),
    [slot.mode, nodes, sessions, slot.strategy],
  );

  const check = useMemo(
    () => (run.result === null ? null : phaseCheck(nodes, sessions, slot.strategy)),
    [run, nodes, sessions, slot.strategy],
  );

  useLayoutEffect(() => {
    store.setAllocation(outcome);
  }, [store, outcome]);
  useLayoutEffect(() => () => store.setAllocation(null), [store]);

  return { preset: usable, presetNote, base, edits: decoded.edits, skippedEdits: decoded.skipped, sessions, outcome, error: run.error, other, check };
}

