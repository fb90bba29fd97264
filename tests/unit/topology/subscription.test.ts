import { describe, expect, it } from 'vitest';
import { buildTopologyIndex, subscriptionOf, subscriptionText, type NodeId } from '../../../src/domain/topology';
import { depotTopology, node, topologyOf } from '../preview/depots';

describe('static capacity: children’s caps against a node’s own', () => {
  it('shows how far each oversubscribed circuit of welshpool is', () => {
    const index = buildTopologyIndex(depotTopology('welshpool'));
    // Bay A: eight 150 kW chargers under a 600 kW circuit.
    const bayA = subscriptionOf(index, 'circ-bay-a' as NodeId);
    expect(bayA).toEqual({ childrenW: 1_200_000, capW: 600_000, ratio: 2 });
    expect(subscriptionText(bayA!)).toBe('1,200 / 600 kW, 2.0×');
  });

  it('is null where OVERSUBSCRIBED does not apply: at or under the cap, no cap, a charge point', () => {
    const index = buildTopologyIndex(
      topologyOf([
        node('c-even', 'CIRCUIT', null, { max_power_w: 20_000 }),
        node('cp-1', 'CHARGE_POINT', 'c-even', { max_power_w: 10_000 }),
        node('cp-2', 'CHARGE_POINT', 'c-even', { max_power_w: 10_000 }),
        node('k-1', 'CONNECTOR', 'cp-1', { max_power_w: 10_000 }),
        node('k-2', 'CONNECTOR', 'cp-1', { max_power_w: 10_000 }),
        node('c-open', 'CIRCUIT', 'c-even'),
        node('cp-3', 'CHARGE_POINT', 'c-open', { max_power_w: 50_000 }),
      ]),
    );
    expect(subscriptionOf(index, 'c-even' as NodeId)).toBeNull();
    expect(subscriptionOf(index, 'c-open' as NodeId)).toBeNull();
    // Two 10 kW connectors under a 10 kW charger: normal, and not reported.
    expect(subscriptionOf(index, 'cp-1' as NodeId)).toBeNull();
  });
});
