/**
 * The check's replies as the worker sends them. A new topology answer that differs from the last
 * one sent in a few nodes (an edit of a name, a limit) is sent as a patch against it: a large
 * site's answer is megabytes of text to write out and read back, its patch a few lines. The page
 * applies the patch to the answer it holds under `base`.
 */
import { applyTopologyPatch, isSlightPatch, topologyPatch, type MicrogridTopology, type TopologyPatch } from '../../domain/topology';
import type { CheckOutcome } from './site-answer';
import { createSiteChecker, type CheckJobReply } from './site-check-job';

export interface CheckWireReply extends CheckJobReply {
  /** In place of `outcome`: the new topology answer as changes from the one sent under `base`. */
  readonly patch?: { readonly base: number; readonly topology: TopologyPatch };
}

const topologyOf = (outcome: CheckOutcome | undefined): MicrogridTopology | null =>
  outcome?.answer?.kind === 'topology' ? outcome.answer.topology : null;

/** The worker's checker: `createSiteChecker`'s replies, a new topology answer as a patch where one is smaller. */
export function createWireChecker(check: (text: string) => CheckJobReply = createSiteChecker()): (text: string) => CheckWireReply {
  /** The last topology answer sent, under its answer id. */
  let sent: { id: number; topology: MicrogridTopology } | null = null;
  return (text) => {
    const reply = check(text);
    const topology = topologyOf(reply.outcome);
    if (reply.answerId === null) return reply;
    if (topology === null) {
      // A new answer of another kind (a 422) takes the topology's place on the page: the next is sent whole.
      if (reply.outcome !== undefined) sent = null;
      return reply;
    }
    const patch = sent === null ? null : topologyPatch(sent.topology, topology);
    const base = sent?.id;
    sent = { id: reply.answerId, topology };
    if (patch === null || base === undefined) return reply;
    const { outcome: _outcome, ...rest } = reply;
    return { ...rest, patch: { base, topology: patch } };
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
