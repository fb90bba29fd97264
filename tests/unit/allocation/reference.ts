/**
 * A slow, obviously correct allocator to check the fast one against: it simulates progressive
 * filling literally, one event at a time (a request met, a minimum reached, a node saturating),
 * raising every rising session by the same step. O(events × sessions × depth): small cases only.
 * It shares no code with `src/domain/allocation` beyond the public types.
 */
import { expect } from 'vitest';
import type { AllocationInput, AllocationResult, LimitedBy, Phase, PowerNode } from '../../../src/domain/allocation';

const EPS = 1e-9;
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface ReferenceOutcome {
  allocatedW: number;
  limitedBy: LimitedBy;
}

interface Item {
  key: string;
  node: string;
  floor: number;
  request: number;
  got: number;
  frozen: boolean;
  blame: string | null;
  /** For one that froze at its request: a node on its path that filled at that same step. */
  filledWith?: string | null;
}

class Tree {
  readonly byId = new Map<string, PowerNode>();
  constructor(nodes: readonly PowerNode[]) {
    for (const n of nodes) this.byId.set(n.id, n);
  }
  /** From `id` up to the root, or up to and including `top`. */
  path(id: string, top: string | null = null): string[] {
    const out: string[] = [];
    for (let v: string | null = id; v !== null; v = this.byId.get(v)!.parentId) {
      out.push(v);
      if (v === top) break;
    }
    return out;
  }
  cap(id: string): number {
    return this.byId.get(id)!.maxPowerW ?? Infinity;
  }
  chargePointOf(id: string): string | null {
    return this.path(id).find((v) => this.byId.get(v)!.kind === 'CHARGE_POINT') ?? null;
  }
  outermostChargePoint(id: string): string | null {
    return this.path(id).filter((v) => this.byId.get(v)!.kind === 'CHARGE_POINT').at(-1) ?? null;
  }
}

/**
 * Progressive filling of `items` against `capacity(node)` (what is left for them) on paths cut at
 * `top(item)`. Mutates the items: `got` and, for those not at their request, `blame`.
 */
function fill(tree: Tree, items: Item[], capacity: (node: string) => number, top: (item: Item) => string | null): void {
  const paths = new Map(items.map((it) => [it, tree.path(it.node, top(it))]));
  const nodes = [...new Set(items.flatMap((it) => paths.get(it)!))];
  const load = (v: string) => items.filter((it) => paths.get(it)!.includes(v)).reduce((a, it) => a + it.got, 0);
  const full = (v: string) => load(v) >= capacity(v) - EPS * Math.max(1, Math.abs(capacity(v)));
  for (const it of items) it.got = it.floor;
  let level = Math.min(...items.map((it) => it.floor), Infinity);
  for (let guard = 0; guard < 10_000; guard++) {
    for (const it of items) {
      if (it.frozen) continue;
      const saturated = paths.get(it)!.filter(full);
      if (it.got >= it.request - EPS) {
        it.got = it.request;
        it.frozen = true;
        it.blame = null;
        it.filledWith = saturated.at(-1) ?? null;
        continue;
      }
      if (saturated.length > 0) {
        it.frozen = true;
        it.blame = saturated.at(-1)!; // the path runs up: the last one is nearest the root
      }
    }
    const active = items.filter((it) => !it.frozen);
    if (active.length === 0) return;
    const rising = active.filter((it) => it.floor <= level + EPS);
    const waiting = active.filter((it) => it.floor > level + EPS);
    let step = Math.min(...waiting.map((it) => it.floor - level), ...rising.map((it) => it.request - it.got));
    for (const v of nodes) {
      const beneath = rising.filter((it) => paths.get(it)!.includes(v)).length;
      if (beneath > 0) step = Math.min(step, (capacity(v) - load(v)) / beneath);
    }
    step = Math.max(0, step);
    level += step;
    for (const it of rising) it.got = Math.min(it.request, it.got + step);
  }
  throw new Error('reference fill did not converge');
}

export function referenceAllocate(input: AllocationInput): Map<string, ReferenceOutcome> {
  const tree = new Tree(input.nodes);
  const sessions = [...input.sessions].sort(
    (a, b) => (b.priority ?? 0) - (a.priority ?? 0) || byCodeUnits(a.connectorId, b.connectorId),
  );
  const out = new Map<string, ReferenceOutcome>();
  const reserved = new Map<string, number>();
  const busy = new Map<string, number>();
  const admitted: typeof sessions = [];
  for (const s of sessions) {
    const cp = tree.chargePointOf(s.connectorId);
    const evse = cp ? tree.byId.get(cp)!.evseCount : undefined;
    if (cp && evse !== undefined) {
      if ((busy.get(cp) ?? 0) >= evse) {
        out.set(s.connectorId, { allocatedW: 0, limitedBy: { kind: 'evse', nodeId: cp } });
        continue;
      }
      busy.set(cp, (busy.get(cp) ?? 0) + 1);
    }
    const min = Math.min(s.minPowerW ?? 0, s.requestedPowerW);
    const path = tree.path(s.connectorId);
    const blocked = path.filter((v) => (reserved.get(v) ?? 0) + min > tree.cap(v) + 1e-9 * Math.max(1, tree.cap(v)));
    if (min > 0 && blocked.length > 0) {
      out.set(s.connectorId, { allocatedW: 0, limitedBy: { kind: 'admission', nodeId: blocked.at(-1)! } });
      continue;
    }
    for (const v of path) reserved.set(v, (reserved.get(v) ?? 0) + min);
    admitted.push(s);
  }

  // Committed power per session: its floor until its tier is filled, then what it got.
  const committed = new Map(admitted.map((s) => [s.connectorId, Math.min(s.minPowerW ?? 0, s.requestedPowerW)]));
  const usedBy = (v: string, except: Set<string>) =>
    [...committed].filter(([c]) => !except.has(c) && tree.path(c).includes(v)).reduce((a, [, w]) => a + w, 0);

  const tiers = [...new Set(admitted.map((s) => s.priority ?? 0))].sort((a, b) => b - a);
  for (const tier of tiers) {
    const members = admitted.filter((s) => (s.priority ?? 0) === tier);
    const mine = new Set(members.map((s) => s.connectorId));
    const left = (v: string) => tree.cap(v) - usedBy(v, mine);
    const item = (s: (typeof members)[number]): Item => ({
      key: s.connectorId,
      node: s.connectorId,
      floor: Math.min(s.minPowerW ?? 0, s.requestedPowerW),
      request: s.requestedPowerW,
      got: 0,
      frozen: false,
      blame: null,
    });
    let items: Item[];
    if (input.strategy === 'connector') {
      items = members.map(item);
      fill(tree, items, left, () => null);
    } else {
      items = chargerShares(tree, members.map(item), left);
    }
    for (const it of items) {
      committed.set(it.key, it.got);
      out.set(it.key, { allocatedW: it.got, limitedBy: it.blame === null ? { kind: 'request' } : { kind: 'node', nodeId: it.blame } });
    }
  }
  return out;
}

