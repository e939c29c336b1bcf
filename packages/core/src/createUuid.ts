/**
 * A random lower-case UUID v4, used for `X-Correlation-Id` and the session's `visitorId`.
 * `crypto.randomUUID` is native and fast, but exists only in secure contexts (https, localhost),
 * so plain http pages fall back to `crypto.getRandomValues`, which every context has.
 */
export function createUuid(): string {
  return (
    crypto.randomUUID?.() ??
    // Each 0/1/8 of the template becomes a random hex digit: a 0 or 1 takes a random byte's top
    // four bits (shift by 4), the 8 its top two (shift by 6), giving the RFC 4122 variant (8, 9,
    // a or b); the 4 (version) stays. A call per digit is slow, but only plain http pages
    // come here, and the browser entry has no bytes for more.
    '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (d: any) => (d ^ (crypto.getRandomValues(new Uint8Array(1))[0]! >> (d / 4 + 4))).toString(16))
  );
}

/** Whether `value` is a UUID in its 8-4-4-4-12 hex form (any version, any case). */
export function isUuid(value: unknown): value is string {
  return /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i.test(value as string);
}
