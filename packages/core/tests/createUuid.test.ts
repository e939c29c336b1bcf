import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUuid, isUuid } from '../src/index.js';

const V4 = /^[\da-f]{8}-[\da-f]{4}-4[\da-f]{3}-[89ab][\da-f]{3}-[\da-f]{12}$/;

describe('createUuid', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('returns distinct lower-case v4 UUIDs', () => {
    const ids = new Set(Array.from({ length: 50 }, createUuid));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(V4);
  });

  it('falls back to getRandomValues where randomUUID is missing (insecure contexts)', () => {
    const real = globalThis.crypto;
    let calls = 0;
    vi.stubGlobal('crypto', {
      getRandomValues: (array: Uint8Array<ArrayBuffer>) => {
        calls++;
        return real.getRandomValues(array);
      },
    });
    const ids = Array.from({ length: 200 }, createUuid);
    expect(calls).toBeGreaterThan(0);
    for (const id of ids) expect(id).toMatch(V4);
    expect(new Set(ids).size).toBe(200);
    // Every variant nibble (8, 9, a, b) shows up: the variant bits are right, not constant.
    expect(new Set(ids.map((id) => id[19])).size).toBe(4);
    // And the random digits take all 16 values.
    expect(new Set(ids.join('').replace(/-/g, '')).size).toBe(16);
  });
});

describe('isUuid', () => {
  it('accepts 8-4-4-4-12 hex in any case and rejects anything else', () => {
    expect(isUuid('0B1C2D3E-4F50-4617-8A9B-0C1D2E3F4A5B')).toBe(true);
    expect(isUuid('0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b')).toBe(true);
    expect(isUuid('0b1c2d3e4f5046178a9b0c1d2e3f4a5b')).toBe(false);
    expect(isUuid('0b1c2d3e-4f50-4617-8a9b-0c1d2e3f4a5b\n')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
