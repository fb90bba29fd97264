import { describe, expect, it } from 'vitest';
import { amperes, currentFromPower, formatKilowatts, powerFromCurrent, watts } from '../../src/domain/units';

describe('units', () => {
  it('converts per-phase current on three phases at 230 V, as the domain states', () => {
    expect(powerFromCurrent(amperes(1), 3)).toBe(690);
    expect(powerFromCurrent(amperes(6), 3)).toBe(4140);
    expect(powerFromCurrent(amperes(32), 3)).toBe(22080);
    expect(currentFromPower(watts(22080), 3)).toBe(32);
  });

  it('shows kW with one decimal below 100 kW and none from 100 kW', () => {
    expect(formatKilowatts(watts(22080))).toBe('22.1 kW');
    expect(formatKilowatts(watts(7360))).toBe('7.4 kW');
    expect(formatKilowatts(watts(0))).toBe('0.0 kW');
    expect(formatKilowatts(watts(150000))).toBe('150 kW');
    expect(formatKilowatts(watts(1_000_000))).toBe('1,000 kW');
    expect(formatKilowatts(null)).toBe('—');
  });
});
