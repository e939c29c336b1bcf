/**
 * Added latency: every GraphQL and REST answer waits `ms` ± `jitterMs` real milliseconds, standing
 * in for the 50–150 ms between a server and BigCommerce. The jitter comes from a seeded generator,
 * so two runs with the same seed wait the same sequence of delays (benchmarks stay comparable).
 */
export interface SandboxLatency {
  /** Mean delay in milliseconds (0 to 60000). */
  ms: number;
  /** Each delay is drawn uniformly from ms − jitterMs to ms + jitterMs, never below 0 (default 0). */
  jitterMs?: number;
  /** Seed of the jitter sequence (default 1). */
  seed?: number;
}

const MAX_LATENCY_MS = 60_000;

/** mulberry32: a small, fast, well-mixed 32-bit generator; plenty for spreading delays. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Checks a latency setting and returns the function that draws the next delay, or null when there
 * is none. Throws, naming the field and the fix, on a value out of range.
 */
export function createLatency(latency: SandboxLatency | undefined, api = 'createSandbox'): (() => number) | null {
  if (latency === undefined) return null;
  const { ms, jitterMs = 0, seed = 1 } = latency;
  const inRange = (value: number) => typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_LATENCY_MS;
  if (!inRange(ms)) throw new Error(`${api}: latency.ms must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${String(ms)}.`);
  if (!inRange(jitterMs)) throw new Error(`${api}: latency.jitterMs must be a number of milliseconds from 0 to ${MAX_LATENCY_MS}, got ${String(jitterMs)}.`);
  if (!Number.isInteger(seed)) throw new Error(`${api}: latency.seed must be an integer, got ${String(seed)}.`);
  if (ms === 0 && jitterMs === 0) return null;
  const random = seededRandom(seed);
  return () => Math.max(0, Math.round(ms + (random() * 2 - 1) * jitterMs));
}
