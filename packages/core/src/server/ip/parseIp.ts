/** One parsed IP address: its version, its bytes (4 or 16) and its canonical text. */
export interface IpAddress {
  version: 4 | 6;
  /** Network-order bytes: 4 for IPv4, 16 for IPv6. */
  bytes: Uint8Array;
  /** Canonical text: dotted quad, or RFC 5952 compressed lower-case IPv6 without zone. */
  address: string;
}

// Longest valid literal: 8 groups of 4 hex + 7 colons = 39, or 45 with an IPv4 tail; zone ids are
// short interface names. Anything much longer is refused before any work is done.
const MAX_LITERAL_LENGTH = 45 + 1 + 64;
const ZONE_ID = /^[A-Za-z0-9._~-]{1,64}$/;
const DECIMAL_OCTET = /^(?:0|[1-9][0-9]{0,2})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/**
 * Parses a bare IPv4 or IPv6 literal (no brackets, no port) into its canonical form, or `null`.
 * IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes the IPv4 address; an IPv6 zone (`%eth0`) is dropped.
 */
export function parseIp(value: string): IpAddress | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LITERAL_LENGTH) return null;
  if (value.includes(':')) return parseIpv6(value);
  const bytes = parseIpv4Bytes(value);
  return bytes ? ipFromBytes(bytes) : null;
}

/** Builds the canonical address for 4 or 16 bytes (IPv4-mapped IPv6 collapses to IPv4). */
export function ipFromBytes(bytes: Uint8Array): IpAddress {
  if (bytes.length === 16 && isIpv4Mapped(bytes)) return ipFromBytes(bytes.slice(12));
  if (bytes.length === 4) return { version: 4, bytes, address: Array.from(bytes).join('.') };
  return { version: 6, bytes, address: formatIpv6(bytes) };
}

// Strict dotted quad: exactly four decimal parts 0–255 without leading zeros, because inet_aton's
// octal (`010`), hex and short forms (`127.1`) are read differently by different software.
function parseIpv4Bytes(value: string): Uint8Array | null {
  const parts = value.split('.');
  if (parts.length !== 4) return null;
  const bytes = new Uint8Array(4);
  for (let i = 0; i < 4; i++) {
    const part = parts[i]!;
    if (!DECIMAL_OCTET.test(part)) return null;
    const n = Number(part);
    if (n > 255) return null;
    bytes[i] = n;
  }
  return bytes;
}

function parseIpv6(input: string): IpAddress | null {
  let value = input;
  const percent = value.indexOf('%');
  if (percent !== -1) {
    if (!ZONE_ID.test(value.slice(percent + 1))) return null;
    value = value.slice(0, percent);
  }
  const bytes = new Uint8Array(16);
  const doubleColon = value.indexOf('::');
  let words: number[];
  if (doubleColon === -1) {
    const all = parseWords(value, true);
    if (!all || all.length !== 8) return null;
    words = all;
  } else {
    if (value.indexOf('::', doubleColon + 1) !== -1) return null;
    const head = parseWords(value.slice(0, doubleColon), false);
    const tail = parseWords(value.slice(doubleColon + 2), true);
    if (!head || !tail || head.length + tail.length > 7) return null;
    words = [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  for (let i = 0; i < 8; i++) {
    bytes[i * 2] = words[i]! >> 8;
    bytes[i * 2 + 1] = words[i]! & 0xff;
  }
  return ipFromBytes(bytes);
}

// Parses colon-separated hex groups; with `allowIpv4` the last may be a dotted quad (two words).
function parseWords(part: string, allowIpv4: boolean): number[] | null {
  if (part === '') return [];
  const groups = part.split(':');
  const words: number[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i]!;
    if (allowIpv4 && i === groups.length - 1 && group.includes('.')) {
      const v4 = parseIpv4Bytes(group);
      if (!v4) return null;
      words.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
    } else {
      if (!HEX_GROUP.test(group)) return null;
      words.push(parseInt(group, 16));
    }
  }
  return words;
}

function isIpv4Mapped(bytes: Uint8Array): boolean {
  for (let i = 0; i < 10; i++) if (bytes[i] !== 0) return false;
  return bytes[10] === 0xff && bytes[11] === 0xff;
}

// RFC 5952: lower-case, no leading zeros, the longest run (first on a tie) of two or more zero
// words compressed to `::`.
function formatIpv6(bytes: Uint8Array): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((bytes[i]! << 8) | bytes[i + 1]!);
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart === -1) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLength).join(':')}`;
}
