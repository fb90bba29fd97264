/**
 * What the preview shows, read off one `allocate` result: lookups by id, what each node carries
 * beneath it (sessions, requested, allocated, unserved) and the binding nodes ranked by the demand
 * they leave unserved. Every figure is the allocator's own or a sum of them; nothing is allocated here.
 */
import type { AllocationResult, NodeLoad, Session, SessionAllocation, Strategy } from '../allocation';
import { byCodeUnits } from '../allocation/errors';
import type { NodeId, TopologyIndex } from '../topology';
import { sessionsById } from './connectors';

export interface Beneath {
  /** Sessions at or beneath the node. */
  readonly sessions: number;
  readonly requestedW: number;
  readonly allocatedW: number;
  /** Requested minus allocated, summed over those sessions. */
  readonly unservedW: number;
}

export interface Bottleneck {
  readonly nodeId: NodeId;
  readonly unservedW: number;
  readonly sessions: number;
}

export interface PreviewOutcome {
  readonly strategy: Strategy;
  readonly result: AllocationResult;
  /** The sessions the allocator was given, by connector id. */
  readonly inputOf: ReadonlyMap<string, Session>;
  readonly sessionOf: ByNode<SessionAllocation>;
  readonly loadOf: ByNode<NodeLoad>;
  readonly beneathOf: ByNode<Beneath>;
  /** Binding nodes, most unserved demand beneath first (then nearest the root, then id). */
  readonly bottlenecks: readonly Bottleneck[];
}

/** The walk the sums take over an index: its pre-order, and each node's real parent's place in it (-1: none). */
interface BeneathPlan {
  readonly placeOf: ReadonlyMap<string, number>;
  readonly up: Int32Array;
}

const plans = new WeakMap<TopologyIndex, BeneathPlan>();

function planOf(index: TopologyIndex): BeneathPlan {
  let plan = plans.get(index);
  if (plan !== undefined) return plan;
  const { order, nodes, depth } = index;
  const placeOf = new Map<string, number>();
  order.forEach((id, i) => placeOf.set(id, i));
  const up = new Int32Array(order.length).fill(-1);
  order.forEach((id, i) => {
    const parent = nodes.get(id)?.parent_id ?? null;
    if (parent === null) return;
    const parentDepth = depth.get(parent as NodeId);
    // Only a real parent above it in the walk (not a cycle's back edge).
    if (parentDepth === undefined || parentDepth >= (depth.get(id) ?? 0)) return;
    up[i] = placeOf.get(parent) ?? -1;
  });
  plan = { placeOf, up };
  plans.set(index, plan);
  return plan;
}

/** Figures by node id, read as they are asked for. */
export interface ByNode<T> {
  get(id: string): T | undefined;
  has(id: string): boolean;
}

/** Values by node id, kept in an array by place in the index's walk (ids it does not reach, apart). */
export class ByPlace<T> implements ByNode<T> {
  readonly values: Array<T | undefined>;
  readonly apart = new Map<string, T>();

  constructor(readonly placeOf: ReadonlyMap<string, number>) {
    this.values = new Array<T | undefined>(placeOf.size);
  }

  set(id: string, value: T): void {
    this.setAt(this.placeOf.get(id) ?? -1, id, value);
  }

  /** `set`, with the id's place already known (-1: the walk does not reach it). */
  setAt(place: number, id: string, value: T): void {
    if (place < 0) this.apart.set(id, value);
    else this.values[place] = value;
  }

  get(id: string): T | undefined {
    const i = this.placeOf.get(id);
    return i === undefined ? this.apart.get(id) : this.values[i];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}

/**
 * The sums beneath every node, kept by place in the index's walk; a node's `Beneath` is made when
 * first asked for, and asked again it is the same object.
 */
export class SumsBeneath implements ByNode<Beneath> {
  readonly #given = new Map<string, Beneath>();

  constructor(
    readonly placeOf: ReadonlyMap<string, number>,
    readonly sessions: Float64Array,
    readonly requestedW: Float64Array,
    readonly allocatedW: Float64Array,
    readonly unservedW: Float64Array,
    /** Sessions at connectors the walk does not reach: their own sums only. */
    readonly apart: ReadonlyMap<string, Beneath>,
  ) {}

