/** A small seeded PRNG (mulberry32), so property tests are random but reproducible. */
export function createPrng(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)]!;
  const bool = (p = 0.5): boolean => next() < p;
  return { next, int, pick, bool };
}

export type Prng = ReturnType<typeof createPrng>;

/** A random valid IPv4 address. */
export function randomIpv4(rng: Prng): string {
  return [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)].join('.');
}

/** A random valid IPv6 address in full (uncompressed, mixed-case) form. */
export function randomIpv6(rng: Prng): string {
  const groups: string[] = [];
  for (let i = 0; i < 8; i++) {
    const word = rng.bool(0.3) ? 0 : rng.int(0, 0xffff);
    const text = word.toString(16);
    groups.push(rng.bool() ? text.toUpperCase() : text);
  }
  return groups.join(':');
}
