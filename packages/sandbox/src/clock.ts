/**
 * The sandbox's notion of "now". Every expiry (customer access tokens, session-sync JWTs, payment
 * access tokens, the session-sync lockout) reads this clock, so a test can move time forward with
 * `advance` instead of waiting.
 */
export interface SandboxClock {
  /** Current time in milliseconds since the epoch. */
  now(): number;
  /** Moves the clock forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Puts the clock at an absolute time (ms since the epoch). */
  set(ms: number): void;
}

/**
 * Creates a clock that follows real time plus whatever offset tests add with `advance`/`set`.
 * `onMove` runs after every `advance`/`set`, so work due on the sandbox clock (webhook retries)
 * happens when a test moves time, not only when real time catches up.
 */
export function createClock(start?: number, onMove: () => void = () => {}): SandboxClock {
  let offset = start === undefined ? 0 : start - Date.now();
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`clock.advance(ms): ms must be a non-negative number, got ${ms}`);
      offset += ms;
      onMove();
    },
    set(ms) {
      offset = ms - Date.now();
      onMove();
    },
  };
}
