/**
 * The preview's run, outside React: it follows the view store's preview slot and, the moment the
 * slot changes (in the task of the click that changed the URL), works out the session set and
 * starts its allocation; when the answer comes, it builds the outcome and hands it to the store, so
 * the panel and every view subscribed to a node's figures render once, together. Until a change's
 * answer arrives, the previous outcome stays on screen, marked as updating.
 */
import { fromTopology, type AllocationResult, type PowerNode, type Session, type Strategy } from '../../domain/allocation';
import {
  applyEdits,
  buildOutcome,
  decodeEdits,
  DEFAULT_PRESET,
  parsePreset,
  presetKey,
  presetSessions,
  reapplyEdits,
  type PhaseCheck,
  type Preset,
  type PreviewOutcome,
  type SessionEdits,
} from '../../domain/preview';
import type { PreviewSlot, ViewStore } from '../../view';
import type { AllocatorClient } from './allocator-client';
import { runJob, type JobOutput } from './allocation-job';

/** A mock scenario's typical session set, offered as the `scenario` preset. */
export interface ScenarioSessions {
  readonly name: string;
  readonly sessions: readonly Session[];
}

/** The phase check shown, with the preview's allocation it was made next to. */
export interface ShownPhaseCheck {
  readonly check: PhaseCheck;
  readonly allocatedW: number;
}

export interface PreviewRun {
  readonly slot: PreviewSlot;
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
  /**
   * What a watt-only balancer would overload: the latest check answered. It comes after its
   * allocation; until then the previous one stays, with the allocation it was made next to.
   */
  readonly check: ShownPhaseCheck | null;
  /** A newer change is being allocated. */
  readonly updating: boolean;
}

export interface PreviewRunner {
  readonly store: ViewStore;
  readonly scenario: ScenarioSessions | null;
  getSnapshot(): PreviewRun;
  subscribe(listener: () => void): () => void;
  /**
   * Follows the store's slot from now on, allocating on a client made by the runner's factory (or,
   * without one, on this thread at once), and hands each outcome to the store. Returns the stop.
   */
  start(): () => void;
}

interface Answer {
  readonly sessions: readonly Session[];
  readonly strategy: Strategy;
  readonly compare: boolean;
  readonly output: JobOutput;
}

/** The sessions for a slot, worked out again only for what changed (the preset, the edits). */
interface Inputs {
  readonly slot: PreviewSlot;
  readonly preset: Preset;
  readonly presetNote: string | null;
  readonly base: readonly Session[];
  readonly decoded: { readonly edits: SessionEdits; readonly skipped: number };
  readonly sessions: readonly Session[];
}

function inputsFor(store: ViewStore, scenario: ScenarioSessions | null, slot: PreviewSlot, before: Inputs | null): Inputs {
  const { topology } = store.index;
  const parsed = parsePreset(slot.sessions);
  const usable = parsed !== null && !(parsed.kind === 'scenario' && scenario === null) ? parsed : DEFAULT_PRESET;
  const presetNote =
    parsed === null
      ? `The link's session set "${slot.sessions}" is not one this app knows; showing every connector at its rating.`
      : parsed.kind === 'scenario' && scenario === null
        ? 'This depot ships no scenario session set; showing every connector at its rating.'
        : null;
  const samePreset = before !== null && presetKey(before.preset) === presetKey(usable);
  const preset = samePreset ? before.preset : usable;
  const base = samePreset ? before.base : presetSessions(topology, usable, scenario?.sessions ?? null);
  const decoded = before !== null && before.slot.edits === slot.edits ? before.decoded : decodeEdits(slot.edits);
  // An edit on the same preset is patched into the previous sessions; a new preset is worked out anew.
  const sessions =
    before === null || before.base !== base
      ? applyEdits(topology, base, decoded.edits)
      : before.decoded === decoded
        ? before.sessions
        : reapplyEdits(topology, base, { edits: before.decoded.edits, sessions: before.sessions }, decoded.edits);
  return { slot, preset, presetNote, base, decoded, sessions };
}

