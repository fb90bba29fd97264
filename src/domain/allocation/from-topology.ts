/**
 * Adapter from the API's parsed topology to the allocator's power nodes: the allocator itself
 * knows nothing of the API's JSON.
 */
import type { MicrogridTopology } from '../topology';
import type { PowerNode } from './types';

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
      const rotation = node.asset.phase_rotation;
      if (typeof rotation === 'string') powerNode.phaseRotation = rotation;
    }
    if (node.kind === 'CONNECTOR') {
      const phases = node.asset.power_type === 'DC' ? 3 : node.limit?.phases;
      if (phases === 1 || phases === 3) powerNode.phases = phases;
    }
    return powerNode;
  });
}
