/**
 * A slow, obviously correct allocator with per-phase current caps, for both strategies, to check
 * the fast one against. It raises everything that rises by the same step, one event at a time (a
 * request met, a minimum reached, a watt or phase cap filling), checking every cap on every step.
 * O(events × caps × sessions): small cases only. It shares no code with `src/domain/allocation`
 * beyond the public types.
 *
 * - Connector-based: every session rises by the step.
 * - Charger-based: each outermost charge point (or a session under none) is one claimant, and
 *   every claimant's power rises by the step. A charge point's step is split equally among its
 *   connectors that are rising (r of them: each gains step / r), which is its share split max-min
 *   fair among its connectors; a connector that is waiting for its minimum starts when the rising
 *   ones reach it. A connector stops at its request or when a cap between it and its charge point
 *   fills; a charge point stops when a cap on its own path (its own, or above it) fills that its
 *   rising connectors draw on, or when all its connectors have stopped.
 */
import type { AllocationInput, LimitedBy, Phase, PowerNode, Session } from '../../../src/domain/allocation';
import type { ReferenceOutcome } from './reference';

const EPS = 1e-9;
const PHASES: readonly Phase[] = ['L1', 'L2', 'L3'];
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A cap: a node's watts (phase null) or its current on one phase. */
interface Cap {
  node: string;
  phase: Phase | null;
  limit: number;
  depth: number;
}

/** A per W that a session draws on each phase, by the contract's rules. */
export function drawOf(nodes: readonly PowerNode[], session: Session): Record<Phase, number> {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const connector = byId.get(session.connectorId)!;
  const phases = session.phases ?? connector.phases ?? 3;
  if (phases === 3) return { L1: 1 / 690, L2: 1 / 690, L3: 1 / 690 };
  let chargePoint: PowerNode | undefined;
  for (let v: PowerNode | undefined = connector; v; v = v.parentId === null ? undefined : byId.get(v.parentId)) {
    if (v.kind === 'CHARGE_POINT') {
      chargePoint = v;
      break;
    }
  }
  const first = { R: 'L1', S: 'L2', T: 'L3' }[(chargePoint?.phaseRotation ?? 'RST')[0]!] as Phase | undefined;
  const known = ['RST', 'RTS', 'SRT', 'STR', 'TRS', 'TSR'].includes(chargePoint?.phaseRotation ?? 'RST');
  const phase = known && first ? first : 'L1';
  return { L1: 0, L2: 0, L3: 0, [phase]: 1 / 230 };
}

const reason = (cap: Cap | null): LimitedBy =>
  cap === null ? { kind: 'request' } : cap.phase === null ? { kind: 'node', nodeId: cap.node } : { kind: 'node', nodeId: cap.node, phase: cap.phase };

/** What every tier's filling needs: the caps (nearest the root first), paths, rates and loads. */
interface Context {
  byId: Map<string, PowerNode>;
  caps: Cap[];
  path: (id: string) => string[];
  /** What session `s` adds to a cap per W (0 when the cap is not on its path). */
  rate: (s: string, cap: Cap) => number;
  /** What every admitted session has now (its minimum until its tier is filled). */
  got: Map<string, number>;
  out: Map<string, ReferenceOutcome>;
}

const loadOf = (ctx: Context, cap: Cap): number => [...ctx.got].reduce((a, [s, w]) => a + w * ctx.rate(s, cap), 0);
const isFull = (ctx: Context, cap: Cap): boolean => loadOf(ctx, cap) >= cap.limit - EPS * Math.max(1, cap.limit);
const floorOf = (s: Session): number => Math.min(s.minPowerW ?? 0, s.requestedPowerW);

