import { forEachHeader } from './forEachHeader.js';
import type { HeaderSource } from './readHeader.js';

/** The only browser request headers that may go upstream (an allowlist: everything else is dropped). */
export const FORWARDED_REQUEST_HEADERS: readonly string[] = Object.freeze(['accept', 'content-type']);

/** Upstream response headers passed back to the browser; `X-Bc-Graphql-*` by prefix. Never `Set-Cookie`. */
export const PASSED_BACK_RESPONSE_HEADERS: readonly string[] = Object.freeze(['content-type', 'retry-after', 'x-cache', 'age']);

/** Prefixes of upstream response headers passed back to the browser. */
export const PASSED_BACK_RESPONSE_HEADER_PREFIXES: readonly string[] = Object.freeze(['x-bc-graphql-']);

const forwarded = new Set(FORWARDED_REQUEST_HEADERS);
const passedBack = new Set(PASSED_BACK_RESPONSE_HEADERS);

/**
 * The browser's request headers that may go upstream: only `FORWARDED_REQUEST_HEADERS`, and not
 * one the request's `Connection` header names as hop-by-hop. An allowlist, so a header that
 * claims an identity, an address or the trusted-proxy secret can never pass, whatever its name.
 */
export function forwardableRequestHeaders(source: HeaderSource): Headers {
  const entries: [string, string][] = [];
  forEachHeader(source, (name, value) => entries.push([name, value]));
  const connection = new Set(
    entries
      .filter(([name]) => name === 'connection')
      .flatMap(([, value]) => value.split(','))
      .map((token) => token.trim().toLowerCase()),
  );
  const out = new Headers();
  for (const [name, value] of entries) {
    if (!forwarded.has(name) || connection.has(name)) continue;
    try {
      out.append(name, value);
    } catch {
      // A value `Headers` refuses (e.g. with a newline) is not forwarded.
    }
  }
  return out;
}

/** The upstream response headers the browser may see (content type, `Retry-After`, `X-Bc-Graphql-*`), plus `extra`. */
export function passedBackResponseHeaders(upstream: Headers, extra: [string, string][] = []): Headers {
  return new Headers(passedBackResponseHeaderPairs(upstream, extra));
}

/**
 * `passedBackResponseHeaders` as name/value pairs (`extra` first), for a caller that builds its
 * `Response` from them: one `Headers` per answer instead of two.
 */
export function passedBackResponseHeaderPairs(upstream: Headers, extra: [string, string][] = []): [string, string][] {
  const kept: [string, string][] = [...extra];
  // Headers iterates lower-case names already.
  upstream.forEach((value, name) => {
    if (passedBack.has(name) || isPassedBackByPrefix(name)) kept.push([name, value]);
  });
  return kept;
}

function isPassedBackByPrefix(name: string): boolean {
  for (const prefix of PASSED_BACK_RESPONSE_HEADER_PREFIXES) if (name.startsWith(prefix)) return true;
  return false;
}
