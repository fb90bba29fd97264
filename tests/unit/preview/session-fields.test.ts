/** The editable session fields: what each shows, and the edit a typed text makes. */
import { describe, expect, it } from 'vitest';
import { SESSION_FIELDS } from '../../../src/domain/preview';
import { kilowattsNumber, wattsFromKilowattsText } from '../../../src/domain/units';

const field = (key: string) => SESSION_FIELDS.find((f) => f.key === key)!;

describe('session fields', () => {
  it('are requested and minimum in kW, then priority, with their labels', () => {
    expect(SESSION_FIELDS.map((f) => f.label)).toEqual(['Requested (kW)', 'Minimum (kW)', 'Priority']);
  });

  it('show a session’s values: kW to one decimal, defaults 0', () => {
    const session = { requestedPowerW: 7_360, minPowerW: 4_140 };
    expect(SESSION_FIELDS.map((f) => f.text(session))).toEqual(['7.4', '4.1', '0']);
    expect(field('minimum').text({ requestedPowerW: 150_000 })).toBe('0.0');
  });

  it('turn typed kW into whole watts, and a typed priority into an integer', () => {
    expect(field('requested').edit(' 22.08 ')).toEqual({ requestedW: 22_080 });
    expect(field('minimum').edit('4.1404')).toEqual({ minW: 4_140 });
    expect(field('priority').edit('-2')).toEqual({ priority: -2 });
  });

  it('make no edit of text that is not a value of the field', () => {
    for (const text of ['', ' ', 'abc', '-1', 'Infinity', 'NaN']) {
      expect(field('requested').edit(text)).toBeNull();
      expect(field('minimum').edit(text)).toBeNull();
    }
    for (const text of ['', '1.5', 'x', '1e400']) expect(field('priority').edit(text)).toBeNull();
  });
});

describe('kW in fields', () => {
  it('writes W as kW with one decimal and reads typed kW back as whole watts', () => {
    expect(kilowattsNumber(150_000)).toBe('150.0');
    expect(kilowattsNumber(1_207.5)).toBe('1.2');
    expect(wattsFromKilowattsText('1.2075')).toBe(1_208);
    expect(wattsFromKilowattsText('0')).toBe(0);
    expect(wattsFromKilowattsText('-0.1')).toBeNull();
  });
});
