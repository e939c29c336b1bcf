import type { SandboxClock } from '../clock.js';

/** How BigCommerce punishes invalid session-sync JWTs: three from one IP block it for five minutes. */
export const LOCKOUT_ATTEMPTS = 3;
export const LOCKOUT_MS = 5 * 60_000;

/**
 * Tracks invalid session-sync JWTs per attributed client IP. Shared by the GraphQL
 * `validateSessionSyncJwt` mutation and the hosted `/session-sync` page, so that both paths count
 * towards, and are refused by, the same block. BigCommerce does not document the blocked answer;
 * the sandbox models it as HTTP 429 with `Retry-After` (shared/bigcommerce-api.md, "Lockout").
 */
export interface SessionSyncLockout {
  /** Seconds left in the IP's block (rounded up), or 0 when it is not blocked. */
  retryAfterSeconds(ip: string): number;
  /** Records one invalid JWT from `ip`; the third starts the block. */
  recordInvalid(ip: string): void;
  /** Forgets everything (sandbox reset). */
  clear(): void;
  /** Failure counts and blocks (until, ms on the sandbox clock) per IP, for the data dir. */
  snapshot(): SessionSyncLockoutSnapshot;
  /** Replaces everything with a snapshot's. */
  restore(snapshot: SessionSyncLockoutSnapshot): void;
}

/** What a data dir keeps of the lockout: `[ip, count]` and `[ip, blocked until]` pairs. */
export interface SessionSyncLockoutSnapshot {
  failures: Array<[string, number]>;
  blockedUntil: Array<[string, number]>;
}

/** Creates the lockout tracker on the sandbox clock. */
export function createSessionSyncLockout(clock: SandboxClock): SessionSyncLockout {
  const failures = new Map<string, number>();
  const blockedUntil = new Map<string, number>();
  return {
    retryAfterSeconds(ip) {
      const until = blockedUntil.get(ip);
      if (until === undefined) return 0;
      const left = until - clock.now();
      if (left <= 0) {
        blockedUntil.delete(ip);
        return 0;
      }
      return Math.ceil(left / 1000);
    },
    recordInvalid(ip) {
      const count = (failures.get(ip) ?? 0) + 1;
      if (count >= LOCKOUT_ATTEMPTS) {
        failures.delete(ip);
        blockedUntil.set(ip, clock.now() + LOCKOUT_MS);
      } else {
        failures.set(ip, count);
      }
    },
    clear() {
      failures.clear();
      blockedUntil.clear();
    },
    snapshot: () => ({ failures: [...failures], blockedUntil: [...blockedUntil] }),
    restore(saved) {
      failures.clear();
      blockedUntil.clear();
      for (const [ip, count] of saved.failures) failures.set(ip, count);
      for (const [ip, until] of saved.blockedUntil) blockedUntil.set(ip, until);
    },
  };
}
