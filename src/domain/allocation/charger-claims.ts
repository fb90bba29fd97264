/**
 * A charge point as one claimant when caps are per phase. Its power P is split max-min fair among
 * its connectors: each gets min(ceiling, max(floor, ℓ)) at the inner level ℓ where they add up to
 * P. How P draws on the phases therefore changes as its connectors start and stop rising: between
 * those points each watt more is shared equally by the rising connectors, so it draws the mean of
 * their amperes per watt. Those pieces are the claimant's segments (see `PhaseClaimants`).
 */

/** A charge point's connectors in one pass: floors, ceilings and A per W (3 per connector). */
export interface Connectors {
  readonly floor: readonly number[];
  readonly ceiling: readonly number[];
  readonly perWatt: readonly number[];
}

export interface Segments {
  /** Sum of the floors: the charge point's own floor. */
  readonly floor: number;
  /** Sum of the ceilings: all it can take. */
  readonly request: number;
  /** Power where each segment begins (the first at the floor). */
  readonly from: number[];
  /** A per W on L1, L2, L3 in each segment. */
  readonly perWatt: number[];
}

/** The inner levels where a connector starts or stops rising, ascending. */
function turningPoints(connectors: Connectors): number[] {
  const points = new Set<number>();
  connectors.floor.forEach((low, j) => {
    if (low < connectors.ceiling[j]!) points.add(low).add(connectors.ceiling[j]!);
  });
  return [...points].sort((a, b) => a - b);
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

export function segmentsOf(connectors: Connectors): Segments {
  const { floor, ceiling, perWatt } = connectors;
  const total = sum(floor);
  const from: number[] = [];
  const rates: number[] = [];
  let power = total;
  let previous = -Infinity;
  let risingBefore = 0;
  for (const level of turningPoints(connectors)) {
    if (risingBefore > 0) power += risingBefore * (level - previous);
    const rate = [0, 0, 0];
    let rising = 0;
    floor.forEach((low, j) => {
      if (low <= level && level < ceiling[j]!) {
        rising++;
        for (let p = 0; p < 3; p++) rate[p]! += perWatt[3 * j + p]!;
      }
    });
    if (rising > 0) {
      from.push(from.length === 0 ? total : power);
      rates.push(...rate.map((r) => r / rising));
    }
    previous = level;
    risingBefore = rising;
  }
  if (from.length === 0) {
    from.push(total);
    rates.push(0, 0, 0);
  }
  return { floor: total, request: sum(ceiling.map((c, j) => Math.max(c, floor[j]!))), from, perWatt: rates };
}

/** Each connector's power when the charge point gets `share`: the inner level that adds up to it. */
export function split(connectors: Connectors, share: number): number[] {
  const { floor, ceiling } = connectors;
  const at = (level: number) => floor.map((low, j) => Math.min(Math.max(low, ceiling[j]!), Math.max(low, level)));
  const points = turningPoints(connectors);
  if (points.length === 0 || share >= sum(at(points.at(-1)!))) return at(Infinity);
  let previous = points[0]!;
  let power = sum(at(previous));
  for (const level of points.slice(1)) {
    const next = sum(at(level));
    if (next >= share) {
      const rising = floor.filter((low, j) => low <= previous && previous < ceiling[j]!).length;
      return at(rising > 0 && share > power ? previous + (share - power) / rising : previous);
    }
    previous = level;
    power = next;
  }
  return at(previous);
}
