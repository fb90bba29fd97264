import { describe, expect, it } from 'vitest';
import { formatWait, MAX_AUTO_RETRY_MS, parseRetryAfter } from '../../../src/api';

const NOW = Date.parse('2026-03-26T04:12:00Z');

describe('parseRetryAfter', () => {
  it('reads a number of seconds', () => {
    expect(parseRetryAfter('30', NOW)).toEqual({ raw: '30', delayMs: 30_000, auto: true });
    expect(parseRetryAfter(' 0 ', NOW)).toEqual({ raw: '0', delayMs: 0, auto: true });
  });

  it('reads an HTTP-date as the time left until it', () => {
    expect(parseRetryAfter('Thu, 26 Mar 2026 04:12:45 GMT', NOW)).toMatchObject({ delayMs: 45_000, auto: true });
    // A date already past: ask again now.
    expect(parseRetryAfter('Thu, 26 Mar 2026 04:00:00 GMT', NOW)).toMatchObject({ delayMs: 0, auto: true });
  });

  it('is absent without the header', () => {
    expect(parseRetryAfter(null, NOW)).toBeNull();
    expect(parseRetryAfter('   ', NOW)).toBeNull();
  });

  it('does not wait by itself for more than the cap', () => {
    expect(MAX_AUTO_RETRY_MS).toBe(300_000);
    expect(parseRetryAfter('300', NOW)).toMatchObject({ delayMs: 300_000, auto: true });
    expect(parseRetryAfter('301', NOW)).toMatchObject({ delayMs: 301_000, auto: false });
    expect(parseRetryAfter('99999999999999999999999', NOW)).toMatchObject({ auto: false });
    expect(parseRetryAfter('Fri, 27 Mar 2026 04:12:00 GMT', NOW)).toMatchObject({ delayMs: 86_400_000, auto: false });
  });

  it('refuses what is not a wait: negative, fractional, garbage', () => {
    for (const raw of ['-5', '1.5', '5s', 'soon', 'NaN', 'Infinity', 'Thu, 99 Foo 2026 25:61:00 GMT']) {
      expect(parseRetryAfter(raw, NOW), raw).toEqual({ raw, delayMs: null, auto: false });
    }
  });
});

describe('formatWait', () => {
  it('says a wait in seconds, minutes, hours or days', () => {
    expect(formatWait(0)).toBe('0 s');
    expect(formatWait(29_001)).toBe('30 s');
    expect(formatWait(60_000)).toBe('1 min');
    expect(formatWait(125_000)).toBe('2 min 5 s');
    expect(formatWait(3 * 3600_000 + 20 * 60_000)).toBe('3 h 20 min');
    expect(formatWait(3 * 86_400_000)).toBe('3 days');
    expect(formatWait(Number.MAX_SAFE_INTEGER)).toBe('more than 99,999 days');
  });
});
