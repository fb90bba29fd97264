/**
 * Adapter from the API's parsed topology to the allocator's power nodes: the allocator itself
 * knows nothing of the API's JSON.
 */
import type { MicrogridTopology } from '../topology';
import type { PowerNode } from './types';

/** Caps from `limit.max_power_w`; a charge point's EVSE count from its asset, when it is one or more. */
export function fromTopology(topology: MicrogridTopology): PowerNode[] {
  return topology.nodes.map((node) => {
    const powerNode: PowerNode = {
      id: node.id,
      parentId: node.parent_id,
      kind: node.kind,
      maxPowerW: node.limit?.max_power_w ?? null,
    };
    const evse = node.asset.evse_count;
    if (node.kind === 'CHARGE_POINT' && typeof evse === 'number' && evse >= 1) powerNode.evseCount = evse;
    return powerNode;
  });
}
