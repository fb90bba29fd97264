/**
 * Why, in words: what held a connector back, and what a node carries. Read off the allocator's
 * `limitedBy` and loads; the words name nodes as the screen does (kind and name).
 */
import type { NodeLoad, SessionAllocation } from '../allocation';
import { displayName, kindLabel, type NodeId, type TopologyIndex } from '../topology';
import { amperes, formatAmperes, formatCount, formatKilowatts, watts } from '../units';
import type { PreviewOutcome } from './outcome';

const kw = (w: number | null): string => formatKilowatts(w === null ? null : watts(w));
const amps = (a: number | null): string => formatAmperes(a === null ? null : amperes(a));

function nameOf(index: TopologyIndex, id: string): string {
  const node = index.nodes.get(id as NodeId);
  return node === undefined ? id : displayName(node);
}

/** "circuit Bay A charger circuit": the kind in lower case, then the name. */
function kindAndName(index: TopologyIndex, id: string): string {
  const node = index.nodes.get(id as NodeId);
  if (node === undefined) return id;
  return `${kindLabel(node.kind).toLowerCase()} ${displayName(node)}`;
}

/** "600 kW, binding" or "32 A per phase, binding": the cap that holds, as the allocator reports it. */
function capWords(load: NodeLoad | undefined, phase: string | undefined): string {
  if (load === undefined) return 'no cap';
  const cap = phase !== undefined ? `${amps(load.maxCurrentA ?? null)} per phase` : kw(load.maxPowerW);
  return load.binding ? `${cap}, binding` : cap;
}

/** The connectors of `chargePointId` that hold its EVSEs (sessions not refused for a busy EVSE). */
function servedAt(index: TopologyIndex, outcome: PreviewOutcome, chargePointId: string): string[] {
  return index
    .childrenOf(chargePointId as NodeId)
    .filter((id) => {
      const s = outcome.sessionOf.get(id);
      return s !== undefined && s.limitedBy.kind !== 'evse';
    })
    .map((id) => nameOf(index, id));
}

/** One sentence for a connector: what it got and what held it back. */
export function sessionReason(index: TopologyIndex, outcome: PreviewOutcome, session: SessionAllocation): string {
  const got = kw(session.allocatedW);
  const limit = session.limitedBy;
  switch (limit.kind) {
    case 'request':
      return `got all it asked for (${got})`;
    case 'node': {
      const where = limit.nodeId === session.connectorId ? 'its own cap' : kindAndName(index, limit.nodeId);
      const phase = limit.phase === undefined ? '' : ` on ${limit.phase}`;
      return `held at ${got} by ${where}${phase} (${capWords(outcome.loadOf.get(limit.nodeId), limit.phase)})`;
    }
    case 'admission': {
      const min = kw(outcome.inputOf.get(session.connectorId)?.minPowerW ?? 0);
      return `refused: its ${min} minimum did not fit under ${nameOf(index, limit.nodeId)}`;
    }
    case 'evse': {
      const evse = index.nodes.get(limit.nodeId as NodeId)?.asset.evse_count;
      const count = typeof evse === 'number' && evse > 1 ? `${formatCount(evse)} EVSEs` : 'one EVSE';
      const served = servedAt(index, outcome, limit.nodeId);
      return `waiting: ${nameOf(index, limit.nodeId)} has ${count}, serving ${served.length > 0 ? served.join(', ') : 'another connector'}`;
    }
    default:
      return 'held back for a reason this app does not know';
  }
}

/** The reason for a connector by id, or what to say when it has no session in the preview. */
export function connectorReason(index: TopologyIndex, outcome: PreviewOutcome, connectorId: string): string {
  const session = outcome.sessionOf.get(connectorId);
  return session === undefined ? 'not plugged in' : sessionReason(index, outcome, session);
}
