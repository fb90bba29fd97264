/** What the derivation says about phases: breaker ratings as per-phase caps, and phase rotations. */
import { describe, expect, it } from 'vitest';
import { cleanSite, codesOf, derive, onlyIssue } from './fixtures';

const nodeOf = (site: unknown, id: string) => {
  const result = derive(site);
  if (result.status !== 200) throw new Error('expected a 200');
  return result.body.nodes.find((n) => n.id === id);
};

describe('phases in the derivation', () => {
  it('sets a circuit’s max_current_a from its breaker rating, and leaves it null without one', () => {
    const site = cleanSite();
    site.circuits[1]!.breaker_rating_a = 400;
    expect(nodeOf(site, 'circ-a')?.limit?.max_current_a).toBe(400);
    expect(nodeOf(site, 'gc-1')?.limit?.max_current_a).toBe(630);
    delete site.circuits[1]!.breaker_rating_a;
    expect(nodeOf(site, 'circ-a')?.limit?.max_current_a).toBeNull();
  });

  it('passes a charge point’s phase rotation into its asset, with no warning when it is OCPP’s', () => {
    const site = cleanSite();
    site.charge_points[0]!.phase_rotation = 'STR';
    expect(nodeOf(site, 'cp-1')?.asset).toHaveProperty('phase_rotation', 'STR');
    expect(nodeOf(site, 'cp-2')?.asset).not.toHaveProperty('phase_rotation');
    expect(codesOf(derive(site))).toEqual([]);
  });

  it('PHASE_ROTATION_UNKNOWN: an unknown rotation is kept verbatim and warned about, quoted', () => {
    const site = cleanSite();
    site.charge_points[1]!.phase_rotation = 'L1L2L3';
    const result = derive(site);
    expect(result.status).toBe(200);
    expect(nodeOf(site, 'cp-2')?.asset).toHaveProperty('phase_rotation', 'L1L2L3');
    expect(onlyIssue(result, 'PHASE_ROTATION_UNKNOWN')).toEqual({
      code: 'PHASE_ROTATION_UNKNOWN',
      severity: 'warning',
      message: 'Charge point cp-2 has phase rotation "L1L2L3", which is not one of RST, RTS, SRT, STR, TRS, TSR; allocation assumes RST.',
      entity: { type: 'CHARGE_POINT', id: 'cp-2', name: 'Charger 2' },
      pointer: '/charge_points/1/phase_rotation',
    });
  });

  it('orders PHASE_ROTATION_UNKNOWN by code, then entity id, among the other warnings', () => {
    const site = cleanSite();
    site.charge_points[1]!.phase_rotation = 'rst';
    site.charge_points[0]!.phase_rotation = '';
    site.circuits[1]!.default_capacity_w = null;
    const result = derive(site);
    expect(codesOf(result)).toEqual(['CAPACITY_FROM_SAFE_FALLBACK', 'OVERSUBSCRIBED', 'PHASE_ROTATION_UNKNOWN', 'PHASE_ROTATION_UNKNOWN']);
    const rotations = (result.status === 200 ? (result.body.warnings ?? []) : []).filter((w) => w.code === 'PHASE_ROTATION_UNKNOWN');
    expect(rotations.map((w) => [w.entity.id, w.message.match(/rotation (".*?")/)?.[1]])).toEqual([
      ['cp-1', '""'],
      ['cp-2', '"rst"'],
    ]);
  });
});
