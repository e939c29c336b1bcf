import { forwardedHops, xForwardedForHops } from './ip/forwardedHops.js';
import { parseHopAddress } from './ip/parseHopAddress.js';
import type { IpAddress } from './ip/parseIp.js';
import { createTrustedProxies, type TrustedProxiesOption } from './ip/trustedProxies.js';
import { readHeader, type HeaderSource, type RequestLike } from './readHeader.js';

/** Which forwarding header the trusted proxies write. */
export type ForwardingHeader = 'auto' | 'forwarded' | 'x-forwarded-for';

/** Options of `resolveClientIp`. */
export interface ResolveClientIpOptions {
  /** The socket peer's address (Node: `req.socket.remoteAddress`; edge runtimes: the platform's client IP). */
  remoteAddress: string;
  /** Which proxies may be believed; none by default, so forwarding headers are ignored. */
  trustedProxies?: TrustedProxiesOption;
  /**
   * The header your proxies write. `auto` (the default) uses whichever is present; when a request
   * carries both, it follows them only as far as they agree (see the docs: the proxy may pass a
   * client-written copy of the other header through untouched, so neither can be preferred blindly).
   */
  header?: ForwardingHeader;
}

/**
 * The shopper's IP address for `True-Client-IP`: starting at the socket peer, walks the forwarding
 * header from the right while the current hop is a trusted proxy and returns the first untrusted
 * address (never anything to its left, which the client wrote). Never throws on header values.
 */
export function resolveClientIp(request: RequestLike | HeaderSource, options: ResolveClientIpOptions): string {
  return resolveClientAddress(request, options).address;
}

/** `resolveClientIp` returning the parsed address (version and bytes too). */
export function resolveClientAddress(request: RequestLike | HeaderSource, options: ResolveClientIpOptions): IpAddress {
  const remote = typeof options?.remoteAddress === 'string' ? parseHopAddress(options.remoteAddress) : null;
  if (!remote) {
    throw new TypeError(
      `resolveClientIp: remoteAddress ${JSON.stringify(options?.remoteAddress)} is not an IP address. ` +
        "Pass the connection's address (Node: req.socket.remoteAddress; for a Unix socket behind a local proxy pass '127.0.0.1').",
    );
  }
  const trust = createTrustedProxies(options.trustedProxies);
  if (trust.none) return remote;
  let hops: (IpAddress | null)[];
  try {
    hops = headerHops(request, options.header ?? 'auto');
  } catch {
    // Unreachable by construction (the parsers return null instead of throwing); kept so that a
    // bug there can only cost the forwarded address, never the request.
    hops = [];
  }
  let current = remote;
  for (let index = 0; trust.isTrusted(current, index) && index < hops.length; index++) {
    const next = hops[index];
    if (!next) break;
    current = next;
  }
  return current;
}

function headerHops(request: RequestLike | HeaderSource, header: ForwardingHeader): (IpAddress | null)[] {
  const forwarded = header === 'x-forwarded-for' ? null : readHeader(request, 'forwarded');
  const xff = header === 'forwarded' ? null : readHeader(request, 'x-forwarded-for');
  if (forwarded === null) return xff === null ? [] : xForwardedForHops(xff);
  if (xff === null) return forwardedHops(forwarded);
  // Both present: a proxy that writes one usually passes the other through as the client sent
  // it, so trust only the hops on which both agree.
  const a = forwardedHops(forwarded);
  const b = xForwardedForHops(xff);
  const agreed: (IpAddress | null)[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (!x || !y || x.address !== y.address) break;
    agreed.push(x);
  }
  return agreed;
}
