import { buildTopologyIndex, parseMicrogridTopology, type MicrogridTopologyWire, type TopologyIndex } from '../../../src/domain/topology';

export function indexOf(wire: MicrogridTopologyWire): TopologyIndex {
  const parsed = parseMicrogridTopology(wire);
  if (!parsed.ok) throw new Error(`fixture does not parse: ${parsed.problems.join('; ')}`);
  return buildTopologyIndex(parsed.value);
}
