/** A topology body as the API sends it, around the given nodes and warnings, read by the schema. */
import { MicrogridTopologySchema, type MicrogridNodeWire, type MicrogridTopology } from '../../../src/domain/topology';

export const topologyOf = (nodes: MicrogridNodeWire[], warnings: unknown[] = []): MicrogridTopology =>
  MicrogridTopologySchema.parse({
    microgrid_id: 'mg',
    depot_id: 'd',
    usable_power_calculation_version: 3,
    generated_at: '2026-01-01T00:00:00Z',
    nodes,
    warnings,
  });
