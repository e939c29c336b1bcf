import { ipInCidr, parseCidr, type IpCidr } from './ipInCidr.js';
import type { IpAddress } from './parseIp.js';

/** Named ranges, as in Express's `trust proxy`, for the common "my proxy is on this box/LAN" cases. */
const PRESETS: Record<string, readonly string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * Which proxies in front of this server may be believed: a hop count (`1` = the peer of this
 * server's socket is a proxy), or CIDRs / single addresses / the presets `loopback`, `linklocal`,
 * `uniquelocal`. Nothing (the default) means no proxy is trusted.
 */
export type TrustedProxiesOption = number | readonly string[] | TrustedProxies | undefined;

/** A compiled trust rule: `isTrusted(hop, index)` says whether hop number `index` (0 = socket peer) may be believed. */
export interface TrustedProxies {
  readonly kind: 'trusted-proxies';
  /** Whether the address at `index` hops from this server (0 = the socket peer) is a trusted proxy. */
  isTrusted(ip: IpAddress, index: number): boolean;
  /** True when nothing is trusted, so forwarding headers are ignored outright. */
  readonly none: boolean;
}

const compiled = new WeakMap<readonly string[], TrustedProxies>();
const NONE: TrustedProxies = { kind: 'trusted-proxies', none: true, isTrusted: () => false };

/**
 * Compiles a `trustedProxies` option once (arrays are also cached by identity). Throws a
 * `TypeError` naming the bad entry: a mistyped proxy range is a configuration error, not a request error.
 */
export function createTrustedProxies(option: TrustedProxiesOption): TrustedProxies {
  if (option === undefined || option === null) return NONE;
  if (typeof option === 'number') {
    if (!Number.isInteger(option) || option < 0) {
      throw new TypeError(
        `trustedProxies: a hop count must be a non-negative integer, got ${String(option)}. ` +
          'Pass the number of proxies in front of this server (e.g. 1), or a list of their CIDRs.',
      );
    }
    if (option === 0) return NONE;
    return { kind: 'trusted-proxies', none: false, isTrusted: (_ip, index) => index < option };
  }
  if (isTrustedProxies(option)) return option;
  if (!Array.isArray(option)) {
    throw new TypeError('trustedProxies: expected a hop count, an array of CIDRs/addresses, or undefined.');
  }
  const list = option as readonly string[];
  const cached = compiled.get(list);
  if (cached) return cached;
  const cidrs: IpCidr[] = [];
  for (const entry of list) {
    const preset = typeof entry === 'string' ? PRESETS[entry] : undefined;
    for (const text of preset ?? [entry]) {
      const cidr = parseCidr(text);
      if (!cidr) {
        throw new TypeError(
          `trustedProxies: ${JSON.stringify(entry)} is not an IP address, a CIDR (e.g. "10.0.0.0/8", ` +
            `"2001:db8::/32") or one of ${Object.keys(PRESETS).join(', ')}. Fix or remove that entry.`,
        );
      }
      cidrs.push(cidr);
    }
  }
  const result: TrustedProxies =
    cidrs.length === 0
      ? NONE
      : { kind: 'trusted-proxies', none: false, isTrusted: (ip) => ipInCidr(ip, cidrs) };
  compiled.set(list, result);
  return result;
}

function isTrustedProxies(value: unknown): value is TrustedProxies {
  return typeof value === 'object' && value !== null && (value as TrustedProxies).kind === 'trusted-proxies';
}
