import ipaddr from 'ipaddr.js';
import { parseIpaddr, type IpAddress, type IpaddrAddress } from './parseIp.js';

/** A parsed network as ipaddr.js matches it: an address and a prefix length. */
export type IpCidr = [IpaddrAddress, number];

const PREFIX = /^(?:0|[1-9][0-9]{0,2})$/;

/**
 * Parses `10.0.0.0/8`, `2001:db8::/32` or a single address (a full-length prefix), or `null`.
 * IPv4-mapped IPv6 networks (`::ffff:10.0.0.0/104`) become their IPv4 equivalent, so they match the
 * IPv4 addresses that `parseIp` produces for mapped addresses.
 */
export function parseCidr(value: string): IpCidr | null {
  if (typeof value !== 'string') return null;
  const slash = value.indexOf('/');
  const text = slash === -1 ? value : value.slice(0, slash);
  const ip = parseIpaddr(text);
  if (!ip) return null;
  // ipaddr.js's own parseCIDR would take `/08`; the prefix is read strictly here.
  const rawBits = ip.kind() === 'ipv4' && !text.includes(':') ? 32 : 128;
  let prefix = rawBits;
  if (slash !== -1) {
    const prefixText = value.slice(slash + 1);
    if (!PREFIX.test(prefixText)) return null;
    prefix = Number(prefixText);
    if (prefix > rawBits) return null;
  }
  if (rawBits === 128 && ip.kind() === 'ipv4') {
    // A mapped network shorter than /96 would cover non-mapped IPv6 space too; refuse it rather
    // than guess which family was meant.
    if (prefix < 96) return null;
    prefix -= 96;
  }
  return [ip, prefix];
}

/** Whether `ip` lies inside any of `cidrs` (never across IP versions). */
export function ipInCidr(ip: IpAddress, cidrs: readonly IpCidr[]): boolean {
  // One ipaddr.js address for all the networks; it throws when the families differ, and across
  // families the answer is simply no.
  const address = ipaddr.fromByteArray(Array.from(ip.bytes));
  const kind = address.kind();
  for (const [network, prefix] of cidrs) if (network.kind() === kind && address.match(network, prefix)) return true;
  return false;
}
