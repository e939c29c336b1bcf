import { ipFromBytes, parseIp, type IpAddress } from './parseIp.js';

/** A parsed network: its base address (host bits cleared) and prefix length. */
export interface IpCidr {
  network: IpAddress;
  prefix: number;
}

/**
 * Parses `10.0.0.0/8`, `2001:db8::/32` or a single address (a full-length prefix), or `null`.
 * IPv4-mapped IPv6 networks (`::ffff:10.0.0.0/104`) become their IPv4 equivalent, so they match the
 * IPv4 addresses that `parseIp` produces for mapped addresses.
 */
export function parseCidr(value: string): IpCidr | null {
  if (typeof value !== 'string') return null;
  const slash = value.indexOf('/');
  const ip = parseIp(slash === -1 ? value : value.slice(0, slash));
  if (!ip) return null;
  const rawBits = ip.version === 4 && value.slice(0, slash === -1 ? undefined : slash).includes(':') ? 128 : ip.bytes.length * 8;
  let prefix = rawBits;
  if (slash !== -1) {
    const text = value.slice(slash + 1);
    if (!/^(?:0|[1-9][0-9]{0,2})$/.test(text)) return null;
    prefix = Number(text);
    if (prefix > rawBits) return null;
  }
  if (rawBits === 128 && ip.version === 4) {
    // A mapped network shorter than /96 would cover non-mapped IPv6 space too; refuse it rather
    // than guess which family was meant.
    if (prefix < 96) return null;
    prefix -= 96;
  }
  return { network: ipFromBytes(maskBytes(ip.bytes, prefix)), prefix };
}

/** Whether `ip` lies inside `cidr` (always false across IP versions). */
export function ipInCidr(ip: IpAddress, cidr: IpCidr): boolean {
  if (ip.version !== cidr.network.version) return false;
  const full = cidr.prefix >> 3;
  for (let i = 0; i < full; i++) if (ip.bytes[i] !== cidr.network.bytes[i]) return false;
  const rest = cidr.prefix & 7;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (ip.bytes[full]! & mask) === cidr.network.bytes[full];
}

function maskBytes(bytes: Uint8Array, prefix: number): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const bits = Math.max(0, Math.min(8, prefix - i * 8));
    out[i] = bytes[i]! & ((0xff << (8 - bits)) & 0xff);
  }
  return out;
}
