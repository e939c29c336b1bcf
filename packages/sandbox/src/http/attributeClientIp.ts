import { createHash, timingSafeEqual } from 'node:crypto';
import { isIP } from 'node:net';

/** Turns an IPv4-mapped IPv6 peer address (`::ffff:127.0.0.1`) into plain IPv4. */
export function normalizeIp(address: string | undefined): string {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares a presented secret with the configured one in constant time (equal-length digests). */
export function secretMatches(presented: string | undefined, configured: string): boolean {
  if (presented === undefined) return false;
  return timingSafeEqual(digest(presented), digest(configured));
}

/**
 * The IP BigCommerce attributes a request to (docs/storefront/headless/index.mdx, trusted proxy):
 * `True-Client-IP` when the request carries the store's `X-BC-Trusted-Proxy-Secret` and that header
 * holds exactly one IP address; otherwise — silently, BigCommerce documents no error — the
 * connection's address.
 */
export function attributeClientIp(
  headers: Record<string, string>,
  connectionIp: string,
  trustedProxySecret: string | null,
): string {
  if (trustedProxySecret === null) return connectionIp;
  if (!secretMatches(headers['x-bc-trusted-proxy-secret'], trustedProxySecret)) return connectionIp;
  const claimed = (headers['true-client-ip'] ?? '').trim();
  if (isIP(claimed) === 0) return connectionIp;
  return normalizeIp(claimed);
}
