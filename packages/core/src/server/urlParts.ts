/** What the server reads of a URL on every request: strings only, so sharing them is safe. */
export interface UrlParts {
  readonly pathname: string;
  /** Host and port as `URL` normalises them (lower case, default port dropped). */
  readonly host: string;
  /** The host without its port (an IPv6 address keeps its brackets). */
  readonly hostname: string;
}

// Requests to one server repeat the same few URLs (the GraphQL route's never changes) and the same
// Origin header, and the handler and the session cookie read them on every request; a WHATWG URL
// parse cost about 3 µs of CPU per request in Node 20 (CPU profile
// of the handler benchmark, 2026-11-27): their parts are remembered. Strings, not the `URL`, which
// is mutable and so never shared between requests. Bounded: a client sending a new URL or Origin
// each time only ever empties the memory.
const MAX_REMEMBERED = 64;
const remembered = new Map<string, UrlParts | null>();

/** `new URL(text)`'s pathname, host and hostname, or null when `text` is not an absolute URL. */
export function urlParts(text: string): UrlParts | null {
  let parts = remembered.get(text);
  if (parts === undefined) {
    try {
      const url = new URL(text);
      parts = Object.freeze({ pathname: url.pathname, host: url.host, hostname: url.hostname });
    } catch {
      parts = null;
    }
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(text, parts);
  }
  return parts;
}
