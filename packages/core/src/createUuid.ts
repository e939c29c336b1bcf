/**
 * A random lower-case UUID v4, used for `X-Correlation-Id` and the session's `visitorId`. Built
 * from `crypto.getRandomValues`, which every context has: `crypto.randomUUID` is missing on plain
 * http pages, and one code path instead of two keeps the browser entry inside its size budget.
 */
export function createUuid(): string {
  // Each 0/1/8 of the template becomes a random hex digit; the 4 (version) stays, and the 8's
  // position keeps only the two low bits random, giving the RFC 4122 variant (8, 9, a or b).
  return '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d: any) =>
    (d ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (d / 4)))).toString(16),
  );
}

/** Whether `value` is a UUID in its 8-4-4-4-12 hex form (any version, any case). */
export function isUuid(value: unknown): value is string {
  return /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i.test(value as string);
}