export function referencePhaseAllocate(input: AllocationInput): Map<string, ReferenceOutcome> {
  const byId = new Map(input.nodes.map((n) => [n.id, n]));
  const path = (id: string): string[] => {
    const out: string[] = [];
    for (let v: string | null = id; v !== null; v = byId.get(v)!.parentId) out.push(v);
    return out;
  };
  const caps: Cap[] = input.nodes.flatMap((n) => {
    const depth = path(n.id).length;
    const out: Cap[] = [];
    if (n.maxPowerW != null) out.push({ node: n.id, phase: null, limit: n.maxPowerW, depth });
    if (n.maxCurrentA != null) for (const phase of PHASES) out.push({ node: n.id, phase, limit: n.maxCurrentA, depth });
    return out;
  });
  // Nearest the root first; at one node, watts before phases.
  caps.sort((a, b) => a.depth - b.depth || (a.phase === null ? -1 : b.phase === null ? 1 : byCodeUnits(a.phase, b.phase)));
  const draw = new Map(input.sessions.map((s) => [s.connectorId, drawOf(input.nodes, s)]));
  const rate = (s: string, cap: Cap): number => (!path(s).includes(cap.node) ? 0 : cap.phase === null ? 1 : draw.get(s)![cap.phase]);

  const ordered = [...input.sessions].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || byCodeUnits(a.connectorId, b.connectorId));
  const out = new Map<string, ReferenceOutcome>();
  const got = new Map<string, number>();
  const ctx: Context = { byId, caps, path, rate, got, out };
  const busy = new Map<string, number>();
  const admitted: Session[] = [];
  for (const s of ordered) {
    const cp = path(s.connectorId).map((v) => byId.get(v)!).find((v) => v.kind === 'CHARGE_POINT');
    if (cp?.evseCount !== undefined) {
      if ((busy.get(cp.id) ?? 0) >= cp.evseCount) {
        out.set(s.connectorId, { allocatedW: 0, limitedBy: { kind: 'evse', nodeId: cp.id } });
        continue;
      }
      busy.set(cp.id, (busy.get(cp.id) ?? 0) + 1);
    }
    const min = floorOf(s);
    const blocked = caps.find((c) => min > 0 && loadOf(ctx, c) + min * rate(s.connectorId, c) > c.limit + EPS * Math.max(1, c.limit));
    if (blocked) {
      out.set(s.connectorId, { allocatedW: 0, limitedBy: { kind: 'admission', nodeId: blocked.node } });
      continue;
    }
    got.set(s.connectorId, min);
    admitted.push(s);
  }

  for (const tier of [...new Set(admitted.map((s) => s.priority ?? 0))].sort((a, b) => b - a)) {
    const members = admitted.filter((s) => (s.priority ?? 0) === tier);
    if (input.strategy === 'charger') chargerTier(ctx, members);
    else connectorTier(ctx, members);
  }
  return out;
}

/** Connector-based: every session is a claimant; all rising ones gain the same step. */
function connectorTier(ctx: Context, members: Session[]): void {
  const { caps, rate, got } = ctx;
  const frozen = new Map<string, LimitedBy>();
  let level = 0;
  for (let guard = 0; guard < 10_000 && frozen.size < members.length; guard++) {
    for (const s of members) {
      if (frozen.has(s.connectorId)) continue;
      const full = caps.find((c) => rate(s.connectorId, c) > 0 && isFull(ctx, c));
      if (got.get(s.connectorId)! >= s.requestedPowerW - EPS) {
        got.set(s.connectorId, s.requestedPowerW);
        frozen.set(s.connectorId, { kind: 'request' });
      } else if (full) {
        frozen.set(s.connectorId, reason(full));
      }
    }
    const active = members.filter((s) => !frozen.has(s.connectorId));
    if (active.length === 0) break;
    const rising = active.filter((s) => floorOf(s) <= level + EPS);
    let step = Math.min(
      ...active.filter((s) => floorOf(s) > level + EPS).map((s) => floorOf(s) - level),
      ...rising.map((s) => s.requestedPowerW - got.get(s.connectorId)!),
    );
    for (const c of caps) {
      const slope = rising.reduce((a, s) => a + rate(s.connectorId, c), 0);
      if (slope > 0) step = Math.min(step, (c.limit - loadOf(ctx, c)) / slope);
    }
    step = Math.max(0, step);
    level += step;
    for (const s of rising) got.set(s.connectorId, Math.min(s.requestedPowerW, got.get(s.connectorId)! + step));
  }
  for (const s of members) ctx.out.set(s.connectorId, { allocatedW: got.get(s.connectorId)!, limitedBy: frozen.get(s.connectorId)! });
}

