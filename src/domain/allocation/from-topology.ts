/**
 * Adapter from the API's parsed topology to the allocator's power nodes: the allocator itself
 * knows nothing of the API's JSON.
 */
import type { MicrogridTopology } from '../topology';
import type { PowerNode } from './types';

/** The rotation a charge point's asset carries, when the topology kept it. */
function rotationOf(asset: object): string | null {
  const rotation = (asset as { phase_rotation?: unknown }).phase_rotation;
  return typeof rotation === 'string' ? rotation : null;
}

/**
 * Caps from `limit.max_power_w` and `limit.max_current_a`; a charge point's EVSE count (when it is
 * one or more) and phase rotation from its asset; a connector's phases from its limit (DC: 3, as
 * its AC side draws a balanced current). Phase fields are set only where the topology gives them.
 */
export function fromTopology(topology: MicrogridTopology): PowerNode[] {
  return topology.nodes.map((node) => {
    const powerNode: PowerNode = {
      id: node.id,
      parentId: node.parent_id,
      kind: node.kind,
      maxPowerW: node.limit?.max_power_w ?? null,
    };
    const current = node.limit?.max_current_a;
    if (current != null) powerNode.maxCurrentA = current;
    if (node.kind === 'CHARGE_POINT') {
      const evse = node.asset.evse_count;
      if (typeof evse === 'number' && evse >= 1) powerNode.evseCount = evse;
      const rotation = rotationOf(node.asset);
      if (rotation !== null) powerNode.phaseRotation = rotation;
    }
    if (node.kind === 'CONNECTOR') {
      const phases = node.asset.power_type === 'DC' ? 3 : node.limit?.phases;
      if (phases === 1 || phases === 3) powerNode.phases = phases;
    }
    return powerNode;
  });
}
