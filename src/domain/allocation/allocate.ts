/**
 * Preview of load balancing: given power nodes, charging sessions and a strategy, how much each
 * session gets and what stops it getting more. Pure and deterministic: the same input in any
 * order gives the same output, to the bit (everything is indexed and summed in id or pre-order).
 *
 * Where the contract leaves room, this is what it does:
 * - "Ascending id" is UTF-16 code-unit order ("n10" before "n2"), what any backend's default
 *   string sort gives; outputs are ordered the same way.
 * - A session asking for less than its minimum reserves only what it asks for.
 * - EVSEs go to the first sessions in admission order, before minimums are checked: a session
 *   refused for its minimum still holds the charge point's EVSE (the vehicle is plugged in).
 * - "Binding" counts sessions refused for their minimum as wanting more, but not those refused
 *   for a busy EVSE: a cap is not what holds those back.
 * - Charger-based: a connector frozen when its charge point's share froze is said to be limited by
 *   the limit above the charge point that froze it (the one nearest the root, as ever).
 * - Headroom never goes below 0: rounding can leave a full node a hair over its cap.
 * - Phases: a node is binding when its watt cap or any phase's current cap is full; an unknown
 *   rotation counts as `RST`. Without any current cap, phase data only adds currents to the
 *   result: the allocation is the phase-blind one, to the bit.
 * - Phases, charger-based: a charge point draws on the phases as its share is split among its
 *   connectors; a connector held back by its charge point's limit is named with that limit,
 *   phase included, even when its own vehicle draws on another phase.
 *
 * Design note: a 10,000-connector depot must be previewed within a frame (`npm run bench:allocate`),
 * so nodes and sessions are indexed once, in id order, and every later step works on typed arrays
 * over those indices. Two hand-made structures stay because the figures call for them: ids are
 * sorted by a radix sort (`sort-ids.ts`) and found by an open-addressing table (`id-table.ts`);
 * `Array.prototype.sort` and a `Map` each cost several milliseconds at 10,000 connectors.
 */
import { admit } from './admission';
import { AllocationInputError, quote } from './errors';
import { assemble } from './result';
import { sessionCoefficients } from './phases';
import { shareWithPhases } from './phase-share';
import { prepareSessions } from './session-input';
import { share } from './share';
import { preparedTree } from './tree-memo';
import type { AllocationInput, AllocationResult } from './types';

const STRATEGIES: readonly unknown[] = ['connector', 'charger'];

/** Throws `AllocationInputError` naming every problem when the input is unusable. */
export function allocate(input: AllocationInput): AllocationResult {
  const problems: string[] = [];
  if (typeof input !== 'object' || input === null) throw new AllocationInputError([`input must be an object, got ${quote(input)}`]);
  const { strategy } = input;
  if (!STRATEGIES.includes(strategy)) problems.push(`strategy must be "connector" or "charger", got ${quote(strategy)}`);
  const { tree, lookup } = preparedTree(input.nodes, problems);
  const sessions = prepareSessions(input.sessions, lookup, problems);
  if (problems.length > 0 || !tree || !sessions) throw new AllocationInputError(problems);

  // Phase data changes the outcome only where a current cap can bind; otherwise it only adds the
  // currents to the result, and the allocation is exactly the phase-blind one.
  const perWatt = tree.phases || sessions.phases ? sessionCoefficients(tree, sessions.node, sessions.phases) : null;
  const currentCapped = perWatt !== null && tree.phases !== null && tree.phases.maxCurrent.some((a) => a < Infinity);
  const admission = admit(tree, sessions, currentCapped ? perWatt : null);
  const shares = currentCapped ? shareWithPhases(tree, sessions, admission, strategy, perWatt) : share(tree, sessions, admission, strategy);
  return assemble(tree, sessions, admission, shares, perWatt);
}
