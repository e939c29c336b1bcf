import { parseIp, type IpAddress } from './parseIp.js';

const PORT = /^[0-9]{1,5}$/;
// RFC 7239 §6.3 lets a proxy obfuscate the port as well as the address.
const OBFUSCATED_PORT = /^_[A-Za-z0-9._-]+$/;

/**
 * Parses one proxy hop as proxies write it: `1.2.3.4`, `1.2.3.4:80`, `2001:db8::1`, `[2001:db8::1]`
 * or `[2001:db8::1]:80` (zone ids allowed). Returns `null` for anything else, including
 * `unknown` and obfuscated identifiers, which callers treat as the end of what can be trusted.
 */
export function parseHopAddress(value: string, options: { obfuscatedPort?: boolean } = {}): IpAddress | null {
  if (value.startsWith('[')) {
    const close = value.indexOf(']');
    if (close === -1) return null;
    const rest = value.slice(close + 1);
    if (rest !== '' && (rest[0] !== ':' || !isPort(rest.slice(1), options))) return null;
    const inner = value.slice(1, close);
    // Brackets are for IPv6 only; `[1.2.3.4]` is not a valid host.
    return inner.includes(':') ? parseIp(inner) : null;
  }
  const colon = value.indexOf(':');
  if (colon !== -1 && colon === value.lastIndexOf(':')) {
    // Exactly one colon: IPv4 with a port (an IPv6 literal always has at least two).
    if (!isPort(value.slice(colon + 1), options)) return null;
    const ip = parseIp(value.slice(0, colon));
    return ip && ip.version === 4 ? ip : null;
  }
  return parseIp(value);
}

function isPort(value: string, options: { obfuscatedPort?: boolean }): boolean {
  if (PORT.test(value)) return Number(value) <= 65535;
  return options.obfuscatedPort === true && OBFUSCATED_PORT.test(value);
}
