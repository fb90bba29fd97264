/**
 * What one graph node draws, computed from the index once per layout. Pure. A node's data holds
 * only its own facts (no index, no other nodes), so a memoised node re-renders only when they change.
 */
import {
  displayName,
  emptyKindCounts,
  issuesBeneathOf,
  issuesBeneathText,
  kindCountTexts,
  kindLabel,
  limitSourceLabel,
  type IssuesBeneath,
  type KindCounts,
  type NodeAsset,
  type NodeId,
  type NodeKind,
  type TopologyIndex,
} from '../../domain/topology';
import { subscriptionOf, subscriptionText } from '../../domain/topology';
import { formatAmperes, formatCount, formatKilowatts } from '../../domain/units';
import { FOLD_KIND, type Fold } from './layout';

export type IssueSeverity = 'error' | 'warning';

export interface GraphNodeData extends Record<string, unknown> {
  readonly id: NodeId;
  readonly kind: NodeKind;
  readonly kindText: string;
  /** The name, or the id when the node has none. */
  readonly title: string;
  /** "150 kW", or null when the node imposes no power cap. */
  readonly cap: string | null;
  /** "rating", "default capacity", ... or null without a cap. */
  readonly capSource: string | null;
  /** Short facts per kind: OCPP id, power type, standard, rating. */
  readonly facts: readonly string[];
  /** OCPP-style status for chargers and connectors. */
  readonly status: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** "2 chargers, 4 connectors": everything beneath, or null for a leaf. */
  readonly beneath: string | null;
  readonly collapsed: boolean;
  /** On a collapsed node: the worst severity and the number of issues it hides; else null. */
  readonly hiddenIssues: IssuesBeneath | null;
  readonly unplaced: boolean;
  readonly ariaLabel: string;
  /** On a fold card only: how many children it stands for. */
  readonly folded?: number;
  /** The DOM id of the card's description (its figures in the allocation preview); a safe token. */
  readonly describedBy?: string;
}

// A safe DOM id per node: ids are open strings (spaces, quotes), and an id reference must be a token.
// Kept per tree (indexes built one from another share it), so an edit of a name keeps the ids.
const describedIds = new WeakMap<object, Map<string, string>>();
let describedSeq = 0;

function describedByOf(index: TopologyIndex, id: NodeId): string {
  let ids = describedIds.get(index.children);
  if (ids === undefined) {
    ids = new Map();
    describedIds.set(index.children, ids);
  }
  let token = ids.get(id);
  if (token === undefined) {
    token = `graph-node-figures-${++describedSeq}`;
    ids.set(id, token);
  }
  return token;
}

/** "2 chargers, 4 connectors": kinds in tree order; null when nothing is beneath. */
export function countsSummary(counts: KindCounts | undefined): string | null {
  const texts = kindCountTexts(counts);
  return texts.length > 0 ? texts.join(', ') : null;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function issuesSummary(errors: number, warnings: number): string | null {
  const parts: string[] = [];
  if (errors > 0) parts.push(plural(errors, 'error'));
  if (warnings > 0) parts.push(plural(warnings, 'warning'));
  return parts.length > 0 ? parts.join(', ') : null;
}

function nonEmpty(value: string | null | undefined): string | null {
  return value === null || value === undefined || value === '' ? null : value;
}

function factsOf(kind: NodeKind, asset: NodeAsset, subscribed: string | null): string[] {
  const facts: Array<string | null> = [];
  if (kind === 'CHARGE_POINT') {
    const ocpp = nonEmpty(asset.ocpp_id);
    facts.push(ocpp ? `OCPP ${ocpp}` : null, nonEmpty(asset.power_type));
  } else if (kind === 'CONNECTOR') {
    const current = asset.max_current_a === null || asset.max_current_a === undefined ? null : formatAmperes(asset.max_current_a);
    facts.push(nonEmpty(asset.standard), nonEmpty(asset.power_type), current);
  } else if (kind === 'GRID_CONNECTION' || kind === 'CIRCUIT') {
    const breaker = asset.breaker_rating_a === null || asset.breaker_rating_a === undefined ? null : `Breaker ${formatAmperes(asset.breaker_rating_a)}`;
    facts.push(subscribed, breaker);
  }
  return facts.filter((f): f is string => f !== null);
}

export function buildNodeData(
  index: TopologyIndex,
  id: NodeId,
  collapsed: boolean,
  unplaced: boolean,
): GraphNodeData {
  const node = index.nodes.get(id);
  const kind: NodeKind = node?.kind ?? 'UNKNOWN';
  const kindText = kindLabel(kind);
  const title = node ? displayName(node) : id;
  const capW = node?.limit?.max_power_w ?? null;
  const cap = capW === null ? null : formatKilowatts(capW);
  const capSource = capW === null ? null : limitSourceLabel(node?.limit?.source ?? null);
  const asset: NodeAsset = node?.asset ?? {};
  const status = (kind === 'CHARGE_POINT' || kind === 'CONNECTOR') ? nonEmpty(asset.status) : null;
  let errors = 0;
  let warnings = 0;
  for (const issue of index.issuesByNode.get(id) ?? []) {
    if (issue.severity === 'error') errors++;
    else warnings++;
  }
  const beneath = countsSummary(index.countsBeneath.get(id));
  const hiddenIssues = collapsed ? issuesBeneathOf(index, id) : null;
  const subscription = subscriptionOf(index, id);
  const subscribed = subscription === null ? null : subscriptionText(subscription);
  const label = [
    `${kindText} ${title}`,
    cap ?? 'no power cap',
    subscribed === null ? null : `children's caps ${subscribed}`,
    beneath,
    issuesSummary(errors, warnings),
    status,
    collapsed && beneath ? 'collapsed' : null,
    hiddenIssues ? issuesBeneathText(hiddenIssues) : null,
    unplaced ? 'unplaced' : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  return {
    id,
    kind,
    kindText,
    title,
    cap,
    capSource,
    facts: factsOf(kind, asset, subscribed),
    status,
    errors,
    warnings,
    beneath,
    collapsed,
    hiddenIssues,
    unplaced,
    ariaLabel: label,
    describedBy: describedByOf(index, id),
  };
}

/** The card that stands for children too many to draw: "19,900 more chargers". */
export function buildFoldData(index: TopologyIndex, id: NodeId, fold: Fold): GraphNodeData {
  const counts = emptyKindCounts();
  for (const child of fold.ids) {
    const kind = index.nodes.get(child)?.kind ?? 'UNKNOWN';
    counts[kind] = (counts[kind] ?? 0) + 1;
  }
  const what = kindCountTexts(counts).join(', ');
  const title = `${fold.side === 'before' ? 'Before these' : 'After these'}: ${formatCount(fold.ids.length)} more`;
  return {
    id,
    kind: FOLD_KIND,
    kindText: 'Not drawn',
    title,
    cap: null,
    capSource: null,
    facts: [what],
    status: null,
    errors: 0,
    warnings: 0,
    beneath: null,
    collapsed: false,
    hiddenIssues: null,
    unplaced: false,
    folded: fold.ids.length,
    ariaLabel: `${formatCount(fold.ids.length)} more: ${what}, not drawn; find them with search or in the tree`,
  };
}
