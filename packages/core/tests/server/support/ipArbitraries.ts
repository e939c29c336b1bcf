import fc from 'fast-check';

/** `true` with probability `p` (fast-check's own booleans are always 50/50). */
export function chance(p: number): fc.Arbitrary<boolean> {
  return fc.integer({ min: 0, max: 999 }).map((n) => n < p * 1000);
}

/** A valid IPv4 address as a dotted quad. */
export const ipv4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((octets) => octets.join('.'));

// Zero words are common in real addresses and are what `::` compression is about.
const word = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: fc.nat(0xffff), weight: 7 });

/** A valid IPv6 address in full (uncompressed, mixed-case) form. */
export const ipv6 = fc
  .array(fc.tuple(word, fc.boolean()), { minLength: 8, maxLength: 8 })
  .map((groups) => groups.map(([w, upper]) => (upper ? w.toString(16).toUpperCase() : w.toString(16))).join(':'));

/** A valid IPv4 or IPv6 address. */
export const ipAddress = fc.oneof(ipv4, ipv6);
