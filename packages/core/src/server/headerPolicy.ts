import type { HeaderSource } from './readHeader.js';

/** RFC 9110 §7.6.1 hop-by-hop headers: meaningful for one connection only, never forwarded. */
export const HOP_BY_HOP_HEADERS: readonly string[] = Object.freeze([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/**
 * Request headers a browser must never control upstream: the trusted-proxy pair, anything that
 * claims a client address, credentials and customer identity (the server sets those itself),
 * cookies, and hop-by-hop or framing headers.
 */
export const BROWSER_FORBIDDEN_REQUEST_HEADERS: readonly string[] = Object.freeze([
  'x-bc-trusted-proxy-secret',
  'true-client-ip',
  'x-forwarded-for',
  'forwarded',
  'x-real-ip',
  'x-client-ip',
  'cf-connecting-ip',
  'fastly-client-ip',
  'x-cluster-client-ip',
  'x-forwarded-host',
  'x-forwarded-proto',
  'x-forwarded-port',
  'via',
  'authorization',
  'x-auth-token',
  'x-bc-customer-access-token',
  'x-bc-customer-id',
  'x-correlation-id',
  'cookie',
  'host',
  'content-length',
  ...HOP_BY_HOP_HEADERS,
]);

/** Any `X-Bc-*` request header is the server's to set (BigCommerce may add new ones that change behaviour). */
export const BROWSER_FORBIDDEN_REQUEST_HEADER_PREFIXES: readonly string[] = Object.freeze(['x-bc-']);

/** The only browser request headers the GraphQL proxy forwards (an allowlist: everything else is dropped). */
export const FORWARDED_REQUEST_HEADERS: readonly string[] = Object.freeze(['accept', 'content-type']);

/** Upstream response headers passed back to the browser; `X-Bc-Graphql-*` by prefix. Never `Set-Cookie`. */
export const PASSED_BACK_RESPONSE_HEADERS: readonly string[] = Object.freeze(['content-type', 'retry-after']);

/** Prefixes of upstream response headers passed back to the browser. */
export const PASSED_BACK_RESPONSE_HEADER_PREFIXES: readonly string[] = Object.freeze(['x-bc-graphql-']);

const forbidden = new Set(BROWSER_FORBIDDEN_REQUEST_HEADERS);
const forwarded = new Set(FORWARDED_REQUEST_HEADERS);
const passedBack = new Set(PASSED_BACK_RESPONSE_HEADERS);

/** Whether a browser-sent request header must be dropped before anything goes upstream. */
export function isForbiddenRequestHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return forbidden.has(lower) || BROWSER_FORBIDDEN_REQUEST_HEADER_PREFIXES.some((p) => lower.startsWith(p));
}

/**
 * The browser's request headers that may go upstream: only `FORWARDED_REQUEST_HEADERS`, never a
 * forbidden one, nor one the request's `Connection` header names as hop-by-hop.
 */
export function forwardableRequestHeaders(source: HeaderSource): Headers {
  const out = new Headers();
  const entries = headerEntries(source);
  const connection = new Set(
    entries
      .filter(([name]) => name.toLowerCase() === 'connection')
      .flatMap(([, value]) => value.split(','))
      .map((token) => token.trim().toLowerCase()),
  );
  for (const [name, value] of entries) {
    const lower = name.toLowerCase();
    if (!forwarded.has(lower) || isForbiddenRequestHeader(lower) || connection.has(lower)) continue;
    try {
      out.append(lower, value);
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

function headerEntries(source: HeaderSource): [string, string][] {
  const out: [string, string][] = [];
  if (typeof (source as Headers).forEach === 'function' && typeof (source as Headers).get === 'function') {
    (source as Headers).forEach((value, name) => out.push([name, value]));
    return out;
  }
  for (const [name, value] of Object.entries(source as Record<string, unknown>)) {
    if (typeof value === 'string') out.push([name, value]);
    else if (Array.isArray(value)) for (const v of value) if (typeof v === 'string') out.push([name, v]);
  }
  return out;
}