  get(id: string): Beneath | undefined {
    const given = this.#given.get(id) ?? this.apart.get(id);
    if (given !== undefined) return given;
    const i = this.placeOf.get(id);
    if (i === undefined || this.sessions[i] === 0) return undefined;
    const made = this.#at(i);
    this.#given.set(id, made);
    return made;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** Takes over what `previous` handed out where the sums have not changed, so those stay the same objects. */
  keep(previous: SumsBeneath): void {
    for (const [id, before] of previous.#given) {
      const i = this.placeOf.get(id);
      if (i === undefined || this.sessions[i] === 0) continue;
      const now = this.#at(i);
      if (
        before.sessions === now.sessions &&
        Object.is(before.requestedW, now.requestedW) &&
        Object.is(before.allocatedW, now.allocatedW) &&
        Object.is(before.unservedW, now.unservedW)
      )
        this.#given.set(id, before);
    }
  }

  #at(i: number): Beneath {
    return { sessions: this.sessions[i]!, requestedW: this.requestedW[i]!, allocatedW: this.allocatedW[i]!, unservedW: this.unservedW[i]! };
  }
}

/** Sums per node, bottom-up in one pass over the index's pre-order (children before parents when reversed). */
function sumsBeneath(index: TopologyIndex, sessions: readonly SessionAllocation[], sessionPlace: Int32Array): SumsBeneath {
  const { placeOf, up } = planOf(index);
  const n = up.length;
  const count = new Float64Array(n);
  const requested = new Float64Array(n);
  const allocated = new Float64Array(n);
  const unserved = new Float64Array(n);
  const apart = new Map<string, Beneath>();
  for (let k = 0; k < sessions.length; k++) {
    const s = sessions[k]!;
    const unservedW = Math.max(0, s.requestedPowerW - s.allocatedW);
    const i = sessionPlace[k]!;
    if (i < 0) {
      apart.set(s.connectorId, { sessions: 1, requestedW: s.requestedPowerW, allocatedW: s.allocatedW, unservedW });
      continue;
    }
    count[i] = 1;
    requested[i] = s.requestedPowerW;
    allocated[i] = s.allocatedW;
    unserved[i] = unservedW;
  }
  for (let i = n - 1; i >= 0; i--) {
    const p = up[i]!;
    if (count[i] === 0 || p < 0) continue;
    // The first child's sums are copied, the others added: the same sums, in the same order, as by hand.
    if (count[p] === 0) {
      count[p] = count[i]!;
      requested[p] = requested[i]!;
      allocated[p] = allocated[i]!;
      unserved[p] = unserved[i]!;
    } else {
      count[p]! += count[i]!;
      requested[p]! += requested[i]!;
      allocated[p]! += allocated[i]!;
      unserved[p]! += unserved[i]!;
    }
  }
  return new SumsBeneath(placeOf, count, requested, allocated, unserved, apart);
}

/**
 * Where an outcome's sessions and loads sit in its index's walk (-1: not reached), kept for the
 * outcome built on it: the next result lists mostly the same ids in the same order.
 */
interface Places {
  readonly placeOf: ReadonlyMap<string, number>;
  readonly sessions: readonly SessionAllocation[];
  readonly sessionPlace: Int32Array;
  readonly loads: readonly NodeLoad[];
  readonly loadPlace: Int32Array;
}

const placesKept = new WeakMap<PreviewOutcome, Places>();
const connectorIdOf = (s: SessionAllocation) => s.connectorId;
const nodeIdOf = (n: NodeLoad) => n.nodeId;

/**
 * Each item's place in the walk. An id the previous list had at the same point (or one further on,
 * where an item was dropped) takes the place found for it then; any other is looked up. Either way
 * the place is the id's own, so the answer is the same as looking every id up.
 */
function placesOf<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  placeOf: ReadonlyMap<string, number>,
  before: readonly T[] | null,
  beforePlace: Int32Array | null,
): Int32Array {
  const place = new Int32Array(items.length);
  const last = before === null || beforePlace === null ? 0 : before.length;
  let j = 0;
  for (let i = 0; i < items.length; i++) {
    const id = idOf(items[i]!);
    if (j < last && idOf(before![j]!) === id) {
      place[i] = beforePlace![j]!;
      j++;
    } else if (j + 1 < last && idOf(before![j + 1]!) === id) {
      place[i] = beforePlace![j + 1]!;
      j += 2;
    } else place[i] = placeOf.get(id) ?? -1;
  }
  return place;
}

