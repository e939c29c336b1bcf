import { describe, expect, it } from 'vitest';
import { parseRetryAfter, retryDelay } from '../src/retryDelay.js';

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads delta-seconds', () => {
    expect(parseRetryAfter('3', now)).toBe(3000);
    expect(parseRetryAfter('0', now)).toBe(0);
  });

  it('reads an HTTP date relative to now', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
  });

  it('treats a past date as no wait', () => {
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBe(0);
  });

  it('ignores absent and unreadable values', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const policy = { baseDelayMs: 100, maxDelayMs: 1000 };

  it('honours Retry-After, capped at 30 s', () => {
    expect(retryDelay(0, policy, 1200)).toBe(1200);
    expect(retryDelay(0, policy, 600_000)).toBe(30_000);
  });

  it('draws full jitter below the exponential bound, capped by maxDelayMs', () => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const bound = Math.min(1000, 100 * 2 ** attempt);
      const delays = Array.from({ length: 200 }, () => retryDelay(attempt, policy));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...delays)).toBeLessThan(bound);
      // Full jitter spreads over the whole range rather than sitting at the bound.
      expect(Math.max(...delays) - Math.min(...delays)).toBeGreaterThan(bound / 4);
    }
  });
});
