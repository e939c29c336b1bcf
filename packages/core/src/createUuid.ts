/**
 * A random lower-case UUID v4, used for `X-Correlation-Id` and the session's `visitorId`. Built
 * from `crypto.getRandomValues`, which every context has: `crypto.randomUUID` is missing on plain
 * http pages, and one code path instead of two keeps the browser entry inside its size budget.
 */
export function createUuid(): string {
  // One call for every digit (indexed by its position): `getRandomValues` per digit made a
  // correlation id cost more than the rest of a request (client-overhead bench, 2026-11-27).
  const random = crypto.getRandomValues(new Uint8Array(36));
  // Each 0/1/8 of the template becomes a random hex digit: a 0 or 1 takes a byte's top four
  // bits (shift by 4), the 8 its top two (shift by 6), giving the RFC 4122 variant (8, 9, a or b);
  // the 4 (version) stays.
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d: any, at: number) => (d ^ (random[at]! >> (d / 4 + 4))).toString(16));
}

/** Whether `value` is a UUID in its 8-4-4-4-12 hex form (any version, any case). */
export function isUuid(value: unknown): value is string {
  return /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i.test(value as string);
}
