/**
 * The depot both allocator benchmarks run on, and its input as an HTTP client would hold it.
 */
import { seededRandom, sessionsAtRating, type PowerNode, type Session } from '../../src/domain/allocation';

const CONNECTOR_W = 22_080;
const DC_W = 150_000;

/**
 * A depot shaped like a large bus depot: four grid connections, circuit groups of ten circuits,
 * 25 charge points per circuit, two connectors per charge point (every fifth one a DC charger
 * with one EVSE). Every level is oversubscribed, so most caps bind.
 */
export function benchDepot(connectors: number): PowerNode[] {
  const nodes: PowerNode[] = [];
  const chargePoints = Math.ceil(connectors / 2);
  const circuits = Math.ceil(chargePoints / 25);
  const groups = Math.ceil(circuits / 10);
  nodes.push({ id: 'site', parentId: null, kind: 'MICROGRID', maxPowerW: null });
  for (let g = 0; g < 4; g++) nodes.push({ id: `gc-${g}`, parentId: 'site', kind: 'GRID_CONNECTION', maxPowerW: 0 });
  for (let k = 0; k < groups; k++) {
    nodes.push({ id: `group-${k}`, parentId: `gc-${k % 4}`, kind: 'CIRCUIT', maxPowerW: 0 });
  }
  let made = 0;
  for (let c = 0; c < circuits; c++) {
    const circuitId = `circuit-${c}`;
    nodes.push({ id: circuitId, parentId: `group-${Math.floor(c / 10)}`, kind: 'CIRCUIT', maxPowerW: 0 });
    for (let p = 0; p < 25 && made < connectors; p++) {
      const index = c * 25 + p;
      const dc = index % 5 === 4;
      const cpId = `cp-${index}`;
      nodes.push({ id: cpId, parentId: circuitId, kind: 'CHARGE_POINT', maxPowerW: dc ? DC_W : 2 * CONNECTOR_W, ...(dc ? { evseCount: 1 } : {}) });
      for (let k = 1; k <= 2 && made < connectors; k++, made++) {
        nodes.push({ id: `${cpId}-${k}`, parentId: cpId, kind: 'CONNECTOR', maxPowerW: dc ? DC_W : CONNECTOR_W });
      }
    }
  }
  // Caps at 60% of what lies beneath, bottom-up, so that every level is oversubscribed.
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const beneath = new Map<string, number>();
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i]!;
    const own = node.kind === 'CHARGE_POINT' || node.kind === 'CONNECTOR' ? node.maxPowerW! : Math.round(0.6 * (beneath.get(node.id) ?? 0));
    if (node.kind === 'GRID_CONNECTION' || node.kind === 'CIRCUIT') node.maxPowerW = own;
    if (node.parentId !== null && byId.has(node.parentId)) beneath.set(node.parentId, (beneath.get(node.parentId) ?? 0) + own);
  }
  return nodes;
}

const ROTATIONS = ['RST', 'STR', 'TRS', 'RST'];

/**
 * The same depot with phase data, as a car park of single-phase cars would give it: every
 * circuit and grid connection has a breaker whose per-phase current matches its watt cap on three
 * balanced phases (so any imbalance binds it first), AC connectors supply one phase, and the AC
 * charge points are wired in rotations that do not quite balance (RST, STR, TRS, RST, ...).
 */
export function phaseDepot(generated: readonly PowerNode[]): PowerNode[] {
  let chargePoints = 0;
  return generated.map((node) => {
    if (node.kind === 'GRID_CONNECTION' || node.kind === 'CIRCUIT') return { ...node, maxCurrentA: Math.round(node.maxPowerW! / 690) };
    if (node.kind === 'CHARGE_POINT' && node.evseCount === undefined) return { ...node, phaseRotation: ROTATIONS[chargePoints++ % ROTATIONS.length]! };
    if (node.kind === 'CONNECTOR' && node.maxPowerW === CONNECTOR_W) return { ...node, phases: 1 as const };
    return node;
  });
}

/** Seeded shuffle: the allocator must not rely on ids arriving sorted, so the bench never sends them so. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed);
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The depot's nodes, and every connector charging at its rating, each list shuffled (the
 * allocator must not rely on ids arriving sorted) and re-parsed from JSON as an HTTP client
 * would: fresh objects laid out in arrival order.
 */
export function benchInput(generated: readonly PowerNode[]): { nodes: PowerNode[]; sessions: Session[] } {
  return {
    nodes: JSON.parse(JSON.stringify(shuffled(generated, 1))) as PowerNode[],
    sessions: JSON.parse(JSON.stringify(shuffled(sessionsAtRating(generated), 2))) as Session[],
  };
}
