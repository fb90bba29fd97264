/**
 * Structural checks the schema cannot make. Each defect becomes a diagnostic the app shows; none
 * throws, and no node is moved to hide one.
 */
import { compareCodeUnits, compareIds } from './order';
import type { MicrogridNode, MicrogridTopology, NodeId } from './schema';

export type StructuralCode =
  | 'NO_ROOT'
  | 'MULTIPLE_ROOTS'
  | 'PARENT_NOT_FOUND'
  | 'CYCLE'
  | 'DUPLICATE_NODE_ID'
  | 'WRONG_PARENT_KIND'
  | 'ISSUE_ENTITY_UNKNOWN';

export interface StructuralDiagnostic {
  code: StructuralCode;
  message: string;
  /** The nodes it is about, sorted. */
  nodeIds: NodeId[];
}

/**
 * The contract's allowed parent kinds. Kinds not listed here are unknown and not checked. A Map,
 * not an object: kinds are open strings, and a kind named `constructor` or `__proto__` must not
 * find a member of `Object.prototype`.
 */
export const ALLOWED_PARENT_KINDS: ReadonlyMap<string, readonly string[]> = new Map<string, readonly string[]>([
  ['MICROGRID', []],
  ['GRID_CONNECTION', ['MICROGRID']],
  ['CIRCUIT', ['GRID_CONNECTION', 'CIRCUIT']],
  ['CHARGE_POINT', ['GRID_CONNECTION', 'CIRCUIT']],
  ['CONNECTOR', ['CHARGE_POINT']],
]);

export interface StructureResult {
  nodes: Map<NodeId, MicrogridNode>;
  diagnostics: StructuralDiagnostic[];
  roots: NodeId[];
  detached: NodeId[];
}

// Among duplicates, keep the one whose serialised form sorts first, so the pick does not depend
// on the order the nodes arrived in.
function pickDuplicate(a: MicrogridNode, b: MicrogridNode): MicrogridNode {
  return compareCodeUnits(JSON.stringify(a), JSON.stringify(b)) <= 0 ? a : b;
}

export function structuralDiagnostics(topology: MicrogridTopology): StructureResult {
  const diagnostics: StructuralDiagnostic[] = [];
  const nodes = new Map<NodeId, MicrogridNode>();
  const duplicated = new Set<NodeId>();
  for (const node of topology.nodes) {
    const seen = nodes.get(node.id);
    if (seen) {
      duplicated.add(node.id);
      nodes.set(node.id, pickDuplicate(seen, node));
    } else nodes.set(node.id, node);
  }
  for (const id of [...duplicated].sort(compareIds)) {
    diagnostics.push({ code: 'DUPLICATE_NODE_ID', message: `Several nodes share the id ${id}; one is shown.`, nodeIds: [id] });
  }

  const roots: NodeId[] = [];
  const missingParent: NodeId[] = [];
  for (const node of nodes.values()) {
    if (node.parent_id === null) roots.push(node.id);
    else if (!nodes.has(node.parent_id)) missingParent.push(node.id);
  }
  roots.sort(compareIds);
  missingParent.sort(compareIds);

  if (roots.length === 0 && nodes.size > 0) {
    diagnostics.push({ code: 'NO_ROOT', message: 'No node has parent_id null: the topology has no root.', nodeIds: [] });
  } else if (roots.length > 1) {
    diagnostics.push({
      code: 'MULTIPLE_ROOTS',
      message: `${roots.length} nodes have parent_id null (${roots.join(', ')}); a topology has one root.`,
      nodeIds: [...roots],
    });
  }
  for (const id of missingParent) {
    const parent = nodes.get(id)!.parent_id!;
    diagnostics.push({
      code: 'PARENT_NOT_FOUND',
      message: `Node ${id} names parent ${parent}, which is not in the topology.`,
      nodeIds: [id],
    });
  }

  const cycles = findCycles(nodes);
  for (const cycle of cycles) {
    diagnostics.push({
      code: 'CYCLE',
      message: `Nodes ${cycle.join(' → ')} are their own ancestors.`,
      nodeIds: [...cycle].sort(compareIds),
    });
  }

  for (const node of nodes.values()) {
    const allowed = ALLOWED_PARENT_KINDS.get(node.kind);
    if (allowed === undefined || node.parent_id === null) continue;
    const parent = nodes.get(node.parent_id);
    if (!parent || !ALLOWED_PARENT_KINDS.has(parent.kind) || allowed.includes(parent.kind)) continue;
    diagnostics.push({
      code: 'WRONG_PARENT_KIND',
      message: `${node.kind} ${node.id} hangs under ${parent.kind} ${parent.id}; it belongs under ${allowed.join(' or ') || 'nothing'}.`,
      nodeIds: [node.id],
    });
  }
  // A root that is not a MICROGRID is reported too: the contract's root is the site.
  for (const id of roots) {
    const node = nodes.get(id)!;
    if (node.kind !== 'MICROGRID' && ALLOWED_PARENT_KINDS.has(node.kind)) {
      diagnostics.push({
        code: 'WRONG_PARENT_KIND',
        message: `${node.kind} ${id} has no parent; only the MICROGRID node may be the root.`,
        nodeIds: [id],
      });
    }
  }

  const detached = [...missingParent, ...cycles.map((c) => c[0]!)].sort(compareIds);
  return { nodes, diagnostics, roots, detached };
}

/**
 * Every cycle of parent links, each listed from its smallest id following parent links, in a
 * deterministic order. Iterative colouring: O(n).
 */
function findCycles(nodes: ReadonlyMap<NodeId, MicrogridNode>): NodeId[][] {
  const state = new Map<NodeId, number>(); // 1 = on the current chain, 2 = done
  const cycles: NodeId[][] = [];
  const ids = [...nodes.keys()].sort(compareCodeUnits);
  for (const start of ids) {
    if (state.has(start)) continue;
    const chain: NodeId[] = [];
    let current: NodeId | null = start;
    while (current !== null && nodes.has(current) && !state.has(current)) {
      state.set(current, 1);
      chain.push(current);
      current = nodes.get(current)!.parent_id;
    }
    if (current !== null && state.get(current) === 1) {
      const members = chain.slice(chain.indexOf(current));
      const smallest = members.reduce((a, b) => (compareCodeUnits(a, b) <= 0 ? a : b));
      const at = members.indexOf(smallest);
      cycles.push([...members.slice(at), ...members.slice(0, at)]);
    }
    for (const id of chain) state.set(id, 2);
  }
  return cycles.sort((a, b) => compareCodeUnits(a[0]!, b[0]!));
}
