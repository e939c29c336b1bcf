import ipaddr from 'ipaddr.js';

/** One parsed IP address: its version, its bytes (4 or 16) and its canonical text. */
export interface IpAddress {
  version: 4 | 6;
  /** Network-order bytes: 4 for IPv4, 16 for IPv6. */
  bytes: Uint8Array;
  /** Canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6 without zone. */
  address: string;
}

/** An address as ipaddr.js holds it. */
export type IpaddrAddress = ipaddr.IPv4 | ipaddr.IPv6;

// Longest valid literal: 8 groups of 4 hex + 7 colons = 39, or 45 with an IPv4 tail; zone ids are
// short interface names. Anything much longer is refused before any work is done.
const MAX_LITERAL_LENGTH = 45 + 1 + 64;
// Interface-name characters only; ipaddr.js would take fewer (no `.`, `_`, `~`, `-`).
const ZONE_ID = /^[A-Za-z0-9._~-]{1,64}$/;

/**
 * Parses a bare IPv4 or IPv6 literal (no brackets, no port) into its canonical form, or `null`.
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes the IPv4 address; an IPv6 zone (`%eth0`) is dropped.
 */
export function parseIp(value: string): IpAddress | null {
  const ip = parseIpaddr(value);
  return ip && toIpAddress(ip);
}

/**
 * `parseIp` answering ipaddr.js's own object (IPv4-mapped IPv6 already made IPv4), for code that
 * goes on to match it with ipaddr.js.
 */
export function parseIpaddr(value: string): IpaddrAddress | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LITERAL_LENGTH) return null;
  if (!value.includes(':')) return strictIpv4(value);
  let bare = value;
  const percent = bare.indexOf('%');
  if (percent !== -1) {
    if (!ZONE_ID.test(bare.slice(percent + 1))) return null;
    bare = bare.slice(0, percent);
  }
  // ipaddr.js reads a dotted IPv4 tail leniently (leading zeros) and turns the deprecated
  // IPv4-compatible `::1.2.3.4` into IPv4-mapped; the tail is checked strictly here and handed on
  // as two hex groups, so `::1.2.3.4` stays the IPv6 address `::102:304`.
  const lastColon = bare.lastIndexOf(':');
  const tail = bare.slice(lastColon + 1);
  if (tail.includes('.')) {
    const v4 = strictIpv4(tail);
    if (!v4) return null;
    const [a, b, c, d] = v4.octets as [number, number, number, number];
    bare = `${bare.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  if (bare.includes('.')) return null;
  const ip = parseOrNull(ipaddr.IPv6, bare);
  return ip && ip.isIPv4MappedAddress() ? ip.toIPv4Address() : ip;
}

// The public shape of an ipaddr.js address.
function toIpAddress(ip: IpaddrAddress): IpAddress {
  const bytes = Uint8Array.from(ip.toByteArray());
  return ip.kind() === 'ipv4' ? { version: 4, bytes, address: ip.toString() } : { version: 6, bytes, address: (ip as ipaddr.IPv6).toRFC5952String() };
}

// Strict dotted quad: exactly four decimal parts 0–255 without leading zeros, because inet_aton's
// octal (`010`), hex and short forms (`127.1`) are read differently by different software
// (ipaddr.js's `parse` takes them all). This is `IPv4.isValidFourPartDecimal`'s own pattern, tested
// before one `parse` (which checks the range) instead of after a validating parse and a second one.
const FOUR_PART_DECIMAL = /^(?:0|[1-9][0-9]*)(?:\.(?:0|[1-9][0-9]*)){3}$/;

function strictIpv4(value: string): ipaddr.IPv4 | null {
  return FOUR_PART_DECIMAL.test(value) ? parseOrNull(ipaddr.IPv4, value) : null;
}

// ipaddr.js's `parse` throws on a malformed literal; its `isValid` is a whole parse of its own, so
// one parse with a catch costs half as much on the addresses that matter (the valid ones).
function parseOrNull<T>(family: { parse(value: string): T }, value: string): T | null {
  try {
    return family.parse(value);
  } catch {
    return null;
  }
}