/** A runner from `slot` (the store's, as the panel renders); `createClient` null: allocations run on this thread. */
export function createPreviewRunner(
  store: ViewStore,
  slot: PreviewSlot,
  scenario: ScenarioSessions | null,
  createClient: (() => AllocatorClient) | null,
): PreviewRunner {
  const nodes: readonly PowerNode[] = fromTopology(store.index.topology);
  let inputs = inputsFor(store, scenario, slot, null);
  let answer: Answer | null = null;
  let outcome: PreviewOutcome | null = null;
  let check: ShownPhaseCheck | null = null;
  let client: AllocatorClient | null = null;
  let started = false;
  /** The job last started: (sessions, strategy, compare); an answer to an older one is not awaited. */
  let asked: { sessions: readonly Session[]; strategy: Strategy; compare: boolean } | null = null;
  const listeners = new Set<() => void>();

  const snapshotOf = (): PreviewRun => {
    const output = answer?.output;
    const compare = inputs.slot.mode === 'compare';
    return {
      slot: inputs.slot,
      preset: inputs.preset,
      presetNote: inputs.presetNote,
      base: inputs.base,
      edits: inputs.decoded.edits,
      skippedEdits: inputs.decoded.skipped,
      sessions: inputs.sessions,
      outcome,
      error: output !== undefined && !output.ok ? output.error : null,
      other: output !== undefined && output.ok && answer?.compare ? output.other : null,
      check,
      updating: answer === null || answer.sessions !== inputs.sessions || answer.strategy !== inputs.slot.strategy || answer.compare !== compare,
    };
  };
  let snapshot = snapshotOf();
  const emit = () => {
    snapshot = snapshotOf();
    for (const listener of [...listeners]) listener();
  };

  /** Takes an answer: its outcome is built on the one on screen, so what it leaves unchanged keeps its objects. */
  const accept = (next: Answer) => {
    answer = next;
    const { output } = next;
    outcome = output.ok ? buildOutcome(store.index, next.sessions, next.strategy, output.result, store.getState().allocation ?? outcome) : null;
    if (!output.ok) check = null;
    else if (output.check !== null) check = { check: output.check, allocatedW: output.result.summary.allocatedW };
    if (started) store.setAllocation(outcome);
  };

  /** Starts the allocation of the current inputs, unless it is answered or already asked for. */
  const request = () => {
    const { sessions } = inputs;
    const { strategy } = inputs.slot;
    const compare = inputs.slot.mode === 'compare';
    if (asked !== null && asked.sessions === sessions && asked.strategy === strategy && asked.compare === compare) return;
    asked = { sessions, strategy, compare };
    if (client === null) {
      accept({ sessions, strategy, compare, output: runJob({ nodes, sessions, strategy, compare }) });
      return;
    }
    const onCheck = (late: PhaseCheck | null) => {
      // The client reports the check of its latest job only, which is the answer on screen.
      if (late === null || answer === null || answer.sessions !== sessions || answer.strategy !== strategy || !answer.output.ok) return;
      check = { check: late, allocatedW: answer.output.result.summary.allocatedW };
      emit();
    };
    void client.run(nodes, sessions, strategy, compare, onCheck).then((output) => {
      if (output === null || asked === null || asked.sessions !== sessions || asked.strategy !== strategy || asked.compare !== compare) return;
      accept({ sessions, strategy, compare, output });
      emit();
    });
  };

  const follow = () => {
    const now = store.getState().preview;
    if (now === null || now === inputs.slot) return;
    inputs = inputsFor(store, scenario, now, inputs);
    request();
    emit();
  };

  // Without a worker (a test's DOM), the first answer is worked out here, for the first render.
  if (createClient === null) request();
  snapshot = snapshotOf();

  return {
    store,
    scenario,
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      started = true;
      client = createClient === null ? null : createClient();
      // A new client has none of the old one's jobs: the current inputs are asked for again.
      if (client !== null) asked = null;
      const stop = store.subscribe(follow);
      follow();
      request();
      store.setAllocation(outcome);
      emit();
      return () => {
        started = false;
        stop();
        client?.dispose();
        client = null;
        asked = null;
      };
    },
  };
}
