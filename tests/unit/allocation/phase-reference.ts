/**
 * A slow, obviously correct connector-based allocator with per-phase current caps, to check the
 * fast one against: it raises every rising session by the same step, one event at a time (a
 * request met, a minimum reached, a watt or phase cap filling), checking every cap on every step.
 * O(events × caps × sessions): small cases only. It shares no code with `src/domain/allocation`
 * beyond the public types.
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
  /** What a session adds to a cap per W (0 when the cap is not on its path). */
  const rate = (s: string, cap: Cap): number => (!path(s).includes(cap.node) ? 0 : cap.phase === null ? 1 : draw.get(s)![cap.phase]);

  const ordered = [...input.sessions].sort((a, b) => (b.priority ?? 0) - (a.priority ?? 0) || byCodeUnits(a.connectorId, b.connectorId));
  const out = new Map<string, ReferenceOutcome>();
  const got = new Map<string, number>();
  const busy = new Map<string, number>();
  const load = (cap: Cap) => [...got].reduce((a, [s, w]) => a + w * rate(s, cap), 0);
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
    const min = Math.min(s.minPowerW ?? 0, s.requestedPowerW);
    const blocked = caps.find((c) => min > 0 && load(c) + min * rate(s.connectorId, c) > c.limit + EPS * Math.max(1, c.limit));
    if (blocked) {
      out.set(s.connectorId, { allocatedW: 0, limitedBy: { kind: 'admission', nodeId: blocked.node } });
      continue;
    }
    got.set(s.connectorId, min);
    admitted.push(s);
  }

  for (const tier of [...new Set(admitted.map((s) => s.priority ?? 0))].sort((a, b) => b - a)) {
    const members = admitted.filter((s) => (s.priority ?? 0) === tier);
    const frozen = new Map<string, LimitedBy>();
    let level = 0;
    for (let guard = 0; guard < 10_000 && frozen.size < members.length; guard++) {
      for (const s of members) {
        if (frozen.has(s.connectorId)) continue;
        const w = got.get(s.connectorId)!;
        const full = caps.find((c) => rate(s.connectorId, c) > 0 && load(c) >= c.limit - EPS * Math.max(1, c.limit));
        if (w >= s.requestedPowerW - EPS) {
          got.set(s.connectorId, s.requestedPowerW);
          frozen.set(s.connectorId, { kind: 'request' });
        } else if (full) {
          frozen.set(s.connectorId, full.phase === null ? { kind: 'node', nodeId: full.node } : { kind: 'node', nodeId: full.node, phase: full.phase });
        }
      }
      const active = members.filter((s) => !frozen.has(s.connectorId));
      if (active.length === 0) break;
      const floorOf = (s: Session) => Math.min(s.minPowerW ?? 0, s.requestedPowerW);
      const rising = active.filter((s) => floorOf(s) <= level + EPS);
      let step = Math.min(
        ...active.filter((s) => floorOf(s) > level + EPS).map((s) => floorOf(s) - level),
        ...rising.map((s) => s.requestedPowerW - got.get(s.connectorId)!),
      );
      for (const c of caps) {
        const slope = rising.reduce((a, s) => a + rate(s.connectorId, c), 0);
        if (slope > 0) step = Math.min(step, (c.limit - load(c)) / slope);
      }
      step = Math.max(0, step);
      level += step;
      for (const s of rising) got.set(s.connectorId, Math.min(s.requestedPowerW, got.get(s.connectorId)! + step));
    }
    for (const s of members) out.set(s.connectorId, { allocatedW: got.get(s.connectorId)!, limitedBy: frozen.get(s.connectorId)! });
  }
  return out;
}
