/**
 * `Retry-After` in milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); `undefined`
 * when absent or unreadable. A date in the past means "now".
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const ms = /^\d+$/.test(value!) ? +value! * 1e3 : Date.parse(value!) - now;
  return ms >= 0 ? ms : ms < 0 ? 0 : undefined;
}

/**
 * How long to wait before retry number `attempt` (0-based): `Retry-After` when the server sent
 * one, capped at 30 s (a longer wait is the app's call), else exponential backoff with full
 * jitter so many clients do not retry in step.
 */
export function retryDelay(
  attempt: number,
  policy: { baseDelayMs: number; maxDelayMs: number },
  retryAfterMs?: number,
): number {
  return retryAfterMs != null
    ? Math.min(retryAfterMs, 3e4)
    : Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
}