/**
 * The outcome of `result`. With `previous` (the outcome shown before), a node whose sums beneath
 * have not changed keeps its object, so views subscribed to one node re-render only what changed.
 */
export function buildOutcome(
  index: TopologyIndex,
  sessions: readonly Session[],
  strategy: Strategy,
  result: AllocationResult,
  previous: PreviewOutcome | null = null,
): PreviewOutcome {
  const inputOf = sessionsById(sessions);
  const { placeOf } = planOf(index);
  const kept = previous === null ? undefined : placesKept.get(previous);
  const before = kept !== undefined && kept.placeOf === placeOf ? kept : null;
  const sessionPlace = placesOf(result.sessions, connectorIdOf, placeOf, before?.sessions ?? null, before?.sessionPlace ?? null);
  const loadPlace = placesOf(result.nodes, nodeIdOf, placeOf, before?.loads ?? null, before?.loadPlace ?? null);
  const sessionOf = new ByPlace<SessionAllocation>(placeOf);
  result.sessions.forEach((s, k) => sessionOf.setAt(sessionPlace[k]!, s.connectorId, s));
  const loadOf = new ByPlace<NodeLoad>(placeOf);
  result.nodes.forEach((n, k) => loadOf.setAt(loadPlace[k]!, n.nodeId, n));
  const beneathOf = sumsBeneath(index, result.sessions, sessionPlace);
  if (previous !== null && previous.beneathOf instanceof SumsBeneath) beneathOf.keep(previous.beneathOf);
  const depthOf = (id: string) => index.depth.get(id as NodeId) ?? Number.MAX_SAFE_INTEGER;
  const bottlenecks = result.summary.bindingNodeIds
    .map((id): Bottleneck => {
      const b = beneathOf.get(id);
      return { nodeId: id as NodeId, unservedW: b?.unservedW ?? 0, sessions: b?.sessions ?? 0 };
    })
    .sort((a, b) => b.unservedW - a.unservedW || depthOf(a.nodeId) - depthOf(b.nodeId) || byCodeUnits(a.nodeId, b.nodeId));
  const outcome: PreviewOutcome = { strategy, result, inputOf, sessionOf, loadOf, beneathOf, bottlenecks };
  placesKept.set(outcome, { placeOf, sessions: result.sessions, sessionPlace, loads: result.nodes, loadPlace });
  return outcome;
}

export type LoadBand = 'low' | 'high' | 'full';

/** At or above this share of its cap, a node's load is shown as high. */
export const HIGH_LOAD_SHARE = 0.8;

/** A node's share of its cap (watts, or the fullest phase's current when that is fuller); null without a cap. */
export function loadShare(load: NodeLoad): number | null {
  return fullestCap(load)?.share ?? null;
}

/** The cap the node is fullest against: its watts, or a phase's current (the first of the fullest phases). */
export function fullestCap(load: NodeLoad): { share: number; phase: 'L1' | 'L2' | 'L3' | null } | null {
  let best: { share: number; phase: 'L1' | 'L2' | 'L3' | null } | null =
    load.maxPowerW !== null && load.maxPowerW > 0 ? { share: load.flowW / load.maxPowerW, phase: null } : null;
  if (load.currentA !== undefined && load.maxCurrentA !== undefined && load.maxCurrentA !== null && load.maxCurrentA > 0) {
    const cap = load.maxCurrentA;
    load.currentA.forEach((a, i) => {
      const share = a / cap;
      if (best === null || share > best.share) best = { share, phase: (['L1', 'L2', 'L3'] as const)[i]! };
    });
  }
  return best;
}

/** Low below 80%, high from 80%, full when binding or within rounding of the cap. */
export function loadBand(load: NodeLoad): LoadBand | null {
  const share = loadShare(load);
  if (share === null) return null;
  if (load.binding || share >= 0.9995) return 'full';
  return share >= HIGH_LOAD_SHARE ? 'high' : 'low';
}

export const LOAD_BAND_LABELS: ReadonlyMap<LoadBand, string> = new Map([
  ['low', 'under 80%'],
  ['high', '80% or more'],
  ['full', 'full'],
]);