/** Charger-based: charge points claim as one (what their subtree can take), then split their share. */
function chargerShares(tree: Tree, sessions: Item[], left: (v: string) => number): Item[] {
  const groups = new Map<string, Item[]>();
  const claimants: Item[] = [];
  for (const s of sessions) {
    const cp = tree.outermostChargePoint(s.node);
    if (cp === null) claimants.push(s);
    else groups.set(cp, [...(groups.get(cp) ?? []), s]);
  }
  for (const [cp, members] of groups) {
    // What the charge point could take alone: fill its sessions with nothing above it.
    const alone = members.map((m) => ({ ...m }));
    fill(tree, alone, left, () => cp);
    const request = alone.reduce((a, m) => a + m.got, 0);
    const floor = members.reduce((a, m) => a + m.floor, 0);
    claimants.push({ key: cp, node: cp, floor, request, got: 0, frozen: false, blame: null });
  }
  fill(tree, claimants, left, () => null);
  for (const [cp, members] of groups) {
    const claimant = claimants.find((c) => c.key === cp)!;
    // A limit above the charge point that stopped it (or filled just as it got all it could take)
    // caps it at its share, and is what its connectors are told stopped them.
    const above = claimant.blame ?? claimant.filledWith ?? null;
    const capAt = (v: string) => (v === cp && above !== null ? Math.min(left(v), claimant.got) : left(v));
    fill(tree, members, capAt, () => cp);
    for (const m of members) if (m.blame === cp && above !== null) m.blame = above;
  }
  return sessions;
}

/** Every session of `fast` has the power (to 1e-6 W) and the reason of the reference's outcome. */
export function expectReferenceOutcomes(fast: AllocationResult, slow: ReadonlyMap<string, ReferenceOutcome>): void {
  expect(fast.sessions).toHaveLength(slow.size);
  for (const s of fast.sessions) {
    const expected = slow.get(s.connectorId)!;
    expect(s.allocatedW).toBeCloseTo(expected.allocatedW, 6);
    if (!isRoundingTie(fast, s, s.limitedBy, expected.limitedBy)) expect(s.limitedBy).toEqual(expected.limitedBy);
  }
}

/**
 * A cap is full when its flow is within rounding of it: 1e-6 W (or A), or a part in 10^9 of a
 * large cap. With a phase, the cap is that phase's current cap.
 */
function isFull(fast: AllocationResult, nodeId: string, phase?: Phase): boolean {
  const load = fast.nodes.find((n) => n.nodeId === nodeId);
  if (!load) return false;
  const [cap, flow] = phase === undefined ? [load.maxPowerW, load.flowW] : [load.maxCurrentA ?? null, load.currentA?.[PHASE_INDEX[phase]] ?? 0];
  if (cap === null) return false;
  return cap - flow <= 1e-6 + 1e-9 * Math.abs(cap);
}

const PHASE_INDEX: Record<Phase, number> = { L1: 0, L2: 1, L3: 2 };

/**
 * Two reasons that are both true within rounding: the two computations may round to different
 * sides of a tie. A request met at the very point a cap fills is held by either; two caps (watt
 * or phase) that fill a rounding error apart are both full, and either may be named.
 */
function isRoundingTie(fast: AllocationResult, s: AllocationResult['sessions'][number], a: LimitedBy, b: LimitedBy): boolean {
  const kinds = new Set([a.kind, b.kind]);
  if (kinds.size === 2 && kinds.has('request') && kinds.has('node')) {
    const node = a.kind === 'node' ? a : b.kind === 'node' ? b : null;
    return Math.abs(s.allocatedW - s.requestedPowerW) <= 1e-6 && node !== null && isFull(fast, node.nodeId, node.phase);
  }
  if (a.kind === 'node' && b.kind === 'node' && (a.nodeId !== b.nodeId || a.phase !== b.phase)) {
    return isFull(fast, a.nodeId, a.phase) && isFull(fast, b.nodeId, b.phase);
  }
  return false;
}
