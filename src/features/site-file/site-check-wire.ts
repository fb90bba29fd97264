/**
 * The check's replies as the worker sends them. A new topology answer that differs from the last
 * one sent in a few nodes (an edit of a name, a limit) is sent as a patch against it: a large
 * site's answer is megabytes of text to write out and read back, its patch a few lines. The page
 * applies the patch to the answer it holds under `base`.
 */
import {
  applyTopologyPatch,
  isSlightPatch,
  parseMicrogridTopology,
  topologyPatch,
  type MicrogridTopology,
  type MicrogridTopologyWire,
  type TopologyPatch,
} from '../../domain/topology';
import { outcomeOf, type CheckOutcome } from './site-answer';
import { createCheckKeeper, type CheckJobReply, type KeptCheck } from './site-check-job';

export interface CheckWireReply extends CheckJobReply {
  /** In place of `outcome`: the new topology answer as changes from the one sent under `base`. */
  readonly patch?: { readonly base: number; readonly topology: TopologyPatch };
}

const topologyOf = (outcome: CheckOutcome | undefined): MicrogridTopology | null =>
  outcome?.answer?.kind === 'topology' ? outcome.answer.topology : null;

/**
 * A patch of derived bodies as the page holds topologies: only its head, its changed nodes and
 * new warnings are parsed, as the whole body would parse them; null when they break the
 * contract, and the whole answer is sent instead, to say where.
 */
function parsedPatch(patch: TopologyPatch<MicrogridTopologyWire>): TopologyPatch | null {
  const nodes = patch.nodes.map(([, node]) => node);
  const parsed = parseMicrogridTopology({ ...patch.head, nodes, warnings: patch.warnings ?? [] });
  if (!parsed.ok) return null;
  const { nodes: parsedNodes, warnings, ...head } = parsed.value;
  const changed = patch.nodes.map(([at], i) => [at, parsedNodes[i]!] as const);
  return patch.warnings === undefined ? { head, nodes: changed } : { head, nodes: changed, warnings };
}

/**
 * The worker's checker: `createSiteChecker`'s replies, but a new topology answer that differs from
 * the last one sent in a few nodes is sent as a patch. The patch is found by comparing the
 * derivation's own bodies, and only what changed is parsed: the whole answer is neither parsed
 * nor compared node by node once parsed.
 */
export function createWireChecker(keep: (text: string) => KeptCheck = createCheckKeeper()): (text: string) => CheckWireReply {
  /** The last topology answer sent, under its answer id, as derived. */
  let sent: { id: number; body: MicrogridTopologyWire } | null = null;
  return (text) => {
    const { check, answerId, isNew, marks, ranges } = keep(text);
    if (!isNew) return { answerId, marks, ranges };
    // A file without an answer (not JSON...) leaves the last answer sent where it is.
    if (answerId === null) return { answerId, outcome: outcomeOf(check), marks, ranges };
    const body = check.kind === 'answer' && check.result.status === 200 ? check.result.body : null;
    const before = sent;
    const wirePatch = before !== null && body !== null ? topologyPatch(before.body, body) : null;
    const patch = wirePatch === null ? null : parsedPatch(wirePatch);
    if (before !== null && patch !== null) {
      sent = { id: answerId, body: body! };
      return { answerId, patch: { base: before.id, topology: patch }, marks, ranges };
    }
    const outcome = outcomeOf(check);
    // A new answer of another kind (a 422) takes the topology's place on the page: the next is sent whole.
    sent = body !== null && topologyOf(outcome) !== null ? { id: answerId, body } : null;
    return { answerId, outcome, marks, ranges };
  };
}

/**
 * The outcome a reply stands for, given the last outcome received with its answer id; null when
 * the reply names an answer that is not the one held (never expected: replies arrive in order).
 */
export function outcomeOfReply(reply: CheckWireReply, kept: { id: number; outcome: CheckOutcome } | null): CheckOutcome | null {
  if (reply.outcome !== undefined) return reply.outcome;
  if (kept === null) return null;
  if (reply.patch !== undefined) {
    const base = reply.patch.base === kept.id ? topologyOf(kept.outcome) : null;
    if (base === null) return null;
    return { answer: { kind: 'topology', topology: applyTopologyPatch(base, reply.patch.topology) }, failure: null };
  }
  return kept.id === reply.answerId ? kept.outcome : null;
}

/** Whether the reply's answer is the kept one, or a slight patch of it (see `CheckedFile.slight`). */
export function isSlightReply(reply: CheckWireReply, kept: { id: number; outcome: CheckOutcome } | null): boolean {
  if (kept === null || reply.outcome !== undefined) return false;
  if (reply.patch === undefined) return kept.id === reply.answerId;
  const base = reply.patch.base === kept.id ? topologyOf(kept.outcome) : null;
  return base !== null && isSlightPatch(base, reply.patch.topology);
}