interface Connector {
  session: Session;
  state: 'waiting' | 'rising' | 'stopped';
  /** Why it stopped: a cap between it and its charge point, or null at its request. */
  stoppedBy: Cap | null;
}

interface Claimant {
  /** The outermost charge point, or null for a session under none (it claims alone). */
  chargePoint: string | null;
  connectors: Connector[];
  state: 'waiting' | 'rising' | 'frozen';
  /** Its inner level: what each of its rising connectors has. */
  inner: number;
  /** The cap on its own path that stopped it (or that filled just as it got all it could take). */
  heldBy: Cap | null;
}

/**
 * Charger-based: claimants rise together by the step; a claimant's step goes in equal parts to
 * its rising connectors.
 */
function chargerTier(ctx: Context, members: Session[]): void {
  const { byId, caps, path, rate, got } = ctx;
  const outermost = (id: string): string | null => path(id).filter((v) => byId.get(v)!.kind === 'CHARGE_POINT').at(-1) ?? null;
  const groups = new Map<string, Claimant>();
  for (const s of members) {
    const chargePoint = outermost(s.connectorId);
    const key = chargePoint ?? `session ${s.connectorId}`;
    if (!groups.has(key)) groups.set(key, { chargePoint, connectors: [], state: 'waiting', inner: -Infinity, heldBy: null });
    groups.get(key)!.connectors.push({ session: s, state: 'waiting', stoppedBy: null });
  }
  const claimants = [...groups.values()];
  /** Whether the cap is strictly between the connector and its charge point (a connector's own limit). */
  const below = (k: Claimant, c: Cap): boolean => k.chargePoint !== null && c.node !== k.chargePoint && path(c.node).includes(k.chargePoint);
  const gotOf = (j: Connector) => got.get(j.session.connectorId)!;
  const atRequest = (j: Connector) => gotOf(j) >= j.session.requestedPowerW - EPS;
  /** The nearest-root full cap between the connector and its charge point that it draws on. */
  const fullBelow = (k: Claimant, j: Connector) => caps.find((c) => below(k, c) && rate(j.session.connectorId, c) > 0 && isFull(ctx, c)) ?? null;
  const floorSum = (k: Claimant) => k.connectors.reduce((a, j) => a + floorOf(j.session), 0);
  const stop = (k: Claimant, j: Connector): boolean => {
    if (atRequest(j)) {
      got.set(j.session.connectorId, j.session.requestedPowerW);
      j.state = 'stopped';
      j.stoppedBy = null;
      return true;
    }
    const cap = fullBelow(k, j);
    if (cap === null) return false;
    j.state = 'stopped';
    j.stoppedBy = cap;
    return true;
  };
  /** The connectors that rise as the claimant's power next grows: its rising ones, else the waiting ones with the lowest minimum that can rise at all. */
  const risers = (k: Claimant): Connector[] => {
    const rising = k.connectors.filter((j) => j.state === 'rising');
    if (rising.length > 0) return rising;
    const able = k.connectors.filter((j) => j.state === 'waiting' && !atRequest(j) && fullBelow(k, j) === null);
    const lowest = Math.min(...able.map((j) => floorOf(j.session)));
    return able.filter((j) => floorOf(j.session) <= lowest + EPS);
  };
  /** Caps on the claimant's own path (its charge point's and above) that its risers would add to. */
  const drawnOn = (k: Claimant, risers: Connector[]): Cap[] =>
    caps.filter((c) => !below(k, c) && risers.some((j) => rate(j.session.connectorId, c) > 0));
  const freeze = (k: Claimant, heldBy: Cap | null): void => {
    k.state = 'frozen';
    k.heldBy = heldBy;
  };

  let level = 0;
  for (let guard = 0; guard < 10_000; guard++) {
    // Settle what happens at this level: claimants reaching their minimums start, connectors
    // stop, and a claimant with no rising connector moves its inner level to the next minimum
    // (its power does not change meanwhile) or, with none left, has all it can take.
    for (let changed = true; changed; ) {
      changed = false;
      for (const k of claimants) {
        // One that cannot rise at all has all it can take from the start, as a session at its request.
        if (k.state === 'waiting' && (floorSum(k) <= level + EPS * Math.max(1, level) || risers(k).length === 0)) k.state = 'rising';
        if (k.state !== 'rising') continue;
        for (const j of k.connectors) {
          if (j.state === 'waiting' && floorOf(j.session) <= k.inner + EPS * Math.max(1, k.inner)) {
            j.state = 'rising';
            changed = true;
          }
          if (j.state === 'rising' && stop(k, j)) changed = true;
        }
        if (k.connectors.some((j) => j.state === 'rising')) continue;
        for (const j of k.connectors) if (j.state === 'waiting' && (atRequest(j) || fullBelow(k, j) !== null)) stop(k, j);
        const next = risers(k);
        if (next.length > 0) {
          k.inner = floorOf(next[0]!.session);
          for (const j of next) j.state = 'rising';
          changed = true;
          continue;
        }
        // All it can take: a cap on its path that its last risers filled at this same level held it too.
        const last = k.connectors.filter((j) => Math.abs(gotOf(j) - k.inner) <= EPS * Math.max(1, k.inner));
        freeze(k, drawnOn(k, last.length > 0 ? last : k.connectors).find((c) => isFull(ctx, c)) ?? null);
      }
    }
    // A full cap on a claimant's own path that it would add to as its power grows stops it.
    for (const k of claimants) {
      if (k.state === 'frozen') continue;
      const full = drawnOn(k, risers(k)).find((c) => isFull(ctx, c));
      if (full) freeze(k, full);
    }
    const active = claimants.filter((k) => k.state !== 'frozen');
    if (active.length === 0) break;
    // The step: every claimant's power rises by it; a connector's by it over its claimant's risers.
    const rising = active.filter((k) => k.state === 'rising');
    const speed = new Map<string, number>();
    for (const k of rising) {
      const up = k.connectors.filter((j) => j.state === 'rising');
      for (const j of up) speed.set(j.session.connectorId, 1 / up.length);
    }
    let step = Math.min(...active.filter((k) => k.state === 'waiting').map((k) => floorSum(k) - level));
    for (const k of rising) {
      const up = k.connectors.filter((j) => j.state === 'rising');
      for (const j of up) step = Math.min(step, (j.session.requestedPowerW - gotOf(j)) * up.length);
      for (const j of k.connectors) if (j.state === 'waiting') step = Math.min(step, (floorOf(j.session) - k.inner) * up.length);
    }
    for (const c of caps) {
      const slope = [...speed].reduce((a, [s, v]) => a + v * rate(s, c), 0);
      if (slope > 0) step = Math.min(step, (c.limit - loadOf(ctx, c)) / slope);
    }
    step = Math.max(0, step);
    level += step;
    for (const k of rising) {
      const up = k.connectors.filter((j) => j.state === 'rising');
      k.inner += step / up.length;
      for (const j of up) got.set(j.session.connectorId, Math.min(j.session.requestedPowerW, gotOf(j) + step / up.length));
    }
  }
  if (claimants.some((k) => k.state !== 'frozen')) throw new Error('reference fill did not converge');

  for (const k of claimants) {
    for (const j of k.connectors) {
      const w = gotOf(j);
      // Still rising or waiting when its charge point stopped, or stopped at the inner level where
      // it did (or before any connector rose: all stopped at once), the charge point's limit held
      // it. Else what stopped it alone.
      const withClaimant = j.state !== 'stopped' || k.inner === -Infinity || Math.abs(w - k.inner) <= EPS * Math.max(1, k.inner);
      const cap = atRequest(j) ? null : withClaimant && k.heldBy !== null ? k.heldBy : j.stoppedBy;
      ctx.out.set(j.session.connectorId, { allocatedW: w, limitedBy: reason(cap) });
    }
  }
}
