/** A mock scenario's site data, for tests that run it through the domain. */
import { findScenario } from '../../../mocks/scenarios';

export function mockDepotSite(depotId: string): unknown {
  const source = findScenario(depotId);
  if (source.kind !== 'site') throw new Error(`${depotId} is not a site scenario`);
  return source.site;
}
